#include "app/force_json.hpp"

#include "app/evidence_json.hpp"
#include "app/json_text.hpp"
#include "app/message_json.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;
using domain::to_iso_day;

json::value date_or_null(const std::optional<domain::PartialDate>& date) {
    if (!date) return nullptr;
    return json::string(date->to_text());
}

json::value day_or_null(const std::optional<std::chrono::sys_days>& day) {
    if (!day) return nullptr;
    return json::string(to_iso_day(*day));
}

json::object report_to_json(const domain::StrengthReport& report) {
    return {{"key", report.key},
            {"personnel_type", domain::to_text(report.personnel_type)},
            {"count", report.count},
            {"qualifier", domain::to_text(report.qualifier)},
            {"date", report.date.to_text()},
            {"source_id", text_or_null(report.source_id)}};
}

json::array mission_reports_to_json(const std::vector<domain::StrengthEvidenceItem>& items) {
    json::array array;
    for (const auto& item : items) array.push_back(evidence_item_to_json(item));
    return array;
}

json::object alert_to_json(const domain::MandateAlert& alert) {
    json::object body{{"threshold_days", alert.threshold_days},
                      {"fires_on", to_iso_day(alert.fires_on)},
                      {"message", alert.message}};
    put_message(body, "message", domain::coded_or_text(alert.message_coded, alert.message));
    return body;
}

json::object period_to_json(const domain::MandatePeriod& period) {
    return {{"resolution", period.resolution_key},
            {"label", period.label},
            {"action", domain::to_text(period.action)},
            {"start", to_iso_day(period.start)},
            {"end", to_iso_day(period.end)},
            {"end_approximate", period.end_approximate},
            {"source_id", text_or_null(period.source_id)}};
}

json::object gap_to_json(const domain::MandateGap& gap) {
    return {{"from", to_iso_day(gap.from)},
            {"to", to_iso_day(gap.to)},
            {"days", gap.days},
            {"after", gap.after},
            {"before", gap.before}};
}

}  // namespace

json::object strength_figure_to_json(const domain::StrengthFigure& figure) {
    json::object body{
        {"at", to_iso_day(figure.at)},
        {"personnel_type", domain::to_text(figure.personnel_type)},
        {"count", figure.count},
        {"qualifier", domain::to_text(figure.qualifier)},
        {"approximate", figure.approximate},
        {"basis", domain::to_text(figure.basis)},
        {"report", figure.report ? json::value(report_to_json(*figure.report)) : json::value(nullptr)},
        {"event_adjustment", figure.event_adjustment},
        // The source the figure rests on first: the report's, else the first event's.
        {"source_id",
         figure.source_ids.empty() ? json::value(nullptr) : json::value(figure.source_ids.front())},
        {"source_ids", texts(figure.source_ids)},
        {"rule", figure.rule},
        // Whether one source stated this very number; otherwise the figure is derived by `rule`.
        {"stated", figure.stated},
        {"derivation", figure.stated ? "stated" : "derived"},
        {"as_of", date_or_null(figure.as_of)},
        {"evidence_source_ids", texts(figure.evidence_source_ids)},
        {"strength_rule", domain::strength_rule_text},
        {"contingents", contingent_evidence_to_json(figure.contingents)},
        {"mission_reports", mission_reports_to_json(figure.mission_reports)},
        {"conflicts", conflicts_to_json(figure.conflicts)}};
    put_message(body, "rule", domain::coded_or_text(figure.rule_coded, figure.rule));
    put_message(body, "strength_rule", domain::message("strength.rule"));
    return body;
}

json::object strength_at_to_json(const domain::StrengthAt& strength) {
    json::array contingents;
    for (const auto& contingent : strength.contingents)
        contingents.push_back(json::object{{"country", contingent.country},
                                           {"personnel_type", domain::to_text(contingent.personnel_type)},
                                           {"deployed", contingent.deployed},
                                           {"arrived", contingent.arrived},
                                           {"departed", contingent.departed},
                                           {"pledged", contingent.pledged},
                                           {"outstanding_pledges", contingent.outstanding},
                                           {"approximate", contingent.approximate},
                                           {"last_event", date_or_null(contingent.last_event)},
                                           {"source_ids", texts(contingent.source_ids)}});
    return {{"at", to_iso_day(strength.at)},
            {"deployed", strength.deployed},
            {"pledged", strength.pledged},
            {"outstanding_pledges", strength.outstanding},
            {"approximate", strength.approximate},
            {"last_event", date_or_null(strength.last_event)},
            {"source_ids", texts(strength.source_ids)},
            {"warnings", texts(strength.warnings)},
            {"contingents", std::move(contingents)}};
}

json::array strength_groups_to_json(const std::vector<domain::StrengthGroup>& groups) {
    json::array array;
    for (const auto& group : groups)
        array.push_back(json::object{{"label", group.label},
                                     {"deployed", group.deployed},
                                     {"pledged", group.pledged},
                                     {"outstanding_pledges", group.outstanding},
                                     {"approximate", group.approximate},
                                     {"source_ids", texts(group.source_ids)}});
    return array;
}

