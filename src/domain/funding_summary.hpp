#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/exchange_rates.hpp"
#include "domain/expenditure.hpp"
#include "domain/funding_flow.hpp"
#include "domain/money.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// US cents of flows by their current status. A flow counts once, under the status it has now.
struct StatusTotals {
    Cents pledged = 0;    // Still only pledged.
    Cents committed = 0;  // Committed, not yet paid.
    Cents paid = 0;

    /// Everything promised, whatever its status: pledged + committed + paid.
    Cents total() const { return pledged + committed + paid; }
    /// Promised but not yet paid: pledged + committed.
    Cents unpaid() const { return pledged + committed; }
    /// Adds `amount` under `status`.
    void add(FlowStatus status, Cents amount);
};

/// One donor's flows.
struct DonorTotals {
    std::string donor;
    StatusTotals totals;
};

/// One month's spending, in all and by category.
struct MonthSpending {
    std::chrono::year_month month;
    Cents amount = 0;
    std::map<std::string, Cents> by_category;
};

/// The monthly burn: what was spent over a window of calendar months, divided by its length.
struct BurnRate {
    std::chrono::year_month first;  // First month of the window.
    std::chrono::year_month last;   // Last month: the latest with spending on or before as_of.
    std::int64_t months = 0;  // Calendar months in the window; a month without records counts as 0 spent.
    Cents spent = 0;          // Spent over the window.
    Cents per_month = 0;      // spent / months, rounded to the cent.
};

/// How to summarise.
struct SummaryOptions {
    std::int64_t burn_window_months =
        3;  // Burn is averaged over this many months (or fewer when data starts later).
    std::optional<std::chrono::year_month> as_of;  // Leave out flows and spending after this month.
    std::optional<std::int64_t> deployed;          // Officers deployed, for the cost per officer.
};

/// Funding and spending of a mission, as donors and planners read it.
struct FundingSummary {
    StatusTotals all;
    std::vector<DonorTotals> by_donor;    // Largest total first, then by donor.
    std::vector<MonthSpending> spending;  // By month, oldest first.
    Cents spent = 0;                      // All spending up to as_of.
    Cents cash_on_hand = 0;               // Paid minus spent; negative when spending ran ahead.
    std::optional<BurnRate> burn;         // None without spending.
    std::optional<std::int64_t>
        runway_tenths;  // Months of burn that cash on hand covers, in tenths; none when burn is 0.
    std::optional<std::int64_t> deployed;
    std::optional<Cents> cost_per_officer_month;  // Burn per deployed officer; none without burn or officers.
};

/// Totals by donor, in US cents. Errors as usd_value, the field prefixed "funding_flows[<key or id>].".
Result<std::vector<DonorTotals>> totals_by_donor(const std::vector<FundingFlow>& flows,
                                                 const ExchangeRateTable& rates);

/// Summarises flows and spending. invalid_input for a burn window below 1 or a negative
/// deployed count; conversion errors as totals_by_donor.
Result<FundingSummary> summarize_funding(const std::vector<FundingFlow>& flows,
                                         const std::vector<Expenditure>& spending,
                                         const ExchangeRateTable& rates, const SummaryOptions& options);

}  // namespace mssops::domain
