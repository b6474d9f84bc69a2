#include "app/force_views.hpp"

#include <boost/json/array.hpp>
#include <charconv>
#include <chrono>

#include "app/evidence_json.hpp"
#include "app/force_json.hpp"
#include "app/message_json.hpp"
#include "domain/mission_life.hpp"
#include "domain/mission_summary.hpp"
#include "report/mission_facts.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;
using std::chrono::sys_days;

// The Security Council's organisation key in the reference data.
constexpr const char* security_council = "unsc";

sys_days today() {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

Result<sys_days> day_or_today(const std::string& text, const char* field) {
    if (text.empty()) return today();
    return domain::parse_iso_day(text, field);
}

Result<int> whole_number(const std::string& text, const char* field, int fallback, int min, int max,
                         const char* expected) {
    if (text.empty()) return fallback;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return Error::invalid(field, std::string("must be ") + expected + ", got \"" + text + "\"");
    return value;
}

Result<domain::ForecastOptions> forecast_options(const ForceQuery& query) {
    auto window =
        whole_number(query.window_days, "window_days", 90, 1, 3650, "a whole number of days from 1 to 3650");
    if (!window) return window.error();
    return domain::ForecastOptions{*window};
}

Result<domain::EvidenceOptions> evidence_options(const ForceQuery& query) {
    auto days = whole_number(query.stale_after, "stale_after_days", 90, 1, 36500,
                             "a whole number of days from 1 to 36500");
    if (!days) return days.error();
    return domain::EvidenceOptions{*days};
}

Result<int> year_of(const ForceQuery& query) {
    int this_year = static_cast<int>(std::chrono::year_month_day{today()}.year());
    return whole_number(query.year, "year", this_year, 1945, 2200, "a year from 1945 to 2200");
}

// A mission's facts and its summary on the day asked for.
struct MissionView {
    domain::MissionFacts facts;
    domain::MissionSummary summary;
};

Result<MissionView> mission_view(store::Store& store, const ForceQuery& query) {
    auto at = day_or_today(query.at, "at");
    if (!at) return at.error();
    auto options = forecast_options(query);
    if (!options) return options.error();
    auto evidence = evidence_options(query);
    if (!evidence) return evidence.error();
    auto facts = report::load_mission_facts(store.records(), query.slug);
    if (!facts) return facts.error();
    auto incident = report::newest_incident_date(store.incidents(), *at);
    if (!incident) return incident.error();
    facts->newest_incident = *incident;
    domain::MissionSummary summary = domain::summarize_mission(*facts, *at, *options, *evidence);
    return MissionView{std::move(facts).value(), std::move(summary)};
}

Result<domain::MissionSummary> summary_of(store::Store& store, const ForceQuery& query) {
    auto view = mission_view(store, query);
    if (!view) return view.error();
    return std::move(view->summary);
}

json::object headed(const domain::MissionSummary& summary) {
    return {{"mission", summary.mission.slug}, {"at", domain::to_iso_day(summary.at)}};
}

json::value day_or_null(const std::optional<domain::PartialDate>& date) {
    if (!date) return nullptr;
    return json::string(date->to_text());
}

}  // namespace

Result<std::string> default_mission_slug(store::Store& store, const std::string& configured, sys_days at,
                                         const std::string& field) {
    auto missions = report::load_missions(store.records());
    if (!missions) return missions.error();
    if (!configured.empty()) {
        for (const auto& mission : *missions)
            if (mission.slug == configured) return configured;
        return Error::not_found(field, "no mission with key \"" + configured + "\"");
    }
    auto chosen = domain::default_mission(*missions, at);
    if (!chosen) return Error::invalid(field, "names no mission and the store holds none; load one first");
    return chosen->slug;
}

