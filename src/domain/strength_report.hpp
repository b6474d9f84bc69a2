#pragma once

#include <cstdint>
#include <string>

#include "domain/partial_date.hpp"
#include "domain/personnel_type.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// How a source qualifies a head count: "approximately 400", "at least 300".
enum class CountQualifier { exact, approximately, at_least, at_most };

/// A head count a source states for a mission on a date (kind strength_reports).
struct StrengthReport {
    std::string key;
    std::string mission;
    PersonnelType personnel_type = PersonnelType::all;
    std::int64_t count = 0;
    CountQualifier qualifier = CountQualifier::exact;
    std::string country;  // "" when the count is the whole mission's.
    PartialDate date;
    std::string source_id;
};

/// The typed view of a strength_reports record; invalid_input names the field that is missing or wrong.
Result<StrengthReport> strength_report_from(const Record& record);
/// "exact", "approximately", "at_least", "at_most".
const char* to_text(CountQualifier qualifier);

}  // namespace mssops::domain