json::array monthly_strength_to_json(const std::vector<domain::MonthlyStrength>& series) {
    json::array array;
    for (const auto& point : series) {
        json::object by_country;
        for (const auto& [country, deployed] : point.deployed_by_country)
            by_country.emplace(country, deployed);
        array.push_back(json::object{{"month", point.month},
                                     {"as_of", to_iso_day(point.as_of)},
                                     {"deployed", point.deployed},
                                     {"pledged", point.pledged},
                                     {"outstanding_pledges", point.outstanding},
                                     {"approximate", point.approximate},
                                     {"deployed_by_country", std::move(by_country)}});
    }
    return array;
}

json::object target_forecast_to_json(const domain::TargetForecast& forecast) {
    const auto& target = forecast.target;
    const auto& pace = forecast.pace;
    const auto& pledges = forecast.pledges;
    json::object body{{"target",
                       {{"key", target.key},
                        {"personnel_type", domain::to_text(target.personnel_type)},
                        {"number", target.number},
                        {"by_date", target.by_date.to_text()},
                        {"stated_by", text_or_null(target.stated_by)},
                        {"stated_on", date_or_null(target.stated_on)},
                        {"source_id", text_or_null(target.source_id)}}},
                      {"due", to_iso_day(forecast.due)},
                      {"current", strength_figure_to_json(forecast.current)},
                      {"progress", forecast.progress},
                      {"remaining", forecast.remaining},
                      {"due_date_passed", forecast.due_date_passed},
                      {"shortfall_on_due_date", forecast.shortfall_on_due},
                      {"shortfall_basis", domain::to_text(forecast.shortfall_basis)},
                      {"at_due_date", forecast.at_due ? json::value(strength_figure_to_json(*forecast.at_due))
                                                      : json::value(nullptr)},
                      {"at_observed_pace",
                       {{"window_days", pace.window_days},
                        {"window_start", to_iso_day(pace.window_start)},
                        {"net_change", pace.net_change},
                        {"per_day", pace.per_day},
                        {"reachable", pace.reachable},
                        {"reached_on", day_or_null(pace.reached_on)},
                        {"on_time", pace.on_time},
                        {"reason", pace.reason},
                        {"last_evidence", date_or_null(pace.last_evidence)},
                        {"no_recent_data", pace.no_recent_data}}},
                      {"on_pledges",
                       {{"outstanding", pledges.outstanding},
                        {"overdue", pledges.overdue},
                        {"attainable", pledges.attainable},
                        {"reachable", pledges.reachable},
                        {"reached_on", day_or_null(pledges.reached_on)},
                        {"on_time", pledges.on_time},
                        {"reason", pledges.reason},
                        {"source_ids", texts(pledges.source_ids)}}}};
    put_message(body.at("at_observed_pace").as_object(), "reason", pace.reason_coded);
    put_message(body.at("on_pledges").as_object(), "reason", pledges.reason_coded);
    return body;
}

json::object succession_to_json(const domain::MandateSuccession& succession) {
    json::value vote = nullptr;
    if (succession.vote)
        vote = json::object{{"yes", succession.vote->yes},
                            {"no", succession.vote->no},
                            {"abstain", succession.vote->abstain},
                            {"text", succession.vote->text()},
                            {"against", texts(succession.vote->against)},
                            {"abstaining", texts(succession.vote->abstaining)}};
    json::object body{{"successor", succession.successor},
                      {"successor_name", succession.successor_name},
                      {"successor_start", to_iso_day(succession.successor_start)},
                      {"resolution", text_or_null(succession.resolution)},
                      {"label", text_or_null(succession.label)},
                      {"adopted", day_or_null(succession.adopted)},
                      {"vote", std::move(vote)},
                      {"source_id", text_or_null(succession.source_id)},
                      {"text", succession.text}};
    put_message(body, "text", domain::coded_or_text(succession.text_coded, succession.text));
    return body;
}

json::object mandate_status_to_json(const domain::MandateStatus& status) {
    json::array alerts, gaps;
    for (const auto& alert : status.alerts) alerts.push_back(alert_to_json(alert));
    for (const auto& gap : status.gaps) gaps.push_back(gap_to_json(gap));
    return {{"at", to_iso_day(status.at)},
            {"in_force", status.in_force},
            {"mandate", status.period ? json::value(period_to_json(*status.period)) : json::value(nullptr)},
            {"end", status.period ? json::value(to_iso_day(status.period->end)) : json::value(nullptr)},
            {"days_remaining",
             status.days_remaining ? json::value(*status.days_remaining) : json::value(nullptr)},
            {"source_id", status.period ? text_or_null(status.period->source_id) : json::value(nullptr)},
            {"alerts", std::move(alerts)},
            {"next_alert",
             status.next_alert ? json::value(alert_to_json(*status.next_alert)) : json::value(nullptr)},
            {"gaps", std::move(gaps)},
            {"state", domain::to_text(status.state)},
            {"state_text", domain::mandate_state_text(status)},
            {"succeeded_by", status.succeeded_by ? json::value(succession_to_json(*status.succeeded_by))
                                                 : json::value(nullptr)}};
}

