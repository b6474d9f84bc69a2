#include "ingest/incident_csv_reader.hpp"
#include "unit/shared_data.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace mssops;
using namespace mssops::ingest;

namespace {

const std::string acled_header =
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,iso,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities,"
    "timestamp,extra\n";

IncidentCsvReader open(std::string text) {
    auto reader = IncidentCsvReader::open(CsvReader::from_text(std::move(text), "t.csv"));
    EXPECT_TRUE(reader) << reader.error().field << ": " << reader.error().message;
    return std::move(reader).value();
}

std::string text(const domain::Fields& fields, const char* name) {
    auto* value = domain::text_of(fields, name);
    return value ? *value : "<absent>";
}

}  // namespace

TEST(incident_csv_reader, maps_acled_columns_and_ignores_unknown_ones) {
    auto reader =
        open(acled_header +
             "HTI12345,03 October 2024,2024,1,Political violence,Battles,Armed clash,Viv Ansanm,"
             "Police Forces of Haiti (2021-),332,Haiti,Ouest,Port-au-Prince,Delmas,Delmas 32,18.5454,"
             "-72.3024,1,\"Le Nouvelliste; AlterPresse\",\"Clash, with \"\"notes\"\"\",4,1728000000,z\n");
    domain::Fields fields;
    auto row = reader.next(fields);
    ASSERT_TRUE(row) << row.error().message;
    ASSERT_TRUE(*row);
    EXPECT_FALSE(reader.uses_hxl());
    EXPECT_EQ(text(fields, "key"), "hti12345");
    EXPECT_EQ(text(fields, "date"), "2024-10-03");
    EXPECT_EQ(text(fields, "event_type"), "Battles");
    EXPECT_EQ(text(fields, "actor2"), "Police Forces of Haiti (2021-)");
    EXPECT_EQ(text(fields, "country"), "<absent>");  // 332 is ISO numeric, not alpha-3.
    EXPECT_EQ(text(fields, "reported_by"), "Le Nouvelliste; AlterPresse");
    EXPECT_EQ(text(fields, "notes"), "Clash, with \"notes\"");
    EXPECT_EQ(std::get<std::int64_t>(fields.at("fatalities")), 4);
    EXPECT_EQ(std::get<std::int64_t>(fields.at("time_precision")), 1);
    EXPECT_DOUBLE_EQ(std::get<double>(fields.at("latitude")), 18.5454);
    EXPECT_EQ(fields.count("extra"), 0u);
    EXPECT_FALSE(*reader.next(fields));
}

TEST(incident_csv_reader, reads_both_date_forms) {
    EXPECT_EQ(*read_event_date("2024-10-03", "event_date"), "2024-10-03");
    EXPECT_EQ(*read_event_date("03 October 2024", "event_date"), "2024-10-03");
    EXPECT_EQ(*read_event_date("3 October 2024", "event_date"), "2024-10-03");
    EXPECT_EQ(*read_event_date("29 feb 2024", "event_date"), "2024-02-29");
    auto bad = read_event_date("31 June 2024", "event_date");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "event_date");
    EXPECT_EQ(bad.error().message,
              "must be a date as YYYY-MM-DD or as \"03 October 2024\", got \"31 June 2024\"");
}

TEST(incident_csv_reader, reads_columns_by_hxl_tag_whatever_their_names) {
    auto reader = open(
        "Code,When,Kind,Sub kind,Who,Department,Lat,Lon,Killed,Dept code\n"
        "#event+code,#date+occurred,#event+type,#event+type+sub,#group+name+first,#adm1+name,#geo+lat,#geo+"
        "lon,"
        "#affected+killed,#adm1+code\n"
        "HTI1,2025-01-05,Riots,Mob violence,Rioters (Haiti),Artibonite,19.1,-72.7,2,HT05\n");
    domain::Fields fields;
    auto row = reader.next(fields);
    ASSERT_TRUE(row) << row.error().message;
    ASSERT_TRUE(*row);
    EXPECT_TRUE(reader.uses_hxl());
    EXPECT_EQ(text(fields, "key"), "hti1");
    EXPECT_EQ(text(fields, "event_type"), "Riots");
    EXPECT_EQ(text(fields, "sub_event_type"), "Mob violence");
    EXPECT_EQ(text(fields, "admin1"), "Artibonite");
    EXPECT_EQ(text(fields, "adm1_pcode"), "HT05");
    EXPECT_EQ(std::get<std::int64_t>(fields.at("fatalities")), 2);
    EXPECT_EQ(reader.rows(), 1);
}

