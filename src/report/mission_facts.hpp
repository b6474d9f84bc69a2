#pragma once

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/council_membership.hpp"
#include "domain/mission_summary.hpp"
#include "domain/result.hpp"
#include "store/incident_store.hpp"
#include "store/record_store.hpp"

namespace mssops::report {

/// Every recorded fact the mission summary reads, as typed views: the mission (not_found naming
/// "slug" when no mission has that key), its deployment events, strength reports, targets and
/// resolutions, and every position on a transition to a UN peacekeeping operation. A stored record
/// that does not read as its type is invalid_input naming it ("deployment_events[ken-1].count").
/// The facts also hold every stored mission, the resolutions those missions name as their succession,
/// the names of countries (for recorded votes in words) and the dates of the mission's funding flows.
domain::Result<domain::MissionFacts> load_mission_facts(store::RecordStore& records, std::string_view slug);

/// Every stored mission, as typed views; invalid_input naming a record that does not read as one.
domain::Result<std::vector<domain::Mission>> load_missions(store::RecordStore& records);

/// The date of the newest incident on or before `at`; nullopt when none is stored.
domain::Result<std::optional<domain::PartialDate>> newest_incident_date(store::IncidentStore& incidents,
                                                                        std::chrono::sys_days at);

/// Every council membership record.
domain::Result<std::vector<domain::CouncilMembership>> load_council_memberships(store::RecordStore& records);

/// Every position on `subject`, whatever mission it names.
domain::Result<std::vector<domain::Position>> load_positions(store::RecordStore& records,
                                                             std::string_view subject);

}  // namespace mssops::report