Result<json::object> missions_in_force_view(store::Store& store, const ForceQuery& query) {
    auto at = day_or_today(query.at, "at");
    if (!at) return at.error();
    auto missions = report::load_missions(store.records());
    if (!missions) return missions.error();
    auto in_force = domain::mission_in_force(*missions, *at);
    json::value chosen = nullptr;
    if (!missions->empty()) {
        auto slug = default_mission_slug(store, query.mission, *at, "mission");
        if (!slug) return slug.error();
        chosen = json::string(*slug);
    }
    json::array items;
    for (const auto& mission : *missions) {
        auto successor = domain::successor_of(*missions, mission.slug);
        items.push_back(json::object{
            {"slug", mission.slug},
            {"name", mission.name},
            {"acronym", mission.acronym.empty() ? json::value(nullptr) : json::value(mission.acronym)},
            {"host_country", mission.host_country},
            {"start_date", day_or_null(mission.start_date)},
            {"end_date", day_or_null(mission.end_date)},
            {"predecessor",
             mission.predecessor.empty() ? json::value(nullptr) : json::value(mission.predecessor)},
            {"successor", successor ? json::value(successor->slug) : json::value(nullptr)},
            {"succession_resolution", mission.succession_resolution.empty()
                                          ? json::value(nullptr)
                                          : json::value(mission.succession_resolution)},
            {"in_force", domain::in_force_on(mission, *at)}});
    }
    return json::object{
        {"at", domain::to_iso_day(*at)},
        {"in_force", in_force ? json::value(in_force->slug) : json::value(nullptr)},
        {"default", chosen},
        {"configured", query.mission.empty() ? json::value(nullptr) : json::value(query.mission)},
        {"missions", std::move(items)}};
}

Result<json::object> summary_view(store::Store& store, const ForceQuery& query) {
    auto summary = summary_of(store, query);
    if (!summary) return summary.error();
    return mission_summary_to_json(*summary);
}

Result<json::object> strength_view(store::Store& store, const ForceQuery& query) {
    auto grouping = domain::parse_strength_grouping(query.by.empty() ? "country" : query.by, "by");
    if (!grouping) return grouping.error();
    auto view = mission_view(store, query);
    if (!view) return view.error();
    const domain::MissionSummary& summary = view->summary;
    // The series starts with the first event's month unless asked otherwise.
    sys_days from = summary.at;
    if (!query.from.empty()) {
        auto day = domain::parse_iso_day(query.from, "from");
        if (!day) return day.error();
        from = *day;
    } else {
        for (const auto& event : view->facts.events) from = std::min(from, event.date.first_day());
    }
    auto series = domain::monthly_stated_strength(view->facts.events, view->facts.reports,
                                                  view->facts.sources, from, summary.at);
    if (!series) return series.error();
    // A chart draws its line to the last evidence, not to the day asked: later points only carry it on.
    auto last = domain::newest_strength_evidence(view->facts.events, view->facts.reports,
                                                 domain::PersonnelType::all, summary.at);
    json::array monthly = monthly_strength_to_json(*series);
    for (std::size_t i = 0; i < monthly.size() && i < series->size(); ++i) {
        std::chrono::year_month_day as_of{(*series)[i].as_of};
        sys_days month_start{as_of.year() / as_of.month() / 1};
        monthly[i].as_object().emplace("after_last_evidence", !last || month_start > last->first_day());
    }
    json::object body = headed(summary);
    body.emplace("last_evidence", day_or_null(last));
    // "strength" is the figure by the strength rule; "stated" is the same object under its old name.
    body.emplace("strength", strength_figure_to_json(summary.strength));
    body.emplace("stated", strength_figure_to_json(summary.strength));
    body.emplace("conflicts", conflicts_to_json(summary.strength.conflicts));
    body.emplace("by", query.by.empty() ? "country" : query.by);
    body.emplace("groups", strength_groups_to_json(domain::group_evidence(summary.strength.contingents,
                                                                          summary.contingents, *grouping)));
    body.emplace("deployment_events", strength_at_to_json(summary.contingents));
    body.emplace("monthly", std::move(monthly));
    return body;
}

Result<json::object> forecast_view(store::Store& store, const ForceQuery& query) {
    auto summary = summary_of(store, query);
    if (!summary) return summary.error();
    json::array targets;
    for (const auto& target : summary->targets) targets.push_back(target_forecast_to_json(target));
    json::object body = headed(*summary);
    body.emplace("targets", std::move(targets));
    return body;
}

Result<json::object> mandate_view(store::Store& store, const ForceQuery& query) {
    auto view = mission_view(store, query);
    if (!view) return view.error();
    const domain::MissionSummary& summary = view->summary;
    json::object body = headed(summary);
    body.emplace("status", mandate_status_to_json(summary.mandate));
    body.emplace("timeline", mandate_timeline_to_json(summary.mandate_timeline));
    // Each resolution's recorded vote, counted by the Charter rule against the council of its year.
    auto memberships = report::load_council_memberships(store.records());
    if (!memberships) return memberships.error();
    json::array votes;
    for (const auto& resolution : view->facts.resolutions)
        votes.push_back(recorded_vote_to_json(
            resolution, domain::council_in_year(*memberships, resolution.body, resolution.adopted.year)));
    body.emplace("recorded_votes", std::move(votes));
    return body;
}

