#include "domain/vote_check.hpp"

#include <set>

namespace mssops::domain {

Result<VoteTally> check_recorded_outcome(const Resolution& resolution, const CouncilComposition& council) {
    if (!resolution.has_recorded_vote()) return VoteTally{};
    std::vector<MemberVote> votes;
    if (!council.members.empty()) {
        auto cast = recorded_votes(resolution, council);
        if (!cast) return cast.error();
        votes = std::move(cast).value();
    } else {
        // Nothing says who sat on the council that year; the Charter still names the permanent members.
        std::set<std::string> seen;
        const std::pair<const char*, const TextList*> lists[] = {
            {"votes_yes", &resolution.votes_yes},
            {"votes_no", &resolution.votes_no},
            {"votes_abstain", &resolution.votes_abstain}};
        const VoteChoice choices[] = {VoteChoice::yes, VoteChoice::no, VoteChoice::abstain};
        for (std::size_t i = 0; i < 3; ++i)
            for (const auto& member : *lists[i].second) {
                if (!seen.insert(member).second)
                    return Error::invalid(lists[i].first, member + " must vote once, got a second vote");
                votes.push_back({member, is_charter_permanent_member(member), choices[i]});
            }
    }
    VoteTally tally = tally_vote(votes);
    if (tally.outcome != resolution.outcome)
        return Error::invalid("outcome", std::string("must be ") + to_text(tally.outcome) +
                                             " under UN Charter Art. 27(3) for the recorded vote (" +
                                             tally.reason + "), got " + to_text(resolution.outcome));
    return tally;
}

}  // namespace mssops::domain
