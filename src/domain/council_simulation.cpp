#include "domain/council_simulation.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <set>

namespace mssops::domain {
namespace {

constexpr double sum_tolerance = 1e-9;
constexpr double pivotal_tolerance = 1e-12;
constexpr std::size_t max_members = 64;

std::string number_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.12g", value);
    return buffer;
}

// dp[k][v]: probability that k members voted yes and v (0 or 1) says whether a permanent member voted no.
using Table = std::vector<std::array<double, 2>>;

Table distribution(const std::vector<MemberStance>& members, std::size_t skipped) {
    Table table(members.size() + 1, {0.0, 0.0});
    table[0][0] = 1.0;
    std::size_t counted = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i == skipped) continue;
        const MemberStance& member = members[i];
        ++counted;
        for (std::size_t k = counted; k-- > 0;) {
            for (int v = 1; v >= 0; --v) {
                double here = table[k][v];
                if (here == 0.0) continue;
                table[k][v] = 0.0;
                table[k + 1][v] += here * member.yes;
                table[k][v] += here * member.abstain;
                table[k][member.permanent ? 1 : v] += here * member.no;
            }
        }
    }
    return table;
}

double adoption_in(const Table& table, int threshold) {
    double total = 0;
    for (std::size_t k = static_cast<std::size_t>(threshold); k < table.size(); ++k) total += table[k][0];
    return total;
}

// P(adopted) once member `i` has voted `choice`, from the table of the other members' votes.
double adoption_given(const Table& others, const MemberStance& member, VoteChoice choice, int threshold) {
    if (choice == VoteChoice::no && member.permanent) return 0.0;
    int needed = choice == VoteChoice::yes ? threshold - 1 : threshold;
    return adoption_in(others, std::max(needed, 0));
}

}  // namespace

Result<void> validate_stances(const std::vector<MemberStance>& members) {
    if (members.empty()) return Error::invalid("members", "must list at least one member, got none");
    if (members.size() > max_members)
        return Error::invalid("members",
                              "must list at most 64 members, got " + std::to_string(members.size()));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const MemberStance& member = members[i];
        std::string where = "members[" + std::to_string(i) + "]";
        if (member.member.empty()) return Error::invalid(where + ".member", "is required, got nothing");
        if (!seen.insert(member.member).second)
            return Error::invalid(where + ".member",
                                  "must be listed once, got \"" + member.member + "\" again");
        const std::pair<const char*, double> parts[] = {
            {"yes", member.yes}, {"no", member.no}, {"abstain", member.abstain}};
        for (const auto& [name, p] : parts)
            if (!(p >= 0.0 && p <= 1.0))
                return Error::invalid(where + "." + name,
                                      "must be a probability between 0 and 1, got " + number_text(p));
        double sum = member.yes + member.no + member.abstain;
        if (std::fabs(sum - 1.0) > sum_tolerance)
            return Error::invalid(where,
                                  "yes + no + abstain must sum to 1 (within 1e-9), got " + number_text(sum));
    }
    return {};
}

Result<SimulationResult> simulate_council(const std::vector<MemberStance>& members, int threshold) {
    if (auto valid = validate_stances(members); !valid) return valid.error();
    if (threshold < 1 || threshold > static_cast<int>(members.size()))
        return Error::invalid("threshold", "must be between 1 and the " + std::to_string(members.size()) +
                                               " members, got " + std::to_string(threshold));
    SimulationResult result;
    result.threshold = threshold;
    Table all = distribution(members, members.size());
    for (std::size_t k = 0; k < all.size(); ++k) {
        double exactly = all[k][0] + all[k][1];
        result.yes_distribution.push_back(exactly);
        result.expected_yes += static_cast<double>(k) * exactly;
        if (static_cast<int>(k) >= threshold) {
            result.adoption += all[k][0];
            result.veto_decides += all[k][1];
        } else {
            result.failure += exactly;
        }
    }

    for (std::size_t i = 0; i < members.size(); ++i) {
        const MemberStance& member = members[i];
        if (member.permanent && member.no == 1.0) result.certain_vetoers.push_back(member.member);
        Table others = distribution(members, i);
        MemberInfluence influence;
        influence.member = member.member;
        influence.permanent = member.permanent;
        influence.adoption_if_yes = adoption_given(others, member, VoteChoice::yes, threshold);
        influence.adoption_if_no = adoption_given(others, member, VoteChoice::no, threshold);
        influence.adoption_if_abstain = adoption_given(others, member, VoteChoice::abstain, threshold);
        influence.swing = influence.adoption_if_yes - influence.adoption_if_no;
        influence.pivotal = influence.swing > pivotal_tolerance;
        if (influence.pivotal) result.pivotal.push_back(member.member);
        result.members.push_back(influence);
    }

    if (!result.certain_vetoers.empty()) {
        std::string names;
        for (const auto& name : result.certain_vetoers) names += (names.empty() ? "" : ", ") + name;
        result.verdict = VoteOutcome::vetoed;
        bool several = result.certain_vetoers.size() > 1;
        result.verdict_reason_coded = message("council.certain_veto")
                                          .with("several", several ? "yes" : "no")
                                          .with("vetoers", names)
                                          .with("threshold", std::to_string(threshold));
    } else {
        result.verdict = VoteOutcome::adopted;
        double best = result.adoption;
        if (result.failure > best) {
            result.verdict = VoteOutcome::failed;
            best = result.failure;
        }
        if (result.veto_decides > best) {
            result.verdict = VoteOutcome::vetoed;
            best = result.veto_decides;
        }
        result.verdict_reason_coded = message("council.most_probable")
                                          .with("verdict", to_text(result.verdict))
                                          .with("probability", number_text(best));
    }
    result.verdict_reason = english(result.verdict_reason_coded);
    return result;
}

}  // namespace mssops::domain
