#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.hpp"
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
    Message label_coded;  // `label` as a code ("resolution.label"), for a language to say "resolution 2751".
};

/// Days without a mandate between two periods.
struct MandateGap {
    std::chrono::sys_days from{};  // First day with no mandate.
    std::chrono::sys_days to{};    // Last day with no mandate.
    std::int64_t days = 0;
    std::string after;    // Label of the resolution whose mandate lapsed.
    std::string before;   // Label of the resolution that restored one.
    Message after_coded;  // `after` and `before` as codes ("resolution.label").
    Message before_coded;
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
    Message message_coded;  // `message` as a code and parameters: "mandate.expiry", "mandate.next_alert".
};

/// The alert thresholds, in days before the mandate ends.
inline constexpr int mandate_alert_days[] = {90, 30, 7};

/// A recorded vote in counts, as people say it: "12-0-3".
struct VoteCount {
    int yes = 0;
    int no = 0;
    int abstain = 0;
    std::vector<std::string> against;     // Names (or codes) of the members voting no, as recorded.
    std::vector<std::string> abstaining;  // Names (or codes) of the members abstaining, as recorded.

    /// "12-0-3".
    std::string text() const;
};

/// How a mission's mandate ended: another mission took over under a resolution.
struct MandateSuccession {
    std::string successor;       // The successor's key: "gsf-haiti".
    std::string successor_name;  // "Gang Suppression Force in Haiti".
    std::chrono::sys_days successor_start{};
    std::string resolution;  // Key of the resolution that made the change; "" when not recorded.
    std::string label;       // "S/RES/2793 (2025)"; "" when the resolution is not recorded.
    std::optional<std::chrono::sys_days> adopted;
    std::optional<VoteCount> vote;  // When the resolution carries a recorded vote.
    std::string source_id;          // The resolution's source, else the successor's.
    std::string text;               // "succeeded by the Gang Suppression Force in Haiti (S/RES/2793 ...".
    Message text_coded;             // `text` as a code and parameters: "mandate.succeeded_by".
};

/// Where the mandate stands: none recorded yet, in force, lapsed, or ended by a successor.
enum class MandateState { none, in_force, lapsed, succeeded };

/// The mandate as it stands on one day.
struct MandateStatus {
    std::chrono::sys_days at{};
    bool in_force = false;
    std::optional<MandatePeriod> period;         // In force at `at`, or the last one that lapsed before it.
    std::optional<std::int64_t> days_remaining;  // end - at, when in force.
    std::vector<MandateAlert> alerts;            // Every threshold crossed by `at`, widest first.
    std::optional<MandateAlert> next_alert;      // The next threshold still ahead.
    std::vector<MandateGap> gaps;                // Gaps that began on or before `at`.
    MandateState state = MandateState::none;
    std::optional<MandateSuccession> succeeded_by;  // Set by apply_succession().
};

/// The mandate in force on day `at`: the latest period that started on or before it, if it has not ended.
MandateStatus mandate_status(const MandateTimeline& timeline, std::chrono::sys_days at);

/// Marks `status` as ended by `succession` once the successor has started (successor_start <= at):
/// a mandate no longer in force reads "succeeded", not "lapsed", and its lapse alert is dropped; a
/// mandate still running its last days keeps in_force but loses its expiry alerts, since a successor
/// already holds the authority. Before the successor starts, `status` is left as it is.
void apply_succession(MandateStatus& status, const MandateSuccession& succession);

/// The state in words: "in force to 2025-10-02, 274 days remaining", "lapsed: ran to 2025-10-02",
/// "succeeded by the Gang Suppression Force in Haiti (...): ran to 2025-10-02", "no mandate recorded
/// on or before 2023-01-01".
std::string mandate_state_text(const MandateStatus& status);

/// "none", "in_force", "lapsed", "succeeded".
const char* to_text(MandateState state);

}  // namespace mssops::domain
