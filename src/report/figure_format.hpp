#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "domain/money.hpp"
#include "domain/partial_date.hpp"
#include "domain/strength_report.hpp"

namespace mssops::report {

/// A whole number with thousands separators: 2500 -> "2,500", -1200 -> "-1,200".
std::string format_count(std::int64_t count);
/// A head count as a source qualifies it: "about 400", "at least 300", "2,500".
std::string format_count(std::int64_t count, domain::CountQualifier qualifier);
/// A day as people write it: "2 October 2025".
std::string format_day(std::chrono::sys_days day);
/// A date at its precision: "7 November 2024", "November 2024", "2024"; "about November 2024" when
/// the source marks it approximate.
std::string format_date(const domain::PartialDate& date);
/// US cents as dollars with separators: "USD 1,234,567.89".
std::string format_usd(domain::Cents cents);
/// A fraction as a percentage: 0.16 -> "16%"; below 10% with one decimal: 0.004 -> "0.4%".
std::string format_percent(double fraction);
/// The change from `before` to `now` in words: "+25 (+25%)", "-3 (-10%)", "no change", "+4 (none before)".
std::string format_change(std::int64_t now, std::int64_t before);

}  // namespace mssops::report
