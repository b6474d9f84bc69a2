#include "domain/council_scenario.hpp"

namespace mssops::domain {

StanceProbabilities probabilities_for(const Stance* stance) {
    if (!stance) return {1.0 / 3, 1.0 / 3, 1.0 / 3};
    switch (*stance) {
        case Stance::supports:
            return {1.0, 0.0, 0.0};
        case Stance::opposes:
            return {0.0, 1.0, 0.0};
        case Stance::open:
            return {0.6, 0.1, 0.3};
        case Stance::withdrew_support:
            return {0.3, 0.1, 0.6};
        case Stance::undecided:
            return {1.0 / 3, 1.0 / 3, 1.0 / 3};
    }
    return {1.0 / 3, 1.0 / 3, 1.0 / 3};
}

Result<CouncilScenario> council_scenario(const CouncilComposition& council,
                                         const std::vector<Position>& positions, std::string_view subject,
                                         std::chrono::sys_days positions_as_of) {
    if (auto complete = check_security_council(council); !complete) return complete.error();
    CouncilScenario scenario;
    scenario.subject = std::string(subject);
    scenario.council = council;
    scenario.positions_as_of = positions_as_of;
    std::vector<Position> latest = latest_positions(positions, subject, positions_as_of);
    for (const auto& seat : council.members) {
        const Position* position = nullptr;
        for (const auto& candidate : latest)
            if (candidate.actor == seat.country) position = &candidate;
        StanceProbabilities p = probabilities_for(position ? &position->stance : nullptr);
        MemberStance member;
        member.member = seat.country;
        member.permanent = seat.permanent;
        member.yes = p.yes;
        member.no = p.no;
        member.abstain = p.abstain;
        if (position) {
            member.basis_coded = message("council.stance_basis")
                                     .with("stance", to_text(position->stance))
                                     .with("key", position->key)
                                     .with("date", position->date.to_text());
            member.source_id = position->source_id;
        } else {
            member.basis_coded = message("council.no_position");
        }
        member.basis = english(member.basis_coded);
        scenario.members.push_back(std::move(member));
    }
    return scenario;
}

}  // namespace mssops::domain
