#include "domain/mission.hpp"

#include "domain/field_reader.hpp"

namespace mssops::domain {

Result<Mission> mission_from(const Record& record) {
    FieldReader reader(record);
    Mission mission;
    auto slug = reader.required_text("key");
    if (!slug) return slug.error();
    mission.slug = *slug;
    auto name = reader.required_text("name");
    if (!name) return name.error();
    mission.name = *name;
    mission.acronym = reader.optional_text("acronym");
    mission.host_country = reader.optional_text("host_country");
    mission.lead_nation = reader.optional_text("lead_nation");
    mission.mission_kind = reader.optional_text("mission_kind");
    auto start = reader.optional_date("start_date");
    if (!start) return start.error();
    mission.start_date = *start;
    auto end = reader.optional_date("end_date");
    if (!end) return end.error();
    mission.end_date = *end;
    if (mission.start_date && mission.end_date &&
        mission.end_date->last_day() < mission.start_date->first_day())
        return Error::invalid(reader.where("end_date"), "must be on or after start_date " +
                                                            mission.start_date->to_text() + ", got " +
                                                            mission.end_date->to_text());
    mission.predecessor = reader.optional_text("predecessor");
    mission.succession_resolution = reader.optional_text("succession_resolution");
    mission.source_id = reader.optional_text("source_id");
    return mission;
}

}  // namespace mssops::domain
