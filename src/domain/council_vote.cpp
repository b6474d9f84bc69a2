#include "domain/council_vote.hpp"

#include <algorithm>
#include <map>

namespace mssops::domain {
namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
    return text;
}

}  // namespace

VoteTally tally_vote(const std::vector<MemberVote>& votes, int threshold) {
    VoteTally tally;
    std::vector<std::string> permanent_no;
    for (const auto& vote : votes) {
        switch (vote.choice) {
            case VoteChoice::yes:
                ++tally.yes;
                break;
            case VoteChoice::no:
                ++tally.no;
                if (vote.permanent) permanent_no.push_back(vote.member);
                break;
            case VoteChoice::abstain:
                ++tally.abstain;
                break;
            case VoteChoice::absent:
                ++tally.absent;
                break;
        }
    }
    auto counted = [&](const char* code) {
        return message(code)
            .with("yes", std::to_string(tally.yes))
            .with("no", std::to_string(tally.no))
            .with("abstain", std::to_string(tally.abstain));
    };
    if (tally.yes < threshold) {
        tally.outcome = VoteOutcome::failed;
        tally.reason_coded = counted("vote.failed").with("threshold", std::to_string(threshold));
    } else if (!permanent_no.empty()) {
        // UN Charter Art. 27(3): the concurring votes of the permanent members are required, so one
        // permanent member's "no" defeats a draft that has the votes. An abstention is not a "no".
        tally.outcome = VoteOutcome::vetoed;
        tally.vetoed_by = permanent_no;
        tally.reason_coded = counted("vote.vetoed").with("vetoers", joined(permanent_no));
    } else {
        tally.outcome = VoteOutcome::adopted;
        tally.reason_coded = counted("vote.adopted");
    }
    tally.reason = english(tally.reason_coded);
    return tally;
}

Result<std::vector<MemberVote>> recorded_votes(const Resolution& resolution,
                                               const CouncilComposition& council) {
    std::map<std::string, VoteChoice> cast;
    bool unanimous_without_lists = resolution.unanimous && !resolution.has_recorded_vote();
    const std::pair<const char*, const TextList*> lists[] = {{"votes_yes", &resolution.votes_yes},
                                                             {"votes_no", &resolution.votes_no},
                                                             {"votes_abstain", &resolution.votes_abstain}};
    const VoteChoice choices[] = {VoteChoice::yes, VoteChoice::no, VoteChoice::abstain};
    for (std::size_t i = 0; i < 3; ++i) {
        for (const auto& member : *lists[i].second) {
            if (!council.find(member))
                return Error::invalid(lists[i].first, member + " is not a member of " + council.body +
                                                          " in " + std::to_string(council.year));
            if (!cast.emplace(member, choices[i]).second)
                return Error::invalid(lists[i].first, member + " must vote once, got a second vote");
        }
    }
    std::vector<MemberVote> votes;
    for (const auto& seat : council.members) {
        auto it = cast.find(seat.country);
        VoteChoice choice = it != cast.end()          ? it->second
                            : unanimous_without_lists ? VoteChoice::yes
                                                      : VoteChoice::absent;
        votes.push_back({seat.country, seat.permanent, choice});
    }
    return votes;
}

const char* to_text(VoteChoice choice) {
    switch (choice) {
        case VoteChoice::yes:
            return "yes";
        case VoteChoice::no:
            return "no";
        case VoteChoice::abstain:
            return "abstain";
        case VoteChoice::absent:
            return "absent";
    }
    return "absent";
}

}  // namespace mssops::domain
