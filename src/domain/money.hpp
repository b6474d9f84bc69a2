#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::domain {

/// An amount of money in hundredths of its currency unit (US cents for USD). Sums are exact.
using Cents = std::int64_t;

/// Reads a plain decimal ("1234", "-0.5", "1234.567") as an integer scaled by 10^places:
/// parse_scaled_decimal("1.25", 2) is 125. More decimals than `places`, an exponent, a thousands
/// separator or an out-of-range value is invalid_input naming `field` and quoting the text.
Result<std::int64_t> parse_scaled_decimal(std::string_view text, int places, std::string_view field);
/// Reads an amount of money with at most two decimals as cents.
Result<Cents> parse_cents(std::string_view text, std::string_view field);
/// A stored number (which may be a double) as cents, rounded half away from zero.
Cents cents_from_number(double amount);
/// Cents as a decimal with two places: 123456 -> "1234.56", -5 -> "-0.05".
std::string format_cents(Cents amount);
/// Cents as a JSON-friendly number of units; exact for amounts below 2^53 cents.
double cents_to_number(Cents amount);
/// numerator / denominator rounded half away from zero; the denominator must not be 0.
std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator);

}  // namespace mssops::domain
