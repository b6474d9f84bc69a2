#include "domain/exchange_rates.hpp"

#include <cstdint>
#include <iterator>

namespace mssops::domain {
namespace {

constexpr std::int64_t rate_scale = 1'000'000'000;

// 128-bit intermediate: an amount of 10^12 cents times a rate of 10^12 does not fit 64 bits.
Result<Cents> scale_to_usd(Cents amount, std::int64_t usd_per_unit_e9, std::string_view currency) {
    __int128 product = static_cast<__int128>(amount) * usd_per_unit_e9;
    __int128 quotient = product / rate_scale;
    __int128 remainder = product % rate_scale;
    if (remainder < 0) remainder = -remainder;
    if (2 * remainder >= rate_scale) quotient += product < 0 ? -1 : 1;
    if (quotient > INT64_MAX || quotient < INT64_MIN)
        return Error::invalid("amount", "is too large to convert from " + std::string(currency) + " to USD");
    return static_cast<Cents>(quotient);
}

}  // namespace

Result<void> ExchangeRateTable::add(ExchangeRate rate) {
    if (rate.usd_per_unit_e9 <= 0)
        return Error::invalid(
            "usd_per_unit", "must be above zero for " + rate.currency + " on " + to_iso_day(rate.effective));
    auto& days = by_currency_[rate.currency];
    if (days.contains(rate.effective))
        return Error::conflict(
            "date", "the table already has a " + rate.currency + " rate for " + to_iso_day(rate.effective));
    days.emplace(rate.effective, std::move(rate));
    return {};
}

Result<ExchangeRate> ExchangeRateTable::rate_on(std::string_view currency, std::chrono::sys_days day) const {
    auto found = by_currency_.find(currency);
    if (found != by_currency_.end()) {
        auto after = found->second.upper_bound(day);
        if (after != found->second.begin()) return std::prev(after)->second;
    }
    return Error::not_found("currency", "no exchange rate for " + std::string(currency) + " on or before " +
                                            to_iso_day(day) +
                                            "; add one to the rate table or give amount_usd");
}

Result<Cents> ExchangeRateTable::to_usd(Cents amount, std::string_view currency,
                                        const PartialDate& date) const {
    if (currency == "USD") return amount;
    auto rate = rate_on(currency, date.first_day());
    if (!rate) return rate.error();
    return scale_to_usd(amount, rate->usd_per_unit_e9, currency);
}

std::vector<ExchangeRate> ExchangeRateTable::rates() const {
    std::vector<ExchangeRate> all;
    for (const auto& [currency, days] : by_currency_)
        for (const auto& [day, rate] : days) all.push_back(rate);
    return all;
}

Result<Cents> usd_value(const FundingFlow& flow, const ExchangeRateTable& rates) {
    if (flow.amount_usd) return *flow.amount_usd;
    return rates.to_usd(flow.amount, flow.currency, flow.date);
}

}  // namespace mssops::domain
