#pragma once

#include <chrono>
#include <string>

#include "domain/money.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// What a mission spent in one month on one category, in US cents.
struct Expenditure {
    std::string mission;
    std::chrono::year_month month;
    std::string category;
    Cents amount_usd = 0;
};

/// Reads an expenditures record. invalid_input naming the field when one is missing, or when
/// `month` is a bare year (spending is counted by month).
Result<Expenditure> expenditure_from(const Record& record);

/// "2025-01".
std::string to_text(std::chrono::year_month month);

}  // namespace mssops::domain
