#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <vector>

#include "domain/claim_conflict.hpp"
#include "domain/strength_evidence.hpp"

namespace mssops::app {

/// Sources that disagree: each conflict with every claim (value, as-of date, sources, source kind,
/// whether it was used), the value used and the rule that chose it.
boost::json::array conflicts_to_json(const std::vector<domain::ClaimConflict>& conflicts);
/// One report or event behind a figure, with its role ("base", "added", "conflicting"...).
boost::json::object evidence_item_to_json(const domain::StrengthEvidenceItem& item);
/// Each contingent's count by the strength rule, with the reports and events it rests on.
boost::json::array contingent_evidence_to_json(const std::vector<domain::ContingentEvidence>& contingents);

}  // namespace mssops::app
