#include "domain/assessed_apportionment.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace mssops::domain {

Result<std::vector<Assessment>> apportion(Cents budget, const AssessmentScale& scale) {
    if (budget < 0) return Error::invalid("budget", "must be 0 or more, got " + format_cents(budget));
    if (scale.entries.empty()) return Error::invalid("scale", "must list at least one member");
    std::set<std::string> seen;
    __int128 total_rate = 0;
    for (std::size_t i = 0; i < scale.entries.size(); ++i) {
        const ScaleEntry& entry = scale.entries[i];
        std::string field = "scale[" + std::to_string(i) + "]";
        if (!seen.insert(entry.member).second)
            return Error::invalid(field + ".member", "lists " + entry.member + " a second time");
        if (entry.percent_e6 < 0)
            return Error::invalid(field + ".rate", "must be 0 or more for " + entry.member);
        total_rate += entry.percent_e6;
    }
    if (total_rate == 0) return Error::invalid("scale", "rates must not all be zero");

    // Exact shares as budget * rate / total_rate, held as quotient and remainder in 128 bits so
    // nothing is lost before the leftover cents are handed out.
    std::vector<Assessment> parts;
    std::vector<__int128> remainders;
    Cents handed_out = 0;
    for (const ScaleEntry& entry : scale.entries) {
        __int128 exact = static_cast<__int128>(budget) * entry.percent_e6;
        auto floor_share = static_cast<Cents>(exact / total_rate);
        parts.push_back({entry.member, entry.name, entry.percent_e6, floor_share});
        remainders.push_back(exact % total_rate);
        handed_out += floor_share;
    }
    std::vector<std::size_t> order(parts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b]) return remainders[a] > remainders[b];
        return parts[a].member < parts[b].member;
    });
    // The floors fall short of the budget by fewer cents than there are members.
    Cents left = budget - handed_out;
    MSSOPS_VERIFY(left >= 0 && left < static_cast<Cents>(parts.size()));
    for (Cents i = 0; i < left; ++i) parts[order[static_cast<std::size_t>(i)]].assessed += 1;
    return parts;
}

std::string format_percent_e6(std::int64_t percent_e6) {
    std::string sign = percent_e6 < 0 ? "-" : "";
    std::int64_t magnitude = percent_e6 < 0 ? -percent_e6 : percent_e6;
    std::string text = sign + std::to_string(magnitude / 1000000);
    std::string fraction = std::to_string(1000000 + magnitude % 1000000).substr(1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    if (!fraction.empty()) text += "." + fraction;
    return text;
}

Result<Apportionment> apportion_budget(Cents budget, const AssessmentScale& scale, ScaleCoverage coverage) {
    constexpr std::int64_t hundred = 100 * 1000000LL;
    std::int64_t total = 0;
    for (const ScaleEntry& entry : scale.entries) total += entry.percent_e6;
    bool whole = total >= hundred - scale_total_tolerance_e6 && total <= hundred + scale_total_tolerance_e6;
    if (whole) {
        auto parts = apportion(budget, scale);
        if (!parts) return parts.error();
        return Apportionment{std::move(parts).value(), total, budget, 0};
    }
    std::string sum = "the scale's rates sum to " + format_percent_e6(total) + " %, not 100 %";
    if (total > hundred)
        return Error::invalid("scale",
                              sum + "; a scale that assigns more than the whole budget cannot be applied");
    if (coverage == ScaleCoverage::whole)
        return Error::invalid("scale",
                              sum +
                                  "; pass --partial (partial=true on the API) to apportion only that "
                                  "share and leave " +
                                  format_percent_e6(hundred - total) + " % of the budget unassigned");
    // Only the scale's share of the budget is assessed, at the published rates: a member with
    // 22 % pays 22 % of the budget, never more because other members are missing.
    auto assigned = static_cast<Cents>(static_cast<__int128>(budget) * total / hundred);
    auto parts = apportion(assigned, scale);
    if (!parts) return parts.error();
    return Apportionment{std::move(parts).value(), total, assigned, budget - assigned};
}

std::vector<AssessedVersusGiven> compare_with_given(const std::vector<Assessment>& assessments,
                                                    const std::vector<DonorTotals>& given) {
    std::map<std::string, StatusTotals> by_donor;
    for (const auto& donor : given) by_donor[donor.donor] = donor.totals;
    std::vector<AssessedVersusGiven> rows;
    std::set<std::string> members;
    for (const auto& part : assessments) {
        AssessedVersusGiven row{part.member, part.name, true, part.assessed, {}, 0};
        if (auto found = by_donor.find(part.member); found != by_donor.end()) row.given = found->second;
        row.paid_minus_assessed = row.given.paid - row.assessed;
        rows.push_back(std::move(row));
        members.insert(part.member);
    }
    for (const auto& donor : given) {
        if (members.contains(donor.donor)) continue;
        rows.push_back({donor.donor, "", false, 0, donor.totals, donor.totals.paid});
    }
    return rows;
}

}  // namespace mssops::domain
