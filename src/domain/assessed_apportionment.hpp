#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/funding_summary.hpp"
#include "domain/money.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// Decimal places kept in a rate of assessment given in per cent: 26.1584 is 26158400.
inline constexpr int scale_places = 6;

/// One member's rate in a scale of assessments, in per cent x 10^6.
struct ScaleEntry {
    std::string member;  // ISO 3166-1 alpha-3.
    std::string name;
    std::int64_t percent_e6 = 0;
};

/// A scale of assessments and where it was published.
struct AssessmentScale {
    std::vector<ScaleEntry> entries;
    std::string source;
};

/// One member's part of an apportioned budget.
struct Assessment {
    std::string member;
    std::string name;
    std::int64_t percent_e6 = 0;
    Cents assessed = 0;
};

/// Apportions `budget` (US cents) by the scale. Rates are taken relative to their sum, so the whole
/// budget is apportioned even when the published rates add up to 99.9999 or 100.0001 per cent.
/// Each member gets the floor of its exact share; the cents left over go one each to the largest
/// remainders, ties to the member code that sorts first (Hamilton's method): the parts sum
/// exactly to the budget. Result in scale order. invalid_input for a negative budget, an empty
/// scale, a duplicate member or a rate below zero; the field names the entry.
Result<std::vector<Assessment>> apportion(Cents budget, const AssessmentScale& scale);

/// A member's assessed share beside what it gave under voluntary funding.
struct AssessedVersusGiven {
    std::string member;  // Member code, or the donor as recorded when it is not in the scale.
    std::string name;
    bool in_scale = true;
    Cents assessed = 0;
    StatusTotals given;
    Cents paid_minus_assessed = 0;  // given.paid - assessed: negative when it paid less than its share.
};

/// Side by side: every member of the scale with what it gave (zero when nothing), then donors
/// outside the scale (organisations, non-members) with assessed 0, in donor order.
std::vector<AssessedVersusGiven> compare_with_given(const std::vector<Assessment>& assessments,
                                                    const std::vector<DonorTotals>& given);

}  // namespace mssops::domain
