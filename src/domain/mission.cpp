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
    mission.source_id = reader.optional_text("source_id");
    return mission;
}

}  // namespace mssops::domain
