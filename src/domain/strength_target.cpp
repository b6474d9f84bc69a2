#include "domain/strength_target.hpp"

#include "domain/field_reader.hpp"

namespace mssops::domain {

Result<StrengthTarget> strength_target_from(const Record& record) {
    FieldReader reader(record);
    StrengthTarget target;
    target.key = record.key();
    auto mission = reader.required_text("mission");
    if (!mission) return mission.error();
    target.mission = *mission;
    auto type = reader.vocabulary_choice<PersonnelType>("personnel_type", parse_personnel_type);
    if (!type) return type.error();
    target.personnel_type = *type;
    auto number = reader.required_integer("number");
    if (!number) return number.error();
    if (*number < 1)
        return Error::invalid(reader.where("number"), "must be at least 1, got " + std::to_string(*number));
    target.number = *number;
    auto by_date = reader.required_date("by_date");
    if (!by_date) return by_date.error();
    target.by_date = *by_date;
    target.stated_by = reader.optional_text("stated_by");
    auto stated_on = reader.optional_date("stated_on");
    if (!stated_on) return stated_on.error();
    target.stated_on = *stated_on;
    target.source_id = reader.optional_text("source_id");
    return target;
}

}  // namespace mssops::domain
