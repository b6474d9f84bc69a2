#pragma once

#include <string>
#include <vector>

#include "domain/council_membership.hpp"
#include "domain/message.hpp"
#include "domain/resolution.hpp"

namespace mssops::domain {

/// How one member voted; absent counts as not in favour and, like an abstention, is no veto.
enum class VoteChoice { yes, no, abstain, absent };

/// Votes in favour a Security Council draft needs (UN Charter Art. 27(3)).
inline constexpr int security_council_threshold = 9;

/// One member's vote.
struct MemberVote {
    std::string member;  // ISO3.
    bool permanent = false;
    VoteChoice choice = VoteChoice::absent;
};

/// A counted vote and its outcome under the Charter rule.
struct VoteTally {
    int yes = 0;
    int no = 0;
    int abstain = 0;
    int absent = 0;
    VoteOutcome outcome = VoteOutcome::failed;
    std::vector<std::string> vetoed_by;  // Permanent members voting no, when the draft had enough votes.
    std::string reason;
    Message reason_coded;  // `reason` as a code and parameters: "vote.vetoed".
};

/// Counts `votes` by UN Charter Art. 27(3): adopted with at least `threshold` votes in favour and no
/// negative vote of a permanent member; vetoed when it had the votes but a permanent member voted no;
/// failed otherwise. Abstention and absence are not vetoes.
VoteTally tally_vote(const std::vector<MemberVote>& votes, int threshold = security_council_threshold);

/// The recorded vote of `resolution` as each member of `council` cast it; members not listed are absent,
/// and a unanimous resolution without lists is every member in favour. invalid_input when a voter does
/// not sit on the council that year ("votes_no": "CAN is not a member of unsc in 2025") or votes twice.
Result<std::vector<MemberVote>> recorded_votes(const Resolution& resolution,
                                               const CouncilComposition& council);

/// "yes", "no", "abstain", "absent".
const char* to_text(VoteChoice choice);

}  // namespace mssops::domain
