#pragma once

#include <cstdint>
#include <string>

#include "domain/partial_date.hpp"
#include "domain/personnel_type.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// What happened to a contingent: pledged (promised, not on the ground), arrived, rotated out, withdrawn.
enum class DeploymentKind { pledged, arrived, rotated_out, withdrawn };

/// Whether `count` is a movement, or a total on hand the source states ("about 200 Kenyans are there").
enum class DeploymentBasis { reported, cumulative_estimate };

/// A deployment event (kind deployment_events) as the strength computations read it.
struct DeploymentEvent {
    std::string key;
    std::string mission;
    std::string country;  // ISO3 of the contributing country.
    PersonnelType personnel_type = PersonnelType::police;
    std::int64_t count = 0;
    DeploymentKind kind = DeploymentKind::arrived;
    PartialDate date;
    DeploymentBasis basis = DeploymentBasis::reported;
    std::string source_id;
    std::string same_movement_as;  // Key of the event this one re-reports (one movement); "" for none.
};

/// The typed view of a deployment_events record; invalid_input names the field that is missing or wrong.
Result<DeploymentEvent> deployment_event_from(const Record& record);
/// "pledged", "arrived", "rotated_out", "withdrawn".
const char* to_text(DeploymentKind kind);

}  // namespace mssops::domain
