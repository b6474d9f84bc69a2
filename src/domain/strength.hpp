#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/deployment_event.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// One contingent at a date: a contributing country's personnel of one type.
struct ContingentStrength {
    std::string country;
    PersonnelType personnel_type = PersonnelType::police;
    std::int64_t deployed = 0;     // On the ground: arrived - rotated_out - withdrawn.
    std::int64_t arrived = 0;      // Every arrival so far, rotations in included.
    std::int64_t departed = 0;     // Rotated out or withdrawn so far.
    std::int64_t pledged = 0;      // Pledged so far; pledges are never counted as deployed.
    std::int64_t outstanding = 0;  // Pledged and not on the ground: max(0, pledged - deployed).
    bool approximate = false;      // A counted event has month or year precision, or is marked "~".
    std::optional<PartialDate> last_event;
    std::vector<std::string> source_ids;  // Sources of the counted events, each once.
};

/// A mission's strength from its deployment events at one date.
struct StrengthAt {
    std::chrono::sys_days at{};
    std::vector<ContingentStrength> contingents;  // By country, then personnel type.
    std::int64_t deployed = 0;
    std::int64_t pledged = 0;
    std::int64_t outstanding = 0;
    bool approximate = false;
    std::optional<PartialDate> last_event;  // The latest counted event (by its first day).
    std::vector<std::string> source_ids;
    std::vector<std::string> warnings;  // Inconsistencies found in the events, in words.

    /// Deployed personnel of `type` (PersonnelType::all: every type).
    std::int64_t deployed_of(PersonnelType type) const;
};

/// Strength on day `at` from `events` (one mission's). An event counts from the first day its date
/// stands for: a month-precision "2024-11" arrival counts from 1 November, and the figure is flagged
/// approximate. A cumulative_estimate event of kind arrived or pledged sets that contingent's total
/// on its date (after the movements of the same day); of kind rotated_out or withdrawn it is read as
/// a movement, since a departure total is not a head count.
StrengthAt strength_at(const std::vector<DeploymentEvent>& events, std::chrono::sys_days at);

/// How to group contingents.
enum class StrengthGrouping { country, personnel_type };

/// Contingents summed by country or by personnel type.
struct StrengthGroup {
    std::string label;  // "KEN" or "police".
    std::int64_t deployed = 0;
    std::int64_t pledged = 0;
    std::int64_t outstanding = 0;
    bool approximate = false;
    std::vector<std::string> source_ids;
};

/// The contingents of `strength` summed by `grouping`, ordered by label.
std::vector<StrengthGroup> group_strength(const StrengthAt& strength, StrengthGrouping grouping);
/// Reads "country" or "personnel_type"; invalid_input on `field` otherwise.
Result<StrengthGrouping> parse_strength_grouping(std::string_view text, std::string_view field);

/// Strength at the end of one month of a series.
struct MonthlyStrength {
    std::string month;              // "2024-11".
    std::chrono::sys_days as_of{};  // The month's last day, or the series' end date in its last month.
    std::int64_t deployed = 0;
    std::int64_t pledged = 0;
    std::int64_t outstanding = 0;
    bool approximate = false;
    std::map<std::string, std::int64_t> deployed_by_country;
};

/// Month-end strength for every month from `from`'s month to `to`'s (the last point is taken at `to`).
/// invalid_input on "to" when `to` is before `from`, or when the series would pass 600 months.
Result<std::vector<MonthlyStrength>> monthly_strength(const std::vector<DeploymentEvent>& events,
                                                      std::chrono::sys_days from, std::chrono::sys_days to);

}  // namespace mssops::domain
