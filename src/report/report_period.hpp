#pragma once

#include <chrono>
#include <cstdint>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::report {

/// The days a situation report covers, both inclusive.
struct ReportPeriod {
    std::chrono::sys_days from{};
    std::chrono::sys_days to{};

    /// Days in the period: to - from + 1.
    std::int64_t days() const;
    /// The period of the same length that ends the day before `from`, which figures are compared with.
    ReportPeriod previous() const;
};

/// Days a report covers when `from` is not given.
inline constexpr int default_report_days = 30;
/// The longest period a report covers: about ten years.
inline constexpr int max_report_days = 3660;

/// The period from `from` and `to` (YYYY-MM-DD; "" takes the default). By default a report covers the
/// last 30 full days: `to` is the day before `today` and `from` is 29 days before `to`. invalid_input
/// naming "from" or "to" for a date that does not read, for `from` after `to`, and on "from" for a
/// period longer than max_report_days.
domain::Result<ReportPeriod> report_period(std::string_view from, std::string_view to,
                                           std::chrono::sys_days today);

}  // namespace mssops::report
