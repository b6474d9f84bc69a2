#include "ingest/boundary_crosswalk.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/boundary_reader.hpp"

using namespace mssops;
using ingest::Replace;

namespace {

const std::filesystem::path fixture =
    std::filesystem::path(MSSOPS_SOURCE_DIR) / "tests/cases/boundaries-geoboundaries/input.geojson";
const std::filesystem::path table =
    std::filesystem::path(MSSOPS_SOURCE_DIR) / "data/boundaries/subdivision_codes.json";

ingest::BoundaryOptions geoboundaries(const char* code_property) {
    ingest::BoundaryOptions options;
    options.source_id = "geoboundaries-hti";
    options.pcode_property = code_property;
    options.name_property = "shapeName";
    return options;
}

domain::Record stored_unit(std::int64_t id, const char* pcode, const char* name, const char* name_alt) {
    domain::Record record;
    record.kind = "admin_units";
    record.id = id;
    std::string key = pcode;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    record.fields = {{"key", key},
                     {"pcode", std::string(pcode)},
                     {"name", std::string(name)},
                     {"name_alt", std::string(name_alt)},
                     {"level", std::int64_t{1}},
                     {"country", std::string("HTI")},
                     {"source_id", std::string("natural-earth-admin1-haiti")}};
    return record;
}

std::vector<domain::Record> stored() {
    return {stored_unit(1, "HT01", "Ouest", "West"), stored_unit(4, "HT04", "Nord-Est", "North-East"),
            stored_unit(7, "HT07", "Sud", "South")};
}

std::string text(const domain::Fields& fields, const char* name) {
    const std::string* value = domain::text_of(fields, name);
    return value ? *value : "(none)";
}

}  // namespace

TEST(subdivision_crosswalk, reads_the_iso_3166_2_codes_of_haiti_s_ten_departments) {
    auto crosswalk = ingest::SubdivisionCrosswalk::read(table);
    ASSERT_TRUE(crosswalk) << crosswalk.error().message;
    EXPECT_EQ(crosswalk->pcode("HT-OU"), "HT01");
    EXPECT_EQ(crosswalk->pcode("ht-ga"), "HT08");
    EXPECT_EQ(crosswalk->pcode("HT-NI"), "HT10");
    EXPECT_EQ(crosswalk->pcode("HT01"), std::nullopt);
}

TEST(map_onto_existing, maps_iso_3166_2_codes_onto_the_stored_p_codes) {
    auto units = ingest::read_boundaries(fixture, geoboundaries("shapeISO"));
    ASSERT_TRUE(units) << units.error().message;
    auto crosswalk = ingest::SubdivisionCrosswalk::read(table).value();
    auto report = ingest::map_onto_existing(*units, stored(), crosswalk);
    EXPECT_EQ(report.by_code, 2);
    EXPECT_EQ(report.by_name, 0);
    ASSERT_EQ(units->size(), 2u);
    EXPECT_EQ(text((*units)[0], "pcode"), "HT01");
    EXPECT_EQ(text((*units)[0], "key"), "ht01");
    // The same unit as the stored one keeps its names; the geometry and source are the file's.
    EXPECT_EQ(text((*units)[0], "name"), "Ouest");
    EXPECT_EQ(text((*units)[0], "source_id"), "geoboundaries-hti");
    EXPECT_EQ(text((*units)[1], "pcode"), "HT04");
}

TEST(map_onto_existing, maps_unknown_codes_by_the_name_without_suffix_or_accent) {
    auto units = ingest::read_boundaries(fixture, geoboundaries("shapeID"));
    ASSERT_TRUE(units) << units.error().message;
    auto report =
        ingest::map_onto_existing(*units, stored(), ingest::SubdivisionCrosswalk::read(table).value());
    EXPECT_EQ(report.by_code, 0);
    EXPECT_EQ(report.by_name, 2);
    EXPECT_EQ(text((*units)[0], "pcode"), "HT01");  // "Ouest Department"
    EXPECT_EQ(text((*units)[1], "pcode"), "HT04");  // "Département du Nord-Est"
}

TEST(map_onto_existing, maps_iso_codes_by_the_table_when_the_store_holds_no_units) {
    auto units = ingest::read_boundaries(fixture, geoboundaries("shapeISO"));
    ASSERT_TRUE(units);
    ingest::map_onto_existing(*units, {}, ingest::SubdivisionCrosswalk::read(table).value());
    EXPECT_EQ(text((*units)[0], "pcode"), "HT01");
    EXPECT_EQ(text((*units)[0], "name"), "Ouest Department");
}

TEST(read_boundaries, lists_the_file_s_properties_when_the_p_code_property_is_missing) {
    ingest::BoundaryOptions options;
    options.source_id = "geoboundaries-hti";
    auto units = ingest::read_boundaries(fixture, options);
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "input.geojson:features[0].ADM1_PCODE");
    EXPECT_EQ(
        units.error().message,
        "must hold the unit's P-code; the file's properties are shapeName, shapeISO, shapeID, shapeGroup, "
        "shapeType: name the one holding the units' codes with --pcode-property (codes that are not "
        "P-codes, such as ISO 3166-2 HT-OU, are mapped by the crosswalk) and their names with "
        "--name-property");
}

TEST(check_second_set, refuses_units_of_another_source_at_a_level_that_has_units) {
    auto units = ingest::read_boundaries(fixture, geoboundaries("shapeISO")).value();
    auto refused = ingest::check_second_set(1, stored(), units, "geoboundaries-hti", Replace::no);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::conflict);
    EXPECT_EQ(refused.error().field, "--replace");
    EXPECT_EQ(
        refused.error().message,
        "level 1 already holds 3 admin units from source natural-earth-admin1-haiti; the file's 2 units "
        "from geoboundaries-hti would be a second set: pass --replace to put them in their place");
    EXPECT_TRUE(ingest::check_second_set(1, stored(), units, "geoboundaries-hti", Replace::yes));
    // A re-import of the same source is an update, and a level without units takes any set.
    EXPECT_TRUE(ingest::check_second_set(1, stored(), units, "natural-earth-admin1-haiti", Replace::no));
    EXPECT_TRUE(ingest::check_second_set(2, {}, units, "geoboundaries-hti", Replace::no));
}

TEST(units_replaced, names_the_stored_units_the_new_set_lacks) {
    auto units = ingest::read_boundaries(fixture, geoboundaries("shapeISO")).value();
    ingest::map_onto_existing(units, stored(), ingest::SubdivisionCrosswalk::read(table).value());
    EXPECT_EQ(ingest::units_replaced(stored(), units), (std::vector<std::int64_t>{7}));
}
