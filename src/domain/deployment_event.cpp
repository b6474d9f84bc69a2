#include "domain/deployment_event.hpp"

#include "domain/field_reader.hpp"

namespace mssops::domain {

Result<DeploymentEvent> deployment_event_from(const Record& record) {
    FieldReader reader(record);
    DeploymentEvent event;
    event.key = record.key();
    auto mission = reader.required_text("mission");
    if (!mission) return mission.error();
    event.mission = *mission;
    auto country = reader.required_text("country");
    if (!country) return country.error();
    event.country = *country;
    auto type = reader.vocabulary_choice<PersonnelType>("personnel_type", parse_personnel_type);
    if (!type) return type.error();
    event.personnel_type = *type;
    auto count = reader.required_integer("count");
    if (!count) return count.error();
    if (*count < 1)
        return Error::invalid(reader.where("count"), "must be at least 1, got " + std::to_string(*count));
    event.count = *count;
    auto kind = reader.choice<DeploymentKind>("event", {{"pledged", DeploymentKind::pledged},
                                                        {"arrived", DeploymentKind::arrived},
                                                        {"rotated_out", DeploymentKind::rotated_out},
                                                        {"withdrawn", DeploymentKind::withdrawn}});
    if (!kind) return kind.error();
    event.kind = *kind;
    auto date = reader.required_date("date");
    if (!date) return date.error();
    event.date = *date;
    auto basis =
        reader.choice<DeploymentBasis>("basis",
                                       {{"reported", DeploymentBasis::reported},
                                        {"cumulative_estimate", DeploymentBasis::cumulative_estimate}},
                                       DeploymentBasis::reported);
    if (!basis) return basis.error();
    event.basis = *basis;
    event.source_id = reader.optional_text("source_id");
    event.same_movement_as = reader.optional_text("same_movement_as");
    return event;
}

const char* to_text(DeploymentKind kind) {
    switch (kind) {
        case DeploymentKind::pledged:
            return "pledged";
        case DeploymentKind::arrived:
            return "arrived";
        case DeploymentKind::rotated_out:
            return "rotated_out";
        case DeploymentKind::withdrawn:
            return "withdrawn";
    }
    return "arrived";
}

}  // namespace mssops::domain
