#pragma once

#include <chrono>
#include <compare>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::domain {

/// How much of a date its source stated.
enum class DatePrecision { day, month, year };

/// A calendar date that keeps its precision: "2025-01" stays a month, "2024-11-07" a day.
/// A trailing "~" (ISO 8601-2 / EDTF) marks the date approximate: "2025-01~".
struct PartialDate {
    int year = 1970;
    unsigned month = 1;  // 1 when precision is year.
    unsigned day = 1;    // 1 when precision is month or year.
    DatePrecision precision = DatePrecision::day;
    bool approximate = false;

    /// Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed by "~".
    /// Errors name `field` and quote the text.
    static Result<PartialDate> parse(std::string_view text, std::string_view field);
    /// A day-precision date.
    static PartialDate from_days(std::chrono::sys_days days);

    /// The text form it was read from: "2025-01", "2024-11-07~".
    std::string to_text() const;
    /// The first and last day the date may stand for: for "2025-01", 1 and 31 January.
    std::chrono::sys_days first_day() const;
    std::chrono::sys_days last_day() const;

    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

/// Days since 1970-01-01 as an ISO day: "2025-10-02".
std::string to_iso_day(std::chrono::sys_days days);
/// Reads a strict "YYYY-MM-DD"; errors name `field`.
Result<std::chrono::sys_days> parse_iso_day(std::string_view text, std::string_view field);

}  // namespace mssops::domain
