#include "domain/expenditure.hpp"

#include <cstdio>

#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"

namespace mssops::domain {

Result<Expenditure> expenditure_from(const Record& record) {
    if (record.kind != kinds::expenditures)
        return Error::invalid("kind", "must be expenditures, got \"" + record.kind + "\"");
    Expenditure spent;
    const std::string* mission = record.text("mission");
    if (!mission) return Error::invalid("mission", "is required on an expenditure");
    spent.mission = *mission;
    const std::string* month_text = record.text("month");
    if (!month_text) return Error::invalid("month", "is required on an expenditure");
    auto month = PartialDate::parse(*month_text, "month");
    if (!month) return month.error();
    if (month->precision == DatePrecision::year)
        return Error::invalid("month", "must name a month such as 2025-01, got \"" + *month_text + "\"");
    spent.month = std::chrono::year{month->year} / std::chrono::month{month->month};
    const std::string* category = record.text("category");
    if (!category) return Error::invalid("category", "is required on an expenditure");
    spent.category = *category;
    auto amount = record.number("amount_usd");
    if (!amount) return Error::invalid("amount_usd", "is required on an expenditure");
    spent.amount_usd = cents_from_number(*amount);
    return spent;
}

std::string to_text(std::chrono::year_month month) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(month.year()),
                  static_cast<unsigned>(month.month()));
    return buffer;
}

}  // namespace mssops::domain
