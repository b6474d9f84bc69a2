#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/claim_conflict.hpp"
#include "domain/deployment_event.hpp"
#include "domain/source_rank.hpp"
#include "domain/strength.hpp"
#include "domain/strength_report.hpp"

namespace mssops::domain {

/// What one report or event does in a contingent's figure.
enum class EvidenceRole {
    base,           // The strength report the figure starts from.
    added,          // A movement dated after the base, added to it.
    before_base,    // A movement on or before the base's date: the report already counts it.
    corroborating,  // Another source's report of a counted movement, with the same count and date.
    conflicting,    // Another source's report of a counted movement, with another count or date.
    superseded,     // An older strength report, or one of the base's date that a better source outranks.
};

/// One report or event a contingent's figure rests on, and what the rule did with it.
struct StrengthEvidenceItem {
    std::string record_kind;  // "strength_reports" or "deployment_events".
    std::string key;
    std::string what;  // "strength_report", "cumulative_estimate", "arrived", "rotated_out", "withdrawn".
    std::int64_t count = 0;
    PartialDate date;
    std::string source_id;
    std::string source_kind;
    EvidenceRole role = EvidenceRole::added;
    std::string same_as;  // For corroborating and conflicting: the key of the movement counted instead.
};

/// A strength report as evidence: its value, date and source, superseded until a rule uses it.
StrengthEvidenceItem evidence_item_of(const StrengthReport& report, const SourceIndex& sources);

/// One contingent's strength at a date by the strength rule, with everything it rests on.
struct ContingentEvidence {
    std::string country;
    PersonnelType personnel_type = PersonnelType::police;
    std::int64_t count = 0;
    CountQualifier qualifier = CountQualifier::exact;  // The base report's; approximately for inexact dates.
    bool approximate = false;
    std::optional<StrengthEvidenceItem> base;
    std::int64_t movement = 0;         // Net of the movements added after the base (all of them without one).
    std::optional<PartialDate> as_of;  // The newest counted evidence: the base or the last added movement.
    std::vector<StrengthEvidenceItem> evidence;    // By date.
    std::vector<std::string> source_ids;           // Sources of the base and the added movements, each once.
    std::vector<std::string> evidence_source_ids;  // Every source of the evidence, counted or not.
    std::string rule;                              // How the count was found, in words.
    Message rule_coded;                            // `rule` as a code: "strength.contingent.report".
};

/// Every contingent's strength at a date, and the disagreements among their sources.
struct StrengthEvidence {
    std::chrono::sys_days at{};
    PersonnelType personnel_type = PersonnelType::all;
    std::vector<ContingentEvidence> contingents;  // By country, then personnel type.
    std::int64_t total = 0;                       // The contingents' counts summed.
    std::optional<PartialDate> as_of;             // The newest as_of of any contingent.
    std::vector<ClaimConflict> conflicts;
};

/// The strength rule, per contributing country and personnel type (only types counting toward `type`):
/// 1. The base is the latest per-country strength report dated on or before `at` (a cumulative_estimate
///    arrival counts as one); among reports of the same date the better source wins (UN document >
///    government > press > data set/other, then the more recently published).
/// 2. Movements (arrived, rotated_out, withdrawn) are one movement, counted once, when an event names
///    another in `same_movement_as` (directly or through others), or when different sources report the
///    same kind for the same country and type on the same day (both dated to the day). Events on
///    different days, or of one source, are separate movements unless linked. The best-ranked source's
///    report is counted (then the newest published; then the earliest); the others are listed as
///    corroborating or conflicting.
/// 3. Only movements dated after the base are added to it; without a base, the movements alone give
///    the count. Pledges never count. A count below 0 is 0.
/// Sources that disagree (same-date reports, or one movement with different counts or dates) are listed
/// in `conflicts` with the value used and the rule that chose it.
StrengthEvidence strength_evidence(const std::vector<DeploymentEvent>& events,
                                   const std::vector<StrengthReport>& reports, const SourceIndex& sources,
                                   PersonnelType type, std::chrono::sys_days at);

/// Contingents grouped by country or personnel type: `deployed` from `contingents` (the strength rule),
/// pledges and outstanding pledges from `events_strength` (deployment events; pledges are never
/// reported as head counts). Ordered by label.
std::vector<StrengthGroup> group_evidence(const std::vector<ContingentEvidence>& contingents,
                                          const StrengthAt& events_strength, StrengthGrouping grouping);

/// "base", "added", "before_base", "corroborating", "conflicting", "superseded".
const char* to_text(EvidenceRole role);

/// The rule in words, as `--help` and the API describe it.
inline constexpr const char* strength_rule_text =
    "Strength per country and personnel type: the latest strength report on or before the date is the "
    "base (among reports of one date, a UN document over a government statement over the press over a "
    "data set, then the newest published); only movements (arrived, rotated_out, withdrawn) dated after "
    "it are added. Reports are of one movement, counted once from the best-ranked source, when an event "
    "names the other in same_movement_as, or when different sources give the same country, type and kind "
    "on the same day; the others are listed as corroborating or conflicting. Events on different days "
    "are different movements unless linked. "
    "The mission total is the sum of the contingents, unless a mission-wide report is newer than every "
    "per-country report: then that report plus the movements after it.";

}  // namespace mssops::domain
