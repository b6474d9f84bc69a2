#include "domain/partial_date.hpp"

#include <charconv>
#include <cstdio>

namespace mssops::domain {
namespace {

using namespace std::chrono;

bool read_digits(std::string_view text, std::size_t count, int& out) {
    if (text.size() != count) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && end == text.data() + text.size();
}

Error bad_date(std::string_view text, std::string_view field) {
    return Error::invalid(std::string(field),
                          "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (optionally followed "
                          "by ~ for approximate), got \"" +
                              std::string(text) + "\"");
}

}  // namespace

Result<PartialDate> PartialDate::parse(std::string_view text, std::string_view field) {
    PartialDate date;
    std::string_view rest = text;
    if (!rest.empty() && rest.back() == '~') {
        date.approximate = true;
        rest.remove_suffix(1);
    }
    int year = 0, month = 1, day = 1;
    if (rest.size() < 4 || !read_digits(rest.substr(0, 4), 4, year)) return bad_date(text, field);
    date.precision = DatePrecision::year;
    if (rest.size() > 4) {
        if (rest.size() < 7 || rest[4] != '-' || !read_digits(rest.substr(5, 2), 2, month))
            return bad_date(text, field);
        date.precision = DatePrecision::month;
        if (rest.size() > 7) {
            if (rest.size() != 10 || rest[7] != '-' || !read_digits(rest.substr(8, 2), 2, day))
                return bad_date(text, field);
            date.precision = DatePrecision::day;
        }
    }
    if (month < 1 || month > 12) return bad_date(text, field);
    year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                       std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return bad_date(text, field);
    date.year = year;
    date.month = static_cast<unsigned>(month);
    date.day = static_cast<unsigned>(day);
    return date;
}

PartialDate PartialDate::from_days(sys_days days) {
    year_month_day ymd{days};
    return PartialDate{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()), DatePrecision::day, false};
}

std::string PartialDate::to_text() const {
    char buffer[16];
    switch (precision) {
        case DatePrecision::year:
            std::snprintf(buffer, sizeof buffer, "%04d", year);
            break;
        case DatePrecision::month:
            std::snprintf(buffer, sizeof buffer, "%04d-%02u", year, month);
            break;
        case DatePrecision::day:
            std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
            break;
    }
    std::string text = buffer;
    if (approximate) text += '~';
    return text;
}

sys_days PartialDate::first_day() const {
    return sys_days{
        year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}};
}

sys_days PartialDate::last_day() const {
    switch (precision) {
        case DatePrecision::day:
            return first_day();
        case DatePrecision::month:
            return sys_days{
                year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}};
        case DatePrecision::year:
            return sys_days{year_month_day{std::chrono::year{year}, December, std::chrono::day{31}}};
    }
    return first_day();
}

std::string to_iso_day(sys_days days) {
    return PartialDate::from_days(days).to_text();
}

Result<sys_days> parse_iso_day(std::string_view text, std::string_view field) {
    auto date = PartialDate::parse(text, field);
    if (!date || date->precision != DatePrecision::day || date->approximate)
        return Error::invalid(std::string(field),
                              "must be a day as YYYY-MM-DD, got \"" + std::string(text) + "\"");
    return date->first_day();
}

}  // namespace mssops::domain
