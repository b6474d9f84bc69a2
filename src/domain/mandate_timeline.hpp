#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/resolution.hpp"

namespace mssops::domain {

/// The mandate one resolution sets: in force from its adoption to its end, unless a later one replaces it.
struct MandatePeriod {
    std::string resolution_key;
    std::string label;  // "S/RES/2751 (2024)".
    MandateAction action = MandateAction::authorize;
    std::chrono::sys_days start{};  // The day of adoption (first day of a month-precision date).
    std::chrono::sys_days end{};    // The last day mandate_end stands for.
    bool end_approximate = false;   // mandate_end has month or year precision, or is marked "~".
    std::string source_id;
};

/// Days without a mandate between two periods.
struct MandateGap {
    std::chrono::sys_days from{};  // First day with no mandate.
    std::chrono::sys_days to{};    // Last day with no mandate.
    std::int64_t days = 0;
    std::string after;   // Label of the resolution whose mandate lapsed.
    std::string before;  // Label of the resolution that restored one.
};

/// One mission's mandates in order of adoption, and the gaps between them.
struct MandateTimeline {
    std::string mission;
    std::vector<MandatePeriod> periods;
    std::vector<MandateGap> gaps;
    std::vector<std::string> notes;  // Resolutions left out, and why.
};

/// Builds the timeline from resolutions naming `mission` that were adopted (failed and vetoed drafts
/// set nothing). authorize, extend and modify set the end to their mandate_end; modify without one
/// keeps the end in force; terminate ends the mandate on its mandate_end, else on its adoption day.
/// A resolution adopted after the previous mandate ran out opens a gap, which is reported.
MandateTimeline mandate_timeline(const std::vector<Resolution>& resolutions, std::string_view mission);

/// An expiry alert: the mandate ends within `threshold_days` (0: it has lapsed).
struct MandateAlert {
    int threshold_days = 0;
    std::chrono::sys_days fires_on{};  // end - threshold_days; the day after the end for a lapse.
    std::string message;
};

/// The alert thresholds, in days before the mandate ends.
inline constexpr int mandate_alert_days[] = {90, 30, 7};

/// The mandate as it stands on one day.
struct MandateStatus {
    std::chrono::sys_days at{};
    bool in_force = false;
    std::optional<MandatePeriod> period;         // In force at `at`, or the last one that lapsed before it.
    std::optional<std::int64_t> days_remaining;  // end - at, when in force.
    std::vector<MandateAlert> alerts;            // Every threshold crossed by `at`, widest first.
    std::optional<MandateAlert> next_alert;      // The next threshold still ahead.
    std::vector<MandateGap> gaps;                // Gaps that began on or before `at`.
};

/// The mandate in force on day `at`: the latest period that started on or before it, if it has not ended.
MandateStatus mandate_status(const MandateTimeline& timeline, std::chrono::sys_days at);

}  // namespace mssops::domain
