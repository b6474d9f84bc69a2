#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/message.hpp"
#include "domain/stated_strength.hpp"
#include "domain/strength_target.hpp"

namespace mssops::domain {

/// Whether the shortfall on a target's due date was observed or projected.
/// Whether the shortfall on a target's due date was observed, projected, or only what is still missing
/// because no figure falls inside the pace window (nothing is projected from no data).
enum class ShortfallBasis { observed, projected_at_pace, no_recent_data };

/// When a target is reached at the pace observed over a window before the date of the forecast.
struct PaceForecast {
    int window_days = 0;
    std::chrono::sys_days window_start{};
    std::int64_t net_change = 0;  // Stated strength at the date less stated strength at window_start.
    double per_day = 0;           // net_change / window_days: the linear pace of net arrivals.
    bool reachable = false;
    std::optional<std::chrono::sys_days> reached_on;
    bool on_time = false;                      // reached_on is on or before the target's due date.
    std::string reason;                        // How the date was found, or why there is none.
    Message reason_coded;                      // `reason` as a code and parameters: "forecast.pace".
    std::optional<PartialDate> last_evidence;  // The newest figure on or before the date (any age).
    bool no_recent_data = false;               // No figure after window_start: no pace is measured.
};

/// When a target is reached if every outstanding pledge arrives on its date.
struct PledgeForecast {
    std::int64_t outstanding = 0;  // Pledged, not on the ground, including pledges dated later.
    std::int64_t overdue = 0;      // Outstanding pledges whose date has passed; assumed to arrive at once.
    std::int64_t attainable = 0;   // Stated strength plus every outstanding pledge.
    bool reachable = false;        // false: the target cannot be met on pledges alone.
    std::optional<std::chrono::sys_days> reached_on;
    bool on_time = false;
    std::string reason;
    Message reason_coded;                 // `reason` as a code and parameters: "pledges.reached".
    std::vector<std::string> source_ids;  // Sources of the pledge events of the target's personnel type.
};

/// Progress toward one target and when it will be met.
struct TargetForecast {
    StrengthTarget target;
    std::chrono::sys_days due{};  // The last day target.by_date stands for: "2025-01" is due 2025-01-31.
    StrengthFigure current;       // Stated strength of the target's personnel type at the date.
    double progress = 0;          // current.count / target.number.
    std::int64_t remaining = 0;   // max(0, target.number - current.count).
    bool due_date_passed = false;
    std::int64_t shortfall_on_due = 0;  // max(0, number - strength on the due date).
    ShortfallBasis shortfall_basis = ShortfallBasis::observed;
    std::optional<StrengthFigure> at_due;  // The figure on the due date, when it has passed.
    PaceForecast pace;
    PledgeForecast pledges;
};

/// Forecast settings.
struct ForecastOptions {
    int window_days = 90;  // How far back the observed pace is measured.
};

/// Checks window_days: invalid_input on "window_days" unless it is 1..3650.
Result<void> validate_forecast_options(const ForecastOptions& options);

/// Progress, shortfall and forecasts for `target` as of day `at`, from one mission's events and reports.
/// Strength figures follow stated_strength() with `sources`, so the pace is measured between two chosen
/// figures only: a movement several sources report counts once, and a source's disagreement is no
/// growth. The pace forecast extends the window's net change linearly; with no strength figure dated
/// inside the window it measures no pace and says since when data is missing (never "a net change of
/// 0"); the pledge forecast adds each contingent's outstanding pledges (max(0, pledged - deployed)) on
/// their dates, or at `at` when their date has passed. A due date still ahead gets a shortfall projected
/// at pace.
TargetForecast forecast_target(const StrengthTarget& target, const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, std::chrono::sys_days at,
                               const ForecastOptions& options, const SourceIndex& sources = {});

/// "observed", "projected_at_pace", "no_recent_data".
const char* to_text(ShortfallBasis basis);

}  // namespace mssops::domain
