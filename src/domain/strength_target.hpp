#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/partial_date.hpp"
#include "domain/personnel_type.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// A stated personnel target for a mission (kind strength_targets): "2,500 police by January 2025".
struct StrengthTarget {
    std::string key;
    std::string mission;
    PersonnelType personnel_type = PersonnelType::all;
    std::int64_t number = 0;
    PartialDate by_date;  // "2025-01": the target falls due on the last day the date stands for.
    std::string stated_by;
    std::optional<PartialDate> stated_on;
    std::string source_id;
};

/// The typed view of a strength_targets record; invalid_input names the field that is missing or wrong.
Result<StrengthTarget> strength_target_from(const Record& record);

}  // namespace mssops::domain
