#include "ingest/reference_csv.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace mssops;
using ingest::CsvReader;

TEST(reference_csv, reads_rates_with_their_sources) {
    auto rates = ingest::read_exchange_rates(CsvReader::from_text(
        "currency,date,usd_per_unit,url\nEUR,2024-01-31,1.083700271,https://example.org/a\n", "rates.csv"));
    ASSERT_TRUE(rates);
    auto rate = rates->rate_on("EUR", domain::parse_iso_day("2024-02-15", "d").value());
    ASSERT_TRUE(rate);
    EXPECT_EQ(rate->usd_per_unit_e9, 1'083'700'271);
    EXPECT_EQ(rate->source, "https://example.org/a");
}

TEST(reference_csv, refuses_a_rate_without_a_source) {
    auto rates = ingest::read_exchange_rates(
        CsvReader::from_text("currency,date,usd_per_unit,source\nEUR,2024-01-31,1.08,\n", "rates.csv"));
    ASSERT_FALSE(rates);
    EXPECT_EQ(rates.error().field, "rates.csv:2:4");
    EXPECT_EQ(rates.error().message, "every rate needs its source");
}

TEST(reference_csv, names_the_cell_of_a_bad_rate) {
    auto rates = ingest::read_exchange_rates(
        CsvReader::from_text("currency,date,usd_per_unit,source\nEUR,2024-01-31,1.08x,s\n", "rates.csv"));
    ASSERT_FALSE(rates);
    EXPECT_EQ(rates.error().field, "rates.csv:2:3");
    EXPECT_EQ(rates.error().message, "must be a decimal number with at most 9 decimal places, got \"1.08x\"");
}

TEST(reference_csv, the_shipped_rate_table_reads_and_every_row_has_a_source) {
    auto csv = CsvReader::open_file(std::string(MSSOPS_SOURCE_DIR) + "/data/reference/exchange_rates.csv");
    ASSERT_TRUE(csv);
    auto rates = ingest::read_exchange_rates(std::move(csv).value());
    ASSERT_TRUE(rates);
    EXPECT_FALSE(rates->rates().empty());
    for (const auto& rate : rates->rates()) EXPECT_FALSE(rate.source.empty());
}

TEST(reference_csv, reads_a_scale_of_assessments) {
    auto scale = ingest::read_assessment_scale(
        CsvReader::from_text("member,name,rate_percent\nFRA,France,5.1234\nKEN,Kenya,0.0024\n", "scale.csv"),
        "A/00/000");
    ASSERT_TRUE(scale);
    ASSERT_EQ(scale->entries.size(), 2u);
    EXPECT_EQ(scale->entries[0].percent_e6, 5'123'400);
    EXPECT_EQ(scale->entries[1].name, "Kenya");
    EXPECT_EQ(scale->source, "A/00/000");
}

TEST(reference_csv, names_a_bad_member_code) {
    auto scale = ingest::read_assessment_scale(
        CsvReader::from_text("member,rate_percent\nFrance,5\n", "scale.csv"), "s");
    ASSERT_FALSE(scale);
    EXPECT_EQ(scale.error().field, "scale.csv:2:1");
    EXPECT_EQ(scale.error().message,
              "member: must be an ISO 3166-1 alpha-3 code such as FRA, got \"France\"");
}

TEST(reference_csv, loads_the_shipped_un_regular_budget_scale_when_no_scale_is_given) {
    auto reference = ingest::load_funding_reference(std::string(MSSOPS_SOURCE_DIR) + "/data", "");
    ASSERT_TRUE(reference) << reference.error().message;
    ASSERT_TRUE(reference->scale);
    const auto& scale = *reference->scale;
    EXPECT_EQ(scale.entries.size(), 193u);
    std::int64_t total = 0;
    for (const auto& entry : scale.entries) total += entry.percent_e6;
    EXPECT_EQ(total, 100'000'000);
    EXPECT_EQ(scale.source, ingest::regular_budget_scale_source);
    EXPECT_EQ(scale.label, ingest::regular_budget_scale_label);
    auto usa = std::find_if(scale.entries.begin(), scale.entries.end(),
                            [](const auto& entry) { return entry.member == "USA"; });
    ASSERT_NE(usa, scale.entries.end());
    EXPECT_EQ(usa->percent_e6, 22'000'000);
}

TEST(reference_csv, labels_a_scale_the_user_names_as_the_users) {
    auto path = std::filesystem::temp_directory_path() / "mssops-reference-csv-user-scale.csv";
    std::ofstream(path) << "member,rate_percent\nUSA,60\nCHN,40\n";
    auto reference = ingest::load_funding_reference(std::string(MSSOPS_SOURCE_DIR) + "/data", path.string());
    std::filesystem::remove(path);
    ASSERT_TRUE(reference);
    ASSERT_TRUE(reference->scale);
    EXPECT_EQ(reference->scale->entries.size(), 2u);
    EXPECT_EQ(reference->scale->source, path.string());
    EXPECT_EQ(reference->scale->label, "a scale of assessments supplied by the user (" + path.string() + ")");
}
