#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/council_membership.hpp"
#include "domain/message.hpp"
#include "domain/mission_summary.hpp"
#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// The parameters of the force and council use cases as text, from a query string or the command line;
/// "" means the default. The typed queries below are read from it.
struct ForceQuery {
    std::string slug;         // Mission key.
    std::string at;           // YYYY-MM-DD; default today (UTC).
    std::string window_days;  // Pace window for forecasts; default 90.
    std::string by;           // Strength grouping: country (default) or personnel_type.
    std::string from;         // First day of the monthly series; default the month of the first event.
    std::string year;         // Council year; default this year.
    std::string stale_after;  // Days after which evidence is called old; default 90.
    std::string mission;      // For the mission in force: the configured default mission; "" for none.
};

/// One mission on one day: what the summary, forecast, mandate and alerts use cases take.
struct MissionQuery {
    std::string slug;
    std::chrono::sys_days at{};
    domain::ForecastOptions forecast;
    domain::EvidenceOptions evidence;
};

/// Reads a MissionQuery from text: invalid_input on "at", "window_days" or "stale_after_days".
domain::Result<MissionQuery> mission_query_from_text(const ForceQuery& query);

/// The strength use case's query: a mission on a day, the grouping, and the series' first day.
struct StrengthQuery {
    MissionQuery mission;
    domain::StrengthGrouping by = domain::StrengthGrouping::country;
    std::optional<std::chrono::sys_days> from;  // Default: the month of the first deployment event.
};

/// Reads a StrengthQuery from text: invalid_input on "by" or "from", or as mission_query_from_text.
domain::Result<StrengthQuery> strength_query_from_text(const ForceQuery& query);

/// One month of the strength series, and whether it only carries on the last evidence.
struct StrengthMonth {
    domain::MonthlyStrength strength;
    bool after_last_evidence = false;
};

/// Stated strength, strength from events grouped as asked, and a month-end series.
struct StrengthResult {
    domain::MissionSummary summary;
    std::optional<domain::PartialDate> last_evidence;  // The newest deployment figure on or before `at`.
    domain::StrengthGrouping by = domain::StrengthGrouping::country;
    std::vector<domain::StrengthGroup> groups;
    std::vector<StrengthMonth> monthly;
};

/// Each target's progress, shortfall and forecasts on a day.
struct ForecastResult {
    std::string mission;
    std::chrono::sys_days at{};
    std::vector<domain::TargetForecast> targets;
};

/// A resolution with the council of its year, to count its recorded vote by the Charter rule.
struct RecordedVote {
    domain::Resolution resolution;
    domain::CouncilComposition council;
};

/// The mandate on a day, the whole timeline, and each resolution's recorded vote.
struct MandateResult {
    std::string mission;
    std::chrono::sys_days at{};
    domain::MandateStatus status;
    domain::MandateTimeline timeline;
    std::vector<RecordedVote> recorded_votes;
};

/// One alert on a day: mandate expiry or lapse, succession, gap, target missed or at risk, old evidence.
struct MissionAlert {
    std::string kind;  // "mandate_expiry", "mandate_lapsed", "mission_succeeded", "mandate_gap", ...
    std::optional<int> threshold_days;           // For mandate expiry and lapse only.
    std::optional<std::chrono::sys_days> since;  // None for evidence that has no date.
    std::string message;
    std::optional<std::string> source_id;  // None where no one record is the source.
    // `message` as a code and parameters, for the alerts that have one (stale evidence).
    std::optional<domain::Message> message_coded;
};

/// The alerts of a mission on a day.
struct AlertsResult {
    std::string mission;
    std::chrono::sys_days at{};
    std::vector<MissionAlert> alerts;
};

/// A stored mission's life cycle on a day.
struct MissionLife {
    domain::Mission mission;
    std::optional<std::string> successor;  // The slug of the mission that names it as its predecessor.
    bool in_force = false;
};

/// Every stored mission with its life cycle, the one in force and the one shown by default.
struct MissionsInForce {
    std::chrono::sys_days at{};
    std::optional<std::string> in_force;
    std::optional<std::string> chosen;  // The default mission; none when no mission is stored.
    std::string configured;             // The configured default mission, "" for none.
    std::vector<MissionLife> missions;
};

/// The mission a request or command is about when it names none: `configured` when set (not_found on
/// `field` when no mission has that key), else the mission in force on `at`, else the one that started
/// last before it (domain::default_mission). invalid_input on `field` when no mission is stored.
domain::Result<std::string> default_mission_slug(store::Store& store, const std::string& configured,
                                                 std::chrono::sys_days at, const std::string& field);

/// Every stored mission on `at`, and the default: `configured` when set, else the one in force.
domain::Result<MissionsInForce> missions_in_force(store::Store& store, std::chrono::sys_days at,
                                                  const std::string& configured);
/// The mission summary on a day; not_found on "slug" for an unknown mission.
domain::Result<domain::MissionSummary> mission_summary(store::Store& store, const MissionQuery& query);
/// Stated strength, grouped strength and the monthly series; not_found on "slug".
domain::Result<StrengthResult> mission_strength(store::Store& store, const StrengthQuery& query);
/// Each target's forecast; not_found on "slug".
domain::Result<ForecastResult> mission_forecast(store::Store& store, const MissionQuery& query);
/// The mandate on a day with its timeline and recorded votes; not_found on "slug".
domain::Result<MandateResult> mission_mandate(store::Store& store, const MissionQuery& query);
/// Alerts on a day: mandate expiry (90/30/7 days, lapse, gaps) and targets missed or forecast late.
domain::Result<AlertsResult> mission_alerts(store::Store& store, const MissionQuery& query);

}  // namespace mssops::app