json::object mandate_timeline_to_json(const domain::MandateTimeline& timeline) {
    json::array periods, gaps;
    for (const auto& period : timeline.periods) periods.push_back(period_to_json(period));
    for (const auto& gap : timeline.gaps) gaps.push_back(gap_to_json(gap));
    return {{"mission", timeline.mission},
            {"periods", std::move(periods)},
            {"gaps", std::move(gaps)},
            {"notes", texts(timeline.notes)}};
}

json::object position_to_json(const domain::Position& position) {
    return {{"key", position.key},
            {"actor", position.actor},
            {"actor_kind", text_or_null(position.actor_kind)},
            {"subject", position.subject},
            {"stance", domain::to_text(position.stance)},
            {"date", position.date.to_text()},
            {"quote", text_or_null(position.quote)},
            {"summary", text_or_null(position.summary)},
            {"source_id", text_or_null(position.source_id)}};
}

json::object mission_to_json(const domain::Mission& mission) {
    return {{"slug", mission.slug},
            {"name", mission.name},
            {"acronym", text_or_null(mission.acronym)},
            {"host_country", text_or_null(mission.host_country)},
            {"lead_nation", text_or_null(mission.lead_nation)},
            {"mission_kind", text_or_null(mission.mission_kind)},
            {"start_date", date_or_null(mission.start_date)},
            {"source_id", text_or_null(mission.source_id)},
            {"end_date", date_or_null(mission.end_date)},
            {"predecessor", text_or_null(mission.predecessor)},
            {"succession_resolution", text_or_null(mission.succession_resolution)}};
}

json::object evidence_to_json(const domain::Evidence& evidence) {
    return {{"what", evidence.noun},
            {"as_of", evidence.as_of ? json::value(evidence.as_of_text) : json::value(nullptr)}};
}

json::object stale_warning_to_json(const domain::StaleWarning& warning) {
    json::object body{{"figure", warning.figure},
                      {"as_of", day_or_null(warning.as_of)},
                      {"age_days", warning.age_days ? json::value(*warning.age_days) : json::value(nullptr)},
                      {"message", warning.message}};
    put_message(body, "message", warning.message_coded);
    return body;
}

json::object mission_summary_to_json(const domain::MissionSummary& summary) {
    json::array targets, positions;
    for (const auto& target : summary.targets) targets.push_back(target_forecast_to_json(target));
    for (const auto& position : summary.transition_positions) positions.push_back(position_to_json(position));
    // Each headline figure names the date of its newest evidence beside it, and all of them in one place.
    json::object evidence;
    for (const auto& item : summary.evidence) evidence.emplace(item.figure, evidence_to_json(item));
    auto evidence_date = [&evidence](const char* figure) -> json::value {
        auto found = evidence.find(figure);
        return found == evidence.end() ? json::value(nullptr) : found->value().as_object().at("as_of");
    };
    json::object strength = strength_figure_to_json(summary.strength);
    strength.emplace("evidence_date", evidence_date("strength"));
    for (auto& target : targets) target.as_object().emplace("evidence_date", evidence_date("targets"));
    json::object mandate = mandate_status_to_json(summary.mandate);
    mandate.emplace("evidence_date", evidence_date("mandate"));
    json::array stale;
    for (const auto& warning : summary.stale) stale.push_back(stale_warning_to_json(warning));
    auto brief = [](const std::optional<domain::Mission>& mission) -> json::value {
        if (!mission) return nullptr;
        return json::object{{"slug", mission->slug},
                            {"name", mission->name},
                            {"start_date", date_or_null(mission->start_date)},
                            {"end_date", date_or_null(mission->end_date)}};
    };
    return {{"mission", mission_to_json(summary.mission)},
            {"at", to_iso_day(summary.at)},
            {"strength", std::move(strength)},
            {"strength_by_country", strength_groups_to_json(summary.by_country)},
            {"deployment_events", strength_at_to_json(summary.contingents)},
            {"targets", std::move(targets)},
            {"mandate", std::move(mandate)},
            {"transition_positions", std::move(positions)},
            {"predecessor", brief(summary.predecessor)},
            {"successor", brief(summary.successor)},
            {"evidence", std::move(evidence)},
            {"stale_after_days", summary.stale_after_days},
            {"staleness", std::move(stale)},
            // Every disagreement among sources behind the summary's figures.
            {"conflicts", conflicts_to_json(summary.strength.conflicts)}};
}

}  // namespace mssops::app
