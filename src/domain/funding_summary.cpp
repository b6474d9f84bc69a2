#include "domain/funding_summary.hpp"

#include <algorithm>

namespace mssops::domain {
namespace {

using std::chrono::months;
using std::chrono::year_month;

std::int64_t months_between(year_month first, year_month last) {
    return (last - first).count() + 1;
}

bool on_or_before(const PartialDate& date, const std::optional<year_month>& as_of) {
    if (!as_of) return true;
    return year_month{std::chrono::year{date.year}, std::chrono::month{date.month}} <= *as_of;
}

std::string flow_label(const FundingFlow& flow) {
    return flow.key.empty() ? std::to_string(flow.id) : flow.key;
}

std::vector<FundingFlow> flows_up_to(const std::vector<FundingFlow>& flows,
                                     const std::optional<year_month>& as_of) {
    std::vector<FundingFlow> kept;
    for (const auto& flow : flows)
        if (on_or_before(flow.date, as_of)) kept.push_back(flow);
    return kept;
}

std::optional<BurnRate> burn_over(const std::vector<MonthSpending>& spending, std::int64_t window) {
    if (spending.empty()) return std::nullopt;
    BurnRate burn;
    burn.last = spending.back().month;
    burn.first = burn.last - months{window - 1};
    // The window never reaches before the first month with spending: a mission is not credited
    // with months in which it did not yet exist.
    if (burn.first < spending.front().month) burn.first = spending.front().month;
    burn.months = months_between(burn.first, burn.last);
    for (const auto& month : spending)
        if (month.month >= burn.first) burn.spent += month.amount;
    burn.per_month = divide_rounded(burn.spent, burn.months);
    return burn;
}

}  // namespace

void StatusTotals::add(FlowStatus status, Cents amount) {
    switch (status) {
        case FlowStatus::pledged:
            pledged += amount;
            break;
        case FlowStatus::committed:
            committed += amount;
            break;
        case FlowStatus::paid:
            paid += amount;
            break;
    }
}

Result<std::vector<DonorTotals>> totals_by_donor(const std::vector<FundingFlow>& flows,
                                                 const ExchangeRateTable& rates) {
    std::map<std::string, StatusTotals> by_donor;
    for (const auto& flow : flows) {
        auto usd = usd_value(flow, rates);
        if (!usd) {
            Error error = usd.error();
            error.field = "funding_flows[" + flow_label(flow) + "]." + error.field;
            return error;
        }
        by_donor[flow.donor].add(flow.status, usd.value());
    }
    std::vector<DonorTotals> totals;
    for (auto& [donor, sums] : by_donor) totals.push_back({donor, sums});
    std::stable_sort(totals.begin(), totals.end(), [](const DonorTotals& a, const DonorTotals& b) {
        return a.totals.total() > b.totals.total();
    });
    return totals;
}

Result<FundingSummary> summarize_funding(const std::vector<FundingFlow>& flows,
                                         const std::vector<Expenditure>& spending,
                                         const ExchangeRateTable& rates, const SummaryOptions& options) {
    if (options.burn_window_months < 1)
        return Error::invalid("burn_window_months",
                              "must be at least 1, got " + std::to_string(options.burn_window_months));
    if (options.deployed && *options.deployed < 0)
        return Error::invalid("deployed", "must be 0 or more, got " + std::to_string(*options.deployed));

    FundingSummary summary;
    auto donors = totals_by_donor(flows_up_to(flows, options.as_of), rates);
    if (!donors) return donors.error();
    summary.by_donor = std::move(donors.value());
    for (const auto& donor : summary.by_donor) {
        summary.all.pledged += donor.totals.pledged;
        summary.all.committed += donor.totals.committed;
        summary.all.paid += donor.totals.paid;
    }

    std::map<year_month, MonthSpending> by_month;
    for (const auto& item : spending) {
        if (options.as_of && item.month > *options.as_of) continue;
        MonthSpending& month = by_month[item.month];
        month.month = item.month;
        month.amount += item.amount_usd;
        month.by_category[item.category] += item.amount_usd;
        summary.spent += item.amount_usd;
    }
    for (auto& [month, total] : by_month) summary.spending.push_back(std::move(total));

    summary.cash_on_hand = summary.all.paid - summary.spent;
    summary.burn = burn_over(summary.spending, options.burn_window_months);
    summary.deployed = options.deployed;
    if (summary.burn && summary.burn->spent > 0) {
        // Runway from the exact burn (cash * months / spent over the window), not the rounded
        // per_month, so the figure is rounded once.
        Cents cash = std::max<Cents>(summary.cash_on_hand, 0);
        summary.runway_tenths = divide_rounded(cash * 10 * summary.burn->months, summary.burn->spent);
        if (options.deployed && *options.deployed > 0)
            summary.cost_per_officer_month =
                divide_rounded(summary.burn->spent, summary.burn->months * *options.deployed);
    }
    return summary;
}

}  // namespace mssops::domain
