#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/funding_flow.hpp"
#include "domain/money.hpp"
#include "domain/partial_date.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// Decimal places kept in a rate: USD per unit x 10^9, so a yen rate keeps six significant digits.
inline constexpr int rate_places = 9;

/// One published rate: from `effective` on, one unit of `currency` is worth this many USD.
struct ExchangeRate {
    std::string currency;              // ISO 4217.
    std::chrono::sys_days effective;   // The day the rate applies from.
    std::int64_t usd_per_unit_e9 = 0;  // USD per unit x 10^9.
    std::string source;                // Where the rate was published.
};

/// Rates by currency and day; a conversion uses the latest rate on or before the flow's date.
/// USD converts at 1 by definition and needs no row.
class ExchangeRateTable {
public:
    /// Adds a rate. invalid_input ("usd_per_unit") when it is not above zero; conflict ("date")
    /// when the table already holds a rate for that currency on that day.
    Result<void> add(ExchangeRate rate);
    /// The rate in force on `day`: the latest on or before it. not_found naming "currency" and
    /// the day when the table holds none.
    Result<ExchangeRate> rate_on(std::string_view currency, std::chrono::sys_days day) const;
    /// `amount` (hundredths of `currency`) in US cents on `date`, rounded half away from zero.
    /// A month- or year-precision date converts at the rate in force on its first day.
    Result<Cents> to_usd(Cents amount, std::string_view currency, const PartialDate& date) const;
    /// Every rate, by currency then day.
    std::vector<ExchangeRate> rates() const;

private:
    std::map<std::string, std::map<std::chrono::sys_days, ExchangeRate>, std::less<>> by_currency_;
};

/// A flow's value in US cents: its stored amount_usd when it has one, else its amount converted
/// at its date (errors as ExchangeRateTable::to_usd).
Result<Cents> usd_value(const FundingFlow& flow, const ExchangeRateTable& rates);

}  // namespace mssops::domain
