#include "ingest/csv_reader.hpp"

#include <gtest/gtest.h>

#include <cstdio>

#include "ingest/incident_import.hpp"
#include "store/store.hpp"

using namespace mssops;
using namespace mssops::ingest;

namespace {

const std::string latin1_csv =
    "event_id_cnty,event_date,event_type,admin1,fatalities\n"
    "HTI1,2024-10-03,Battles,Ouest,1\n"
    "HTI2,2024-10-04,Battles,N\xF2"
    "dw\xE8s,2\n";
const std::string utf8_name =
    "N\xC3\xB2"
    "dw\xC3\xA8s";

std::unique_ptr<store::Store> fresh_store(const std::string& name) {
    const std::string path = ::testing::TempDir() + name + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
    auto opened = store::open_store(path);
    EXPECT_TRUE(opened) << opened.error().message;
    return opened ? std::move(opened).value() : nullptr;
}

}  // namespace

TEST(csv_reader_encoding, refuses_a_latin1_field_naming_its_line_and_column) {
    auto csv = CsvReader::from_text(
        "name,place\nx,N\xF2"
        "dw\xE8s\n",
        "units.csv");
    ASSERT_TRUE(csv.read_header());
    auto row = csv.next_row();
    ASSERT_FALSE(row);
    EXPECT_EQ(row.error().code, domain::ErrorCode::invalid_input);
    EXPECT_EQ(row.error().field, "units.csv:2:2");
    EXPECT_EQ(row.error().message,
              "byte 0xF2 at offset 1 is not valid UTF-8; the file is read as utf-8: name its encoding (e.g. "
              "cp1252 or latin1) or save it as UTF-8");
    EXPECT_TRUE(csv.undecodable());
}

TEST(csv_reader_encoding, decodes_windows_1252_fields_and_keeps_their_boundaries) {
    auto csv = CsvReader::from_text(
        "a,b,c\n\x93quoted\x94,\"N\xF2"
        "dw\xE8s, HT09\",\x80\n",
        "x.csv");
    csv.set_encoding(domain::TextEncoding::windows_1252);
    ASSERT_TRUE(csv.read_header());
    auto row = csv.next_row();
    ASSERT_TRUE(row) << row.error().message;
    ASSERT_EQ(csv.size(), 3u);
    EXPECT_EQ(csv.field(0), "\xE2\x80\x9Cquoted\xE2\x80\x9D");
    EXPECT_EQ(csv.field(1), utf8_name + ", HT09");
    EXPECT_EQ(csv.field(2), "\xE2\x82\xAC");
    EXPECT_FALSE(csv.undecodable());
}

TEST(csv_reader_encoding, refuses_a_byte_windows_1252_does_not_define) {
    auto csv = CsvReader::from_text("a\nok\n\x81\n", "x.csv");
    csv.set_encoding(domain::TextEncoding::windows_1252);
    ASSERT_TRUE(csv.read_header());
    ASSERT_TRUE(csv.next_row());
    auto row = csv.next_row();
    ASSERT_FALSE(row);
    EXPECT_EQ(row.error().field, "x.csv:3:1");
    EXPECT_EQ(row.error().message.substr(0, 53), "byte 0x81 at offset 0 is not defined in windows-1252;");
}

TEST(csv_reader_encoding, a_latin1_incident_file_is_refused_whole_even_when_bad_rows_may_be_skipped) {
    auto store = fresh_store("latin1_incidents_refused");
    ASSERT_TRUE(store);
    IncidentImportOptions options;  // skip_bad_rows: a wrong encoding is not a bad row.
    auto report = import_incidents(CsvReader::from_text(latin1_csv, "events.csv"), store->incidents(),
                                   store::Actor{"test"}, options);
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().field, "events.csv:3:4");
    EXPECT_EQ(report.error().message.substr(0, 40), "byte 0xF2 at offset 1 is not valid UTF-8");
    EXPECT_FALSE(store->incidents().find_by_key("hti1")) << "nothing partial lands";
}

TEST(csv_reader_encoding, a_latin1_incident_file_imports_when_its_encoding_is_named) {
    auto store = fresh_store("latin1_incidents_named");
    ASSERT_TRUE(store);
    auto csv = CsvReader::from_text(latin1_csv, "events.csv");
    csv.set_encoding(*domain::encoding_from_label("latin1"));
    auto report = import_incidents(std::move(csv), store->incidents(), store::Actor{"test"}, {});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->counts.created, 2);
    auto stored = store->incidents().find_by_key("hti2");
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(*domain::text_of(stored->fields, "admin1"), utf8_name);
}
