#pragma once

#include "domain/council_membership.hpp"
#include "domain/council_vote.hpp"
#include "domain/resolution.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// Checks a resolution's recorded vote against its outcome under UN Charter Art. 27(3): "adopted" needs
/// at least 9 in favour and no permanent member's no; "vetoed" a permanent member's no with at least 9
/// in favour; "failed" neither. Voters must sit on `council` (the body's members in the year of the vote;
/// when no membership of that year is recorded, only the Charter's permanent members are known, and
/// membership is not checked) and vote once. invalid_input names the list or "outcome":
/// `outcome: must be vetoed under UN Charter Art. 27(3) for the recorded vote (...), got adopted`.
/// A resolution without a recorded vote passes.
Result<VoteTally> check_recorded_outcome(const Resolution& resolution, const CouncilComposition& council);

}  // namespace mssops::domain
