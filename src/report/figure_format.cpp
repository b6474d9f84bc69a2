#include "report/figure_format.hpp"

#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>

#include <cmath>
#include <cstdio>
#include <memory>

#include "report/report_language.hpp"

namespace mssops::report {
namespace {

// English keeps the report's own writing ("2 October 2025", "2,500"); other languages go through ICU.
bool english() {
    return report_language().starts_with("en");
}

// Haitian Creole has no number or calendar data in ICU: numbers follow Haiti's French conventions and
// month names come from the report catalog.
icu::Locale icu_locale() {
    return icu::Locale(report_language() == "ht" ? "fr_HT" : report_language().c_str());
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// A day or a month through ICU's skeletons ("dMMMMy", "MMMMy"), in UTC as every stored date is.
std::string icu_date(std::chrono::sys_days day, const char* skeleton) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateFormat> format(
        icu::DateFormat::createInstanceForSkeleton(icu::UnicodeString(skeleton), icu_locale(), status));
    if (U_FAILURE(status) || !format) return "";
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    double millis = static_cast<double>(day.time_since_epoch().count()) * 86400000.0;
    icu::UnicodeString out;
    format->format(millis, out);
    return utf8(out);
}

const char* const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

std::string month_name(unsigned month) {
    if (report_language() == "ht") return tr("month." + std::to_string(month));
    return month >= 1 && month <= 12 ? month_names[month - 1] : std::to_string(month);
}

std::string month_year(int year, unsigned month) {
    if (english() || report_language() == "ht") return month_name(month) + " " + std::to_string(year);
    return icu_date(std::chrono::sys_days(std::chrono::year{year} / std::chrono::month{month} / 1), "MMMMy");
}

}  // namespace

std::string format_count(std::int64_t count) {
    if (!english()) {
        UErrorCode status = U_ZERO_ERROR;
        auto formatted = icu::number::NumberFormatter::withLocale(icu_locale()).formatInt(count, status);
        if (U_SUCCESS(status)) return utf8(formatted.toString(status));
    }
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
            return tr("count.about", {{"count", format_count(count)}});
        case domain::CountQualifier::at_least:
            return tr("count.at_least", {{"count", format_count(count)}});
        case domain::CountQualifier::at_most:
            return tr("count.at_most", {{"count", format_count(count)}});
        case domain::CountQualifier::exact:
            break;
    }
    return format_count(count);
}

std::string format_day(std::chrono::sys_days day) {
    std::chrono::year_month_day date{day};
    if (report_language() == "en-US" || (!english() && report_language() != "ht"))
        return icu_date(day, "dMMMMy");
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
            text = month_year(date.year, date.month);
            break;
        case domain::DatePrecision::year:
            text = std::to_string(date.year);
            break;
    }
    return date.approximate ? tr("date.about", {{"date", text}}) : text;
}

// Cents as an exact decimal string ("-0.50"), so ICU never rounds through a double.
static std::string decimal_dollars(domain::Cents cents) {
    std::int64_t magnitude = cents < 0 ? -cents : cents;
    char fraction[4];
    std::snprintf(fraction, sizeof fraction, "%02d", static_cast<int>(magnitude % 100));
    return std::string(cents < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + fraction;
}

std::string format_usd(domain::Cents cents) {
    if (!english()) {
        UErrorCode status = U_ZERO_ERROR;
        auto formatted = icu::number::NumberFormatter::withLocale(icu_locale())
                             .unit(icu::CurrencyUnit(u"USD", status))
                             .unitWidth(UNUM_UNIT_WIDTH_ISO_CODE)
                             .formatDecimal(decimal_dollars(cents), status);
        if (U_SUCCESS(status)) return utf8(formatted.toString(status));
    }
    std::int64_t magnitude = cents < 0 ? -cents : cents;
    char fraction[4];
    std::snprintf(fraction, sizeof fraction, "%02d", static_cast<int>(magnitude % 100));
    return std::string(cents < 0 ? "-" : "") + "USD " + format_count(magnitude / 100) + "." + fraction;
}

std::string format_percent(double fraction) {
    char buffer[32];
    double percent = fraction * 100;
    if (!english()) {
        UErrorCode status = U_ZERO_ERROR;
        auto precision = percent != 0 && std::fabs(percent) < 10 ? icu::number::Precision::fixedFraction(1)
                                                                 : icu::number::Precision::integer();
        auto formatted = icu::number::NumberFormatter::withLocale(icu_locale())
                             .unit(icu::MeasureUnit::getPercent())
                             .precision(precision)
                             .formatDouble(percent, status);
        if (U_SUCCESS(status)) return utf8(formatted.toString(status));
    }
    if (percent != 0 && std::fabs(percent) < 10)
        std::snprintf(buffer, sizeof buffer, "%.1f%%", percent);
    else
        std::snprintf(buffer, sizeof buffer, "%.0f%%", percent);
    return buffer;
}

std::string format_change(std::int64_t now, std::int64_t before) {
    if (now == before) return tr("change.none");
    std::string sign = now > before ? "+" : "";
    std::string out = sign + format_count(now - before);
    if (before == 0) return out + tr("change.none_before");
    return out + " (" + sign +
           format_percent(static_cast<double>(now - before) / static_cast<double>(before)) + ")";
}

}  // namespace mssops::report
