#include "report/figure_format.hpp"

#include <cmath>
#include <cstdio>

namespace mssops::report {
namespace {

const char* const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

std::string month_name(unsigned month) {
    return month >= 1 && month <= 12 ? month_names[month - 1] : std::to_string(month);
}

}  // namespace

std::string format_count(std::int64_t count) {
    std::string digits = std::to_string(count < 0 ? -count : count);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return count < 0 ? "-" + out : out;
}

std::string format_count(std::int64_t count, domain::CountQualifier qualifier) {
    switch (qualifier) {
        case domain::CountQualifier::approximately:
            return "about " + format_count(count);
        case domain::CountQualifier::at_least:
            return "at least " + format_count(count);
        case domain::CountQualifier::at_most:
            return "at most " + format_count(count);
        case domain::CountQualifier::exact:
            break;
    }
    return format_count(count);
}

std::string format_day(std::chrono::sys_days day) {
    std::chrono::year_month_day date{day};
    return std::to_string(static_cast<unsigned>(date.day())) + " " +
           month_name(static_cast<unsigned>(date.month())) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string format_date(const domain::PartialDate& date) {
    std::string text;
    switch (date.precision) {
        case domain::DatePrecision::day:
            text = format_day(date.first_day());
            break;
        case domain::DatePrecision::month:
            text = month_name(date.month) + " " + std::to_string(date.year);
            break;
        case domain::DatePrecision::year:
            text = std::to_string(date.year);
            break;
    }
    return date.approximate ? "about " + text : text;
}

std::string format_usd(domain::Cents cents) {
    std::int64_t magnitude = cents < 0 ? -cents : cents;
    char fraction[4];
    std::snprintf(fraction, sizeof fraction, "%02d", static_cast<int>(magnitude % 100));
    return std::string(cents < 0 ? "-" : "") + "USD " + format_count(magnitude / 100) + "." + fraction;
}

std::string format_percent(double fraction) {
    char buffer[32];
    double percent = fraction * 100;
    if (percent != 0 && std::fabs(percent) < 10)
        std::snprintf(buffer, sizeof buffer, "%.1f%%", percent);
    else
        std::snprintf(buffer, sizeof buffer, "%.0f%%", percent);
    return buffer;
}

std::string format_change(std::int64_t now, std::int64_t before) {
    if (now == before) return "no change";
    std::string sign = now > before ? "+" : "";
    std::string out = sign + format_count(now - before);
    if (before == 0) return out + " (none before)";
    return out + " (" + sign +
           format_percent(static_cast<double>(now - before) / static_cast<double>(before)) + ")";
}

}  // namespace mssops::report