TEST(incident_csv_reader, names_a_missing_required_column) {
    auto reader =
        IncidentCsvReader::open(CsvReader::from_text("event_id_cnty,event_type\nHTI1,Riots\n", "t.csv"));
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().field, "t.csv:1");
    EXPECT_EQ(reader.error().message,
              "missing the required column event_date (or an HXL #date+occurred tag)");
}

TEST(incident_csv_reader, reports_bad_values_at_their_line_and_column) {
    auto reader = open(
        "event_id_cnty,event_date,event_type,latitude,fatalities\n"
        "HTI1,2024-13-01,Riots,18.5,0\n"
        "HTI2,2024-01-01,Riots,91,0\n"
        "HTI3,2024-01-01,Riots,18.5,two\n"
        "HTI4,2024-01-01,,18.5,0\n"
        "HTI5,2024-01-01,Riots\n"
        "HTI6,2024-01-01,Riots,18.5,1\n");
    domain::Fields fields;
    std::vector<std::pair<std::string, std::string>> errors;
    for (int i = 0; i < 5; ++i) {
        auto row = reader.next(fields);
        ASSERT_FALSE(row);
        errors.emplace_back(row.error().field, row.error().message);
    }
    EXPECT_EQ(errors[0],
              std::make_pair(std::string("t.csv:2:2"),
                             std::string("event_date: must be a date as YYYY, YYYY-MM or YYYY-MM-DD "
                                         "(optionally followed by ~ for approximate), got \"2024-13-01\"")));
    EXPECT_EQ(errors[1], std::make_pair(std::string("t.csv:3:4"),
                                        std::string("latitude: must be between -90 and 90, got 91")));
    EXPECT_EQ(errors[2], std::make_pair(std::string("t.csv:4:5"),
                                        std::string("fatalities: must be a whole number, got \"two\"")));
    EXPECT_EQ(errors[3],
              std::make_pair(std::string("t.csv:5:3"), std::string("event_type: is required for incident")));
    EXPECT_EQ(errors[4], std::make_pair(std::string("t.csv:6:4"),
                                        std::string("expected 5 fields as in the header, got 3")));
    auto good = reader.next(fields);
    ASSERT_TRUE(good);
    EXPECT_TRUE(*good);
    EXPECT_EQ(text(fields, "key"), "hti6");
}

TEST(incident_csv_reader, derives_a_stable_key_when_the_file_has_no_event_id) {
    std::string csv =
        ",event_date,event_type,location,notes\n0,2024-02-06,Protests,Hinche,A\n1,2024-02-06,Protests,Hinche,"
        "A\n";
    auto first = open(csv);
    auto second = open(csv);
    domain::Fields a, b, c;
    ASSERT_TRUE(*first.next(a));
    ASSERT_TRUE(*first.next(b));
    ASSERT_TRUE(*second.next(c));
    EXPECT_EQ(text(a, "key"), text(c, "key"));
    EXPECT_EQ(text(a, "key").rfind("acled-", 0), 0u);
    EXPECT_EQ(text(a, "key").size(), 22u);
    EXPECT_EQ(text(b, "key"), text(a, "key") + "-2");
}

