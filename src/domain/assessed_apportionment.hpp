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

/// A scale of assessments, where it was published and what it is.
struct AssessmentScale {
    std::vector<ScaleEntry> entries;
    std::string source;
    std::string label;  // What the table is, for the reader: "UN regular-budget scale 2025-2027; ...".
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

/// Whether a scale whose rates do not add up to 100 % may be applied.
enum class ScaleCoverage { whole, partial };

/// How far the rates may stray from 100 % and still count as a whole scale, in per cent x 10^6:
/// published rates are rounded (the UN's to three decimals), so 193 of them can miss by a little.
inline constexpr std::int64_t scale_total_tolerance_e6 = 1000;

/// A budget apportioned by a scale, with the share no member was assessed.
struct Apportionment {
    std::vector<Assessment> parts;
    std::int64_t rate_total_e6 = 0;  // Sum of the scale's rates, per cent x 10^6.
    Cents assigned = 0;              // Sum of the parts.
    Cents unassigned = 0;            // budget - assigned: 0 for a whole scale.
};

/// A rate in per cent x 10^6 as text without trailing zeros: 74400000 is "74.4".
std::string format_percent_e6(std::int64_t percent_e6);

/// Apportions `budget` by the scale. A scale whose rates sum to 100 % (within the tolerance) is
/// applied whole, as apportion() does. Otherwise invalid_input naming "scale" with the sum shown,
/// unless `coverage` is partial and the sum is below 100 %: then only that share of the budget
/// is apportioned, at the scale's own rates, and the rest is left unassigned. Never scaled up.
/// Other errors as apportion().
Result<Apportionment> apportion_budget(Cents budget, const AssessmentScale& scale, ScaleCoverage coverage);

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
