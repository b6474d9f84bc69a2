#pragma once

#include <optional>
#include <string>

#include "domain/partial_date.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// A mission (kind missions) as the summary reads it.
struct Mission {
    std::string slug;  // The record's key: "mss-haiti".
    std::string name;
    std::string acronym;
    std::string host_country;
    std::string lead_nation;
    std::string mission_kind;  // "multinational_authorized" or "un_peacekeeping".
    std::optional<PartialDate> start_date;
    std::optional<PartialDate> end_date;  // Its mandate lapsed or a successor took over; none: it goes on.
    std::string predecessor;              // Key of the mission this one succeeded; "" when none.
    std::string succession_resolution;    // Key of the resolution that made the change; "" when none.
    std::string source_id;
};

/// The typed view of a missions record; invalid_input names the field that is missing or wrong.
Result<Mission> mission_from(const Record& record);

}  // namespace mssops::domain