TEST(incident_csv_reader, reads_every_row_of_the_real_acled_extract) {
    MSSOPS_SKIP_WITHOUT_SHARED(MSSOPS_SHARED_DATA "/conflict/acled_haiti_2024-2025_raw_2026-02-09.csv");
    auto csv = CsvReader::open_file(MSSOPS_SHARED_DATA "/conflict/acled_haiti_2024-2025_raw_2026-02-09.csv");
    ASSERT_TRUE(csv);
    auto reader = IncidentCsvReader::open(std::move(csv).value());
    ASSERT_TRUE(reader);
    domain::Fields fields;
    std::map<std::string, int> by_admin1;
    std::set<std::string> keys;
    for (;;) {
        auto row = reader->next(fields);
        ASSERT_TRUE(row) << row.error().field << ": " << row.error().message;
        if (!*row) break;
        ++by_admin1[text(fields, "admin1")];
        keys.insert(text(fields, "key"));
    }
    EXPECT_EQ(reader->rows(), 4329);
    EXPECT_EQ(keys.size(), 4329u);
    EXPECT_EQ(by_admin1["Ouest"], 3248);
    EXPECT_EQ(by_admin1["Artibonite"], 463);
}

TEST(incident_csv_reader, reads_deleted_keys_from_an_acled_deletions_file) {
    auto keys = read_deleted_keys(
        CsvReader::from_text("event_id_cnty,deleted_timestamp\nHTI1,1700000000\nHTI9,1\n", "d.csv"));
    ASSERT_TRUE(keys);
    EXPECT_EQ(*keys, (std::vector<std::string>{"hti1", "hti9"}));
}

// Found by fuzz_csv_reader: a tag past the header's last column made the reader read a cell that no
// data row has (std::out_of_range, then terminate).
TEST(incident_csv_reader, refuses_an_hxl_row_with_more_cells_than_the_header) {
    auto reader = IncidentCsvReader::open(CsvReader::from_text(
        "Date,Event type\n#date+occurred,#event+type,#geo+lat\n2024-10-03,Battles\n", "t.csv"));
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().field, "t.csv:2:3");
    EXPECT_EQ(reader.error().message, "HXL hashtag row: expected 2 fields as in the header, got 3");
}

TEST(incident_csv_reader, reads_typed_rows_with_their_day_and_the_same_values_as_fields) {
    const std::string text =
        acled_header +
        "HTI7,03 October 2024,2024,2.0,Political violence,Battles,Armed clash,Viv Ansanm,,332,"
        "Haiti,Ouest,Port-au-Prince,,Delmas,18.5,-72.3,1,AP,Note,4,1728000000,z\n";
    auto by_row = open(text);
    auto by_fields = open(text);
    store::IncidentRow row;
    domain::Fields fields;
    ASSERT_TRUE(*by_row.next(row));
    ASSERT_TRUE(*by_fields.next(fields));
    EXPECT_EQ(row.to_fields(), fields);
    EXPECT_EQ(row.integer(store::incident_column("time_precision")), 2);  // "2.0" is a whole number.
    EXPECT_EQ(row.day(), store::incident_day(fields));
    EXPECT_EQ(row.content_hash(), store::incident_content_hash(fields));
}

TEST(incident_csv_reader, reports_the_first_bad_field_in_name_order_as_validate_fields_does) {
    auto reader = open(
        "event_id_cnty,event_date,event_type,time_precision,latitude,fatalities\n"
        "HTI1,2024-01-01,Riots,5,91,0\n"
        "HTI2,2024-01-01,Riots,2.5,18,0\n");
    store::IncidentRow row;
    auto both_bad = reader.next(row);
    ASSERT_FALSE(both_bad);
    EXPECT_EQ(both_bad.error().field, "t.csv:2:5");
    EXPECT_EQ(both_bad.error().message, "latitude: must be between -90 and 90, got 91");
    auto fraction = reader.next(row);
    ASSERT_FALSE(fraction);
    EXPECT_EQ(fraction.error().field, "t.csv:3:4");
    EXPECT_EQ(fraction.error().message, "time_precision: must be a whole number, got 2.5");
}
