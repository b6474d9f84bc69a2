#include "ingest/fts_csv.hpp"

#include <gtest/gtest.h>

using namespace mssops;
using ingest::CsvReader;
using ingest::FlowRow;
using ingest::FtsCsvReader;

namespace {

const char* header =
    "id,donor,recipient,amount_original,currency,amount_usd,status,date,description,source\n";

domain::Result<FtsCsvReader> open(std::string text) {
    return FtsCsvReader::open(CsvReader::from_text(std::move(text), "flows.csv"));
}

// A stored number may be whole or not; a test reads either.
double number(const domain::Fields& fields, const char* name) {
    domain::Record record;
    record.fields = fields;
    return record.number(name).value_or(-1);
}

}  // namespace

TEST(fts_csv, reads_a_row_into_funding_flow_fields) {
    auto good =
        open(std::string(header) +
             "FTS-301,CAN,mss-trust-fund,1000.50,CAD,,commitment,2024-02-01,\"Police, equipment\",gac\n");
    ASSERT_TRUE(good);
    FlowRow row;
    ASSERT_TRUE(good->next(row).value());
    EXPECT_EQ(*domain::text_of(row.fields, "key"), "fts-301");
    EXPECT_EQ(*domain::text_of(row.fields, "status"), "committed");
    EXPECT_EQ(*domain::text_of(row.fields, "description"), "Police, equipment");
    EXPECT_EQ(number(row.fields, "amount"), 1000.5);
    EXPECT_FALSE(row.fields.contains("amount_usd"));
    EXPECT_EQ(row.location, "flows.csv:2");
    EXPECT_EQ(row.location_of("status"), "flows.csv:2:7");
    EXPECT_FALSE(good->next(row).value());
}

TEST(fts_csv, refuses_a_thousands_separator_in_an_amount) {
    auto reader = open(std::string(header) + "a,USA,tf,\"1,000\",USD,,paid,2024-01-01,,s\n");
    FlowRow row;
    auto bad = reader->next(row);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "flows.csv:2:4");
}

TEST(fts_csv, names_line_and_column_of_a_bad_amount) {
    auto reader = open(std::string(header) + "a,USA,tf,10,USD,,paid,2024-01-01,,s\n" +
                       "b,USA,tf,12.345,USD,,paid,2024-01-01,,s\n");
    ASSERT_TRUE(reader);
    FlowRow row;
    ASSERT_TRUE(reader->next(row).value());
    auto bad = reader->next(row);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "flows.csv:3:4");
    EXPECT_EQ(bad.error().message,
              "amount_original: must be a decimal number with at most 2 decimal places, got \"12.345\"");
    EXPECT_FALSE(reader->next(row).value());  // The reader went on past the bad row.
}

TEST(fts_csv, names_the_cell_the_catalog_rejects) {
    auto reader = open(std::string(header) + "a,USA,tf,10,usd,,paid,2024-01-01,,s\n");
    ASSERT_TRUE(reader);
    FlowRow row;
    auto bad = reader->next(row);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "flows.csv:2:5");
    EXPECT_EQ(bad.error().message, "currency: must be an ISO 4217 code such as USD, got \"usd\"");
}

TEST(fts_csv, rejects_an_unknown_status) {
    auto reader = open(std::string(header) + "a,USA,tf,10,USD,,promised,2024-01-01,,s\n");
    FlowRow row;
    auto bad = reader->next(row);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "flows.csv:2:7");
    EXPECT_EQ(
        bad.error().message,
        "status: must be one of pledged, committed, paid (or FTS pledge, commitment), got \"promised\"");
}

TEST(fts_csv, rejects_a_row_with_too_few_fields) {
    auto reader = open(std::string(header) + "a,USA,tf,10\n");
    FlowRow row;
    auto bad = reader->next(row);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "flows.csv:2:5");
    EXPECT_EQ(bad.error().message, "expected 10 fields as in the header, got 4");
}

TEST(fts_csv, names_a_missing_required_column) {
    auto reader = open("id,donor,recipient,amount_original,currency,status,date\n");
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().field, "flows.csv:1");
    EXPECT_EQ(reader.error().message,
              "missing the required column source (or an HXL #meta+source tag); or name the source record "
              "of every row with --source");
}

TEST(fts_csv, reads_columns_by_hxl_tag_whatever_their_names) {
    auto reader = open(
        "Flow,From,To,Orig,Cur,USD,State,When,Source ref\r\n"
        "#meta+id,#org+donor,#org+recipient,#value+original,#currency,#value+funding+usd,#status,#date,#meta+"
        "source\r\n"
        "f1,USA,tf,100,EUR,110.00,pledge,2024-03,src\r\n");
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->uses_hxl());
    FlowRow row;
    ASSERT_TRUE(reader->next(row).value());
    EXPECT_EQ(*domain::text_of(row.fields, "donor"), "USA");
    EXPECT_EQ(*domain::text_of(row.fields, "status"), "pledged");
    EXPECT_EQ(number(row.fields, "amount_usd"), 110.0);
    EXPECT_EQ(row.column_of("amount_usd"), "#value+funding+usd-original");
}

TEST(fts_csv, reads_back_what_it_writes) {
    domain::Record record;
    record.kind = "funding_flows";
    record.fields = {{"key", std::string("fts-9")},
                     {"donor", std::string("DEU")},
                     {"recipient", std::string("tf")},
                     {"amount", 250000.25},
                     {"currency", std::string("EUR")},
                     {"amount_usd", 270000.0},
                     {"status", std::string("paid")},
                     {"date", std::string("2024-10-16")},
                     {"description", std::string("Says \"hi\", twice")},
                     {"source_id", std::string("s")}};
    for (auto hxl : {ingest::HxlRow::no, ingest::HxlRow::yes}) {
        auto reader = open(ingest::write_fts_csv({record}, hxl));
        ASSERT_TRUE(reader);
        EXPECT_EQ(reader->uses_hxl(), hxl == ingest::HxlRow::yes);
        FlowRow row;
        ASSERT_TRUE(reader->next(row).value());
        EXPECT_EQ(row.fields, record.fields);
    }
}

TEST(fts_csv, refuses_an_hxl_row_with_more_cells_than_the_header) {
    auto reader = open("id,donor\n#meta+id,#org+donor,#value+funding+usd\n1,Canada\n");
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().field, "flows.csv:2:3");
    EXPECT_EQ(reader.error().message, "HXL hashtag row: expected 2 fields as in the header, got 3");
}