Result<json::object> alerts_view(store::Store& store, const ForceQuery& query) {
    auto summary = summary_of(store, query);
    if (!summary) return summary.error();
    json::array alerts;
    const auto& mandate = summary->mandate;
    std::string mandate_source = mandate.period ? mandate.period->source_id : "";
    for (const auto& alert : mandate.alerts)
        alerts.push_back(
            json::object{{"kind", alert.threshold_days == 0 ? "mandate_lapsed" : "mandate_expiry"},
                         {"threshold_days", alert.threshold_days},
                         {"since", domain::to_iso_day(alert.fires_on)},
                         {"message", alert.message},
                         {"source_id", mandate_source}});
    if (mandate.succeeded_by)
        alerts.push_back(
            json::object{{"kind", "mission_succeeded"},
                         {"since", domain::to_iso_day(mandate.succeeded_by->successor_start)},
                         {"message", summary->mission.name + " was " + mandate.succeeded_by->text},
                         {"source_id", mandate.succeeded_by->source_id}});
    for (const auto& gap : mandate.gaps)
        alerts.push_back(
            json::object{{"kind", "mandate_gap"},
                         {"since", domain::to_iso_day(gap.from)},
                         {"message", "no mandate from " + domain::to_iso_day(gap.from) + " to " +
                                         domain::to_iso_day(gap.to) + " (" + std::to_string(gap.days) +
                                         " days) between " + gap.after + " and " + gap.before},
                         {"source_id", nullptr}});
    for (const auto& target : summary->targets) {
        std::string label = std::to_string(target.target.number) + " " +
                            domain::to_text(target.target.personnel_type) + " by " +
                            target.target.by_date.to_text();
        if (target.due_date_passed && target.shortfall_on_due > 0)
            alerts.push_back(json::object{
                {"kind", "target_missed"},
                {"since", domain::to_iso_day(target.due)},
                {"message", "target of " + label + " missed: " + std::to_string(target.shortfall_on_due) +
                                " short on " + domain::to_iso_day(target.due)},
                {"source_id", target.target.source_id}});
        else if (!target.due_date_passed && !target.pace.on_time)
            alerts.push_back(json::object{
                {"kind", "target_at_risk"},
                {"since", domain::to_iso_day(summary->at)},
                {"message",
                 "target of " + label + " not met by its date at the observed pace: " + target.pace.reason},
                {"source_id", target.target.source_id}});
    }
    for (const auto& stale : summary->stale) {
        json::object item{
            {"kind", "stale_evidence"},
            {"since", stale.as_of ? json::value(domain::to_iso_day(*stale.as_of)) : json::value(nullptr)},
            {"message", stale.message},
            {"source_id", nullptr}};
        put_message(item, "message", stale.message_coded);
        alerts.push_back(std::move(item));
    }
    json::object body = headed(*summary);
    body.emplace("alerts", std::move(alerts));
    return body;
}

Result<json::object> council_members_view(store::Store& store, const ForceQuery& query) {
    auto year = year_of(query);
    if (!year) return year.error();
    auto memberships = report::load_council_memberships(store.records());
    if (!memberships) return memberships.error();
    return council_to_json(domain::council_in_year(*memberships, security_council, *year));
}

Result<json::object> transition_scenario_view(store::Store& store, const ForceQuery& query) {
    auto year = year_of(query);
    if (!year) return year.error();
    auto memberships = report::load_council_memberships(store.records());
    if (!memberships) return memberships.error();
    auto positions = report::load_positions(store.records(), domain::transition_subject);
    if (!positions) return positions.error();
    // Positions as they stood at the end of that year, or today for the current year.
    sys_days end_of_year = sys_days{std::chrono::year{*year} / std::chrono::December / 31};
    auto scenario =
        domain::council_scenario(domain::council_in_year(*memberships, security_council, *year), *positions,
                                 domain::transition_subject, std::min(end_of_year, today()));
    if (!scenario) return scenario.error();
    auto result = domain::simulate_council(scenario->members);
    if (!result) return result.error();
    return scenario_to_json(*scenario, *result);
}

Result<json::object> simulate_view(store::Store& store, const SimulationRequest& request) {
    if (!request.scenario.empty()) {
        ForceQuery query;
        query.year = std::to_string(*request.year);
        return transition_scenario_view(store, query);
    }
    auto result = domain::simulate_council(request.members, request.threshold);
    if (!result) return result.error();
    return simulation_to_json(*result, request.members);
}

}  // namespace mssops::app
