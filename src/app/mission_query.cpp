#include "app/mission_query.hpp"

#include <algorithm>
#include <charconv>

#include "domain/mission_life.hpp"
#include "report/mission_facts.hpp"

namespace mssops::app {
namespace {

using domain::Error;
using domain::Result;
using std::chrono::sys_days;

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

// A mission's facts and its summary on the day asked for.
struct MissionView {
    domain::MissionFacts facts;
    domain::MissionSummary summary;
};

Result<MissionView> mission_view(store::Store& store, const MissionQuery& query) {
    auto facts = report::load_mission_facts(store.records(), query.slug);
    if (!facts) return facts.error();
    auto incident = report::newest_incident_date(store.incidents(), query.at);
    if (!incident) return incident.error();
    facts->newest_incident = *incident;
    domain::MissionSummary summary =
        domain::summarize_mission(*facts, query.at, query.forecast, query.evidence);
    return MissionView{std::move(facts).value(), std::move(summary)};
}

}  // namespace

Result<MissionQuery> mission_query_from_text(const ForceQuery& query) {
    MissionQuery typed;
    typed.slug = query.slug;
    auto at = day_or_today(query.at, "at");
    if (!at) return at.error();
    typed.at = *at;
    auto window =
        whole_number(query.window_days, "window_days", 90, 1, 3650, "a whole number of days from 1 to 3650");
    if (!window) return window.error();
    typed.forecast.window_days = *window;
    auto stale = whole_number(query.stale_after, "stale_after_days", 90, 1, 36500,
                              "a whole number of days from 1 to 36500");
    if (!stale) return stale.error();
    typed.evidence.stale_after_days = *stale;
    return typed;
}

Result<StrengthQuery> strength_query_from_text(const ForceQuery& query) {
    // "by" is checked first: a bad grouping is named before a bad day, as the API always did.
    auto grouping = domain::parse_strength_grouping(query.by.empty() ? "country" : query.by, "by");
    if (!grouping) return grouping.error();
    auto mission = mission_query_from_text(query);
    if (!mission) return mission.error();
    StrengthQuery typed{std::move(mission).value(), *grouping, std::nullopt};
    if (!query.from.empty()) {
        auto day = domain::parse_iso_day(query.from, "from");
        if (!day) return day.error();
        typed.from = *day;
    }
    return typed;
}

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

Result<MissionsInForce> missions_in_force(store::Store& store, sys_days at, const std::string& configured) {
    auto missions = report::load_missions(store.records());
    if (!missions) return missions.error();
    MissionsInForce result;
    result.at = at;
    result.configured = configured;
    if (auto in_force = domain::mission_in_force(*missions, at)) result.in_force = in_force->slug;
    if (!missions->empty()) {
        auto slug = default_mission_slug(store, configured, at, "mission");
        if (!slug) return slug.error();
        result.chosen = *slug;
    }
    for (const auto& mission : *missions) {
        MissionLife life{mission, std::nullopt, domain::in_force_on(mission, at)};
        if (auto successor = domain::successor_of(*missions, mission.slug)) life.successor = successor->slug;
        result.missions.push_back(std::move(life));
    }
    return result;
}

Result<domain::MissionSummary> mission_summary(store::Store& store, const MissionQuery& query) {
    auto view = mission_view(store, query);
    if (!view) return view.error();
    return std::move(view->summary);
}

Result<StrengthResult> mission_strength(store::Store& store, const StrengthQuery& query) {
    auto view = mission_view(store, query.mission);
    if (!view) return view.error();
    StrengthResult result;
    result.summary = std::move(view->summary);
    result.by = query.by;
    const domain::MissionSummary& summary = result.summary;
    // The series starts with the first event's month unless asked otherwise.
    sys_days from = summary.at;
    if (query.from) {
        from = *query.from;
    } else {
        for (const auto& event : view->facts.events) from = std::min(from, event.date.first_day());
    }
    auto series = domain::monthly_stated_strength(view->facts.events, view->facts.reports,
                                                  view->facts.sources, from, summary.at);
    if (!series) return series.error();
    // A chart draws its line to the last evidence, not to the day asked: later points only carry it on.
    result.last_evidence = domain::newest_strength_evidence(view->facts.events, view->facts.reports,
                                                            domain::PersonnelType::all, summary.at);
    for (auto& point : *series) {
        std::chrono::year_month_day as_of{point.as_of};
        sys_days month_start{as_of.year() / as_of.month() / 1};
        bool after = !result.last_evidence || month_start > result.last_evidence->first_day();
        result.monthly.push_back(StrengthMonth{std::move(point), after});
    }
    result.groups = domain::group_evidence(summary.strength.contingents, summary.contingents, query.by);
    return result;
}

Result<ForecastResult> mission_forecast(store::Store& store, const MissionQuery& query) {
    auto summary = mission_summary(store, query);
    if (!summary) return summary.error();
    return ForecastResult{summary->mission.slug, summary->at, std::move(summary->targets)};
}

Result<MandateResult> mission_mandate(store::Store& store, const MissionQuery& query) {
    auto view = mission_view(store, query);
    if (!view) return view.error();
    domain::MissionSummary& summary = view->summary;
    MandateResult result{summary.mission.slug,
                         summary.at,
                         std::move(summary.mandate),
                         std::move(summary.mandate_timeline),
                         {}};
    // Each resolution's recorded vote, counted by the Charter rule against the council of its year.
    auto memberships = report::load_council_memberships(store.records());
    if (!memberships) return memberships.error();
    for (const auto& resolution : view->facts.resolutions)
        result.recorded_votes.push_back(RecordedVote{
            resolution, domain::council_in_year(*memberships, resolution.body, resolution.adopted.year)});
    return result;
}

Result<AlertsResult> mission_alerts(store::Store& store, const MissionQuery& query) {
    auto summary = mission_summary(store, query);
    if (!summary) return summary.error();
    AlertsResult result{summary->mission.slug, summary->at, {}};
    auto& alerts = result.alerts;
    const auto& mandate = summary->mandate;
    std::string mandate_source = mandate.period ? mandate.period->source_id : "";
    for (const auto& alert : mandate.alerts)
        alerts.push_back({alert.threshold_days == 0 ? "mandate_lapsed" : "mandate_expiry",
                          alert.threshold_days, alert.fires_on, alert.message, mandate_source,
                          domain::coded_or_text(alert.message_coded, alert.message)});
    if (mandate.succeeded_by) {
        const auto& succession = *mandate.succeeded_by;
        auto coded = domain::message("mission.succeeded")
                         .with("mission", summary->mission.name)
                         .with("succession", domain::coded_or_text(succession.text_coded, succession.text));
        alerts.push_back({"mission_succeeded", std::nullopt, succession.successor_start,
                          summary->mission.name + " was " + succession.text, succession.source_id, coded});
    }
    for (const auto& gap : mandate.gaps) {
        auto coded = domain::message("mandate.gap")
                         .with("from", domain::to_iso_day(gap.from))
                         .with("to", domain::to_iso_day(gap.to))
                         .with("days", std::to_string(gap.days))
                         .with("after", domain::coded_or_text(gap.after_coded, gap.after))
                         .with("before", domain::coded_or_text(gap.before_coded, gap.before));
        alerts.push_back(
            {"mandate_gap", std::nullopt, gap.from, domain::english(coded), std::nullopt, coded});
    }
    for (const auto& target : summary->targets) {
        auto coded = [&](std::string code) {
            return domain::message(std::move(code))
                .with("target", std::to_string(target.target.number))
                .with("personnel", domain::to_text(target.target.personnel_type))
                .with("by", target.target.by_date.to_text());
        };
        if (target.due_date_passed && target.shortfall_on_due > 0) {
            auto missed = coded("target.missed")
                              .with("shortfall", std::to_string(target.shortfall_on_due))
                              .with("due", domain::to_iso_day(target.due));
            alerts.push_back({"target_missed", std::nullopt, target.due, domain::english(missed),
                              target.target.source_id, missed});
        } else if (!target.due_date_passed && !target.pace.on_time) {
            auto at_risk =
                coded("target.at_risk")
                    .with("reason", domain::coded_or_text(target.pace.reason_coded, target.pace.reason));
            alerts.push_back({"target_at_risk", std::nullopt, summary->at, domain::english(at_risk),
                              target.target.source_id, at_risk});
        }
    }
    for (const auto& stale : summary->stale)
        alerts.push_back(
            {"stale_evidence", std::nullopt, stale.as_of, stale.message, std::nullopt, stale.message_coded});
    return result;
}

}  // namespace mssops::app
