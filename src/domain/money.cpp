#include "domain/money.hpp"

#include <cmath>
#include <limits>

namespace mssops::domain {
namespace {

Error bad_decimal(std::string_view text, int places, std::string_view field) {
    return Error::invalid(std::string(field), "must be a decimal number with at most " +
                                                  std::to_string(places) + " decimal places, got \"" +
                                                  std::string(text) + "\"");
}

}  // namespace

Result<std::int64_t> parse_scaled_decimal(std::string_view text, int places, std::string_view field) {
    MSSOPS_VERIFY(places >= 0 && places <= 12);
    std::string_view rest = text;
    bool negative = false;
    if (!rest.empty() && (rest.front() == '-' || rest.front() == '+')) {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    auto point = rest.find('.');
    std::string_view whole = rest.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? std::string_view{} : rest.substr(point + 1);
    if (whole.empty() && fraction.empty()) return bad_decimal(text, places, field);
    if (point != std::string_view::npos && fraction.empty()) return bad_decimal(text, places, field);
    if (static_cast<int>(fraction.size()) > places) return bad_decimal(text, places, field);
    // Unsigned arithmetic with an explicit bound keeps overflow from being undefined.
    const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::uint64_t value = 0;
    auto push_digit = [&](char c) {
        if (c < '0' || c > '9') return false;
        if (value > (limit - static_cast<std::uint64_t>(c - '0')) / 10) return false;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
        return true;
    };
    for (char c : whole)
        if (!push_digit(c)) return bad_decimal(text, places, field);
    for (char c : fraction)
        if (!push_digit(c)) return bad_decimal(text, places, field);
    for (int i = static_cast<int>(fraction.size()); i < places; ++i)
        if (!push_digit('0')) return bad_decimal(text, places, field);
    auto signed_value = static_cast<std::int64_t>(value);
    return negative ? -signed_value : signed_value;
}

Result<Cents> parse_cents(std::string_view text, std::string_view field) {
    return parse_scaled_decimal(text, 2, field);
}

Cents cents_from_number(double amount) {
    return static_cast<Cents>(std::llround(amount * 100.0));
}

std::string format_cents(Cents amount) {
    // Work in unsigned so the most negative value prints instead of overflowing.
    bool negative = amount < 0;
    std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(amount + 1)) + 1 : static_cast<std::uint64_t>(amount);
    std::string fraction = std::to_string(magnitude % 100);
    if (fraction.size() < 2) fraction.insert(0, "0");
    return (negative ? "-" : "") + std::to_string(magnitude / 100) + "." + fraction;
}

double cents_to_number(Cents amount) {
    return static_cast<double>(amount) / 100.0;
}

std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator) {
    MSSOPS_VERIFY(denominator != 0);
    std::int64_t quotient = numerator / denominator;
    std::int64_t remainder = numerator % denominator;
    // Twice the remainder against the divisor decides half-away-from-zero without overflow for
    // the amounts money reaches (well under 2^62).
    if (remainder != 0) {
        bool same_sign = (remainder < 0) == (denominator < 0);
        std::int64_t twice = remainder < 0 ? -remainder : remainder;
        std::int64_t divisor = denominator < 0 ? -denominator : denominator;
        if (2 * twice >= divisor) quotient += same_sign ? 1 : -1;
    }
    return quotient;
}

}  // namespace mssops::domain
