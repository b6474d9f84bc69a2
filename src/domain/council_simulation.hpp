#pragma once

#include <string>
#include <vector>

#include "domain/council_vote.hpp"
#include "domain/message.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// One member's vote as probabilities of yes, no and abstain (they sum to 1).
struct MemberStance {
    std::string member;  // ISO3.
    bool permanent = false;
    double yes = 0;
    double no = 0;
    double abstain = 0;
    std::string basis;  // Why these probabilities: "opposes (position chn-2024-11)"; "" when given directly.
    Message basis_coded;    // `basis` as a code: "council.stance_basis"; no code when given directly.
    std::string source_id;  // The source of the position behind them, if any.
};

/// What one member's vote does to the chance of adoption.
struct MemberInfluence {
    std::string member;
    bool permanent = false;
    double adoption_if_yes = 0;
    double adoption_if_no = 0;
    double adoption_if_abstain = 0;
    double swing = 0;      // adoption_if_yes - adoption_if_no.
    bool pivotal = false;  // Its vote can change the outcome: swing > 1e-12.
};

/// The exact outcome distribution of a draft.
struct SimulationResult {
    double adoption = 0;      // P(at least `threshold` yes and no permanent no).
    double veto_decides = 0;  // P(at least `threshold` yes and a permanent no): the draft is vetoed.
    double failure = 0;       // P(fewer than `threshold` yes).
    double expected_yes = 0;
    std::vector<double> yes_distribution;  // [k] = P(exactly k votes in favour).
    int threshold = security_council_threshold;
    std::vector<std::string> certain_vetoers;  // Permanent members whose "no" is certain.
    VoteOutcome verdict = VoteOutcome::failed;
    std::string verdict_reason;
    Message verdict_reason_coded;          // `verdict_reason` as a code: "council.most_probable".
    std::vector<MemberInfluence> members;  // In the order given.
    std::vector<std::string> pivotal;      // Members whose vote can change the outcome.
};

/// Checks each member: a name, listed once, probabilities in [0, 1] summing to 1 within 1e-9;
/// 1 to 64 members. invalid_input names the field: "members[3].yes", "members[3]", "members".
Result<void> validate_stances(const std::vector<MemberStance>& members);

/// The exact probabilities of adoption, veto and failure, by dynamic programming over (votes in favour,
/// whether a permanent member voted no): no sampling. The verdict is "vetoed" when a permanent member is
/// certain to vote no (the draft cannot be adopted), else the most probable of the three outcomes.
/// Errors as validate_stances, and invalid_input on "threshold" unless it is 1..members.
Result<SimulationResult> simulate_council(const std::vector<MemberStance>& members,
                                          int threshold = security_council_threshold);

}  // namespace mssops::domain
