#include "ingest/funding_import.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "store/store.hpp"

using namespace mssops;
using ingest::CsvReader;
using ingest::FundingImportOptions;

namespace {

const char* header =
    "id,donor,recipient,amount_original,currency,amount_usd,status,date,description,source\n";
const store::Actor importer{"test:import"};

/// A real SQLite store in a temporary file, with the source and mission the flows cite.
class FundingImport : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = std::filesystem::temp_directory_path() /
                ("mssops-funding-import-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        std::filesystem::remove(path_);
        auto opened = store::open_store(path_.string());
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(opened).value();
        ASSERT_TRUE(store_->records().create("sources",
                                             {{"key", std::string("gac")},
                                              {"publisher", std::string("Global Affairs Canada")},
                                              {"title", std::string("Funding announcement")}},
                                             importer));
        ASSERT_TRUE(store_->records().create("missions",
                                             {{"key", std::string("mss-haiti")},
                                              {"name", std::string("MSS")},
                                              {"host_country", std::string("HTI")},
                                              {"mission_kind", std::string("multinational_authorized")},
                                              {"source_id", std::string("gac")}},
                                             importer));
        auto day = domain::parse_iso_day("2024-01-31", "date").value();
        ASSERT_TRUE(rates_.add({"CAD", day, 746'436'242, "test"}));
    }
    void TearDown() override {
        store_.reset();
        std::filesystem::remove(path_);
        std::filesystem::remove(path_.string() + "-wal");
        std::filesystem::remove(path_.string() + "-shm");
    }

    domain::Result<ingest::FundingImportReport> import(std::string body, FundingImportOptions options = {}) {
        if (options.mission.empty()) options.mission = "mss-haiti";
        return ingest::import_funding_flows(CsvReader::from_text(std::move(body), "flows.csv"),
                                            store_->records(), rates_, importer, options);
    }
    std::int64_t flow_count() {
        store::ListQuery query;
        query.kind = "funding_flows";
        return store_->records().list(query).value().total;
    }
    domain::Record flow(const char* key) {
        return store_->records().find_by_key("funding_flows", key).value();
    }

    std::filesystem::path path_;
    std::unique_ptr<store::Store> store_;
    domain::ExchangeRateTable rates_;
};

}  // namespace

TEST_F(FundingImport, writes_every_flow_and_computes_usd_at_the_flow_date) {
    auto report =
        import(std::string(header) + "can-1,CAN,mss-trust-fund,1000000,CAD,,pledge,2024-02-05,,gac\n" +
               "usa-1,USA,mss-trust-fund,2500000,USD,,paid,2024-03-01,,gac\n");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->rows, 2);
    EXPECT_EQ(report->written.created, 2);
    EXPECT_EQ(flow_count(), 2);
    // 1,000,000 CAD x 0.746436242 = 746,436.24 USD.
    EXPECT_EQ(flow("can-1").number("amount_usd"), 746436.24);
    EXPECT_EQ(*flow("can-1").text("mission"), "mss-haiti");
    EXPECT_EQ(flow("usa-1").number("amount_usd"), 2500000.0);
}

TEST_F(FundingImport, a_pledge_later_paid_stays_one_flow_with_its_history) {
    ASSERT_TRUE(
        import(std::string(header) + "can-1,CAN,tf,1000000,CAD,,pledge,2024-02-05,,gac\n")->committed);
    auto paid = import(std::string(header) + "can-1,CAN,tf,1000000,CAD,,paid,2024-06-30,,gac\n");
    ASSERT_TRUE(paid);
    EXPECT_TRUE(paid->committed);
    EXPECT_EQ(paid->written.updated, 1);
    EXPECT_EQ(flow_count(), 1);
    domain::Record record = flow("can-1");
    EXPECT_EQ(*record.text("status"), "paid");
    EXPECT_EQ(record.version, 2);
    store::AuditQuery query;
    query.kind = "funding_flows";
    query.record_id = record.id;
    EXPECT_EQ(store_->audit().list(query).value().size(), 2u);
}

TEST_F(FundingImport, one_bad_row_rejects_the_whole_file_and_leaves_the_store_unchanged) {
    ASSERT_TRUE(import(std::string(header) + "keep,USA,tf,5,USD,,pledged,2024-01-01,,gac\n")->committed);
    auto report = import(std::string(header) + "keep,USA,tf,5,USD,,paid,2024-02-01,,gac\n" +
                         "new-1,USA,tf,10,USD,,paid,2024-02-01,,gac\n" +
                         "new-2,USA,tf,ten,USD,,paid,2024-02-01,,gac\n");
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->committed);
    EXPECT_EQ(report->bad_rows, 1);
    ASSERT_EQ(report->errors.size(), 1u);
    EXPECT_EQ(report->errors[0].field, "flows.csv:4:4");
    EXPECT_EQ(report->errors[0].message,
              "amount_original: must be a decimal number with at most 2 decimal places, got \"ten\"");
    EXPECT_EQ(flow_count(), 1);
    EXPECT_EQ(*flow("keep").text("status"), "pledged");
    EXPECT_EQ(flow("keep").version, 1);
}

TEST_F(FundingImport, reports_every_bad_row) {
    auto report =
        import(std::string(header) + "a,USA,tf,x,USD,,paid,2024-02-01,,gac\n" +
               "b,USA,tf,1,USD,,paid,2024-02-31,,gac\n" + "a2,USA,tf,1,USD,,paid,2024-02-01,,gac\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->errors.size(), 2u);
    EXPECT_EQ(report->errors[0].field, "flows.csv:2:4");
    EXPECT_EQ(report->errors[1].field, "flows.csv:3:8");
    EXPECT_EQ(ingest::rejection_error(*report).message,
              "amount_original: must be a decimal number with at most 2 decimal places, got \"x\" (and 1 "
              "more bad row)");
    EXPECT_EQ(flow_count(), 0);
}

TEST_F(FundingImport, refuses_a_paid_flow_moving_back_to_pledged_unless_a_correction) {
    ASSERT_TRUE(import(std::string(header) + "f,USA,tf,5,USD,,paid,2024-01-01,,gac\n")->committed);
    auto back = import(std::string(header) + "f,USA,tf,5,USD,,pledged,2024-01-01,,gac\n");
    ASSERT_TRUE(back);
    ASSERT_FALSE(back->committed);
    EXPECT_EQ(back->errors[0].field, "flows.csv:2:7");
    EXPECT_EQ(
        back->errors[0].message,
        "status: cannot move a flow from paid back to pledged; mark the change as a correction to do that");
    auto corrected = import(
        "id,donor,recipient,amount_original,currency,status,date,source,correction\n"
        "f,USA,tf,5,USD,pledged,2024-01-01,gac,yes\n");
    ASSERT_TRUE(corrected);
    EXPECT_TRUE(corrected->committed);
    EXPECT_EQ(*flow("f").text("status"), "pledged");
}

TEST_F(FundingImport, names_the_cell_of_a_currency_without_a_rate) {
    auto report = import(std::string(header) + "k,KEN,tf,1000,KES,,pledged,2024-05-01,,gac\n");
    ASSERT_TRUE(report);
    ASSERT_FALSE(report->committed);
    EXPECT_EQ(report->errors[0].field, "flows.csv:2:5");
    EXPECT_EQ(report->errors[0].message,
              "currency: no exchange rate for KES on or before 2024-05-01; add one to the rate table or give "
              "amount_usd");
}

TEST_F(FundingImport, names_the_cell_of_an_unknown_source) {
    auto report = import(std::string(header) + "ok,USA,tf,1,USD,,paid,2024-02-01,,gac\n" +
                         "s,USA,tf,1,USD,,paid,2024-02-01,,nowhere\n");
    ASSERT_TRUE(report);
    ASSERT_FALSE(report->committed);
    EXPECT_EQ(report->errors[0].field, "flows.csv:3:10");
    EXPECT_EQ(report->errors[0].message, "source: no sources record has key \"nowhere\"");
    EXPECT_EQ(flow_count(), 0);
}

TEST_F(FundingImport, refuses_an_id_repeated_in_the_file) {
    auto report = import(std::string(header) + "d,USA,tf,1,USD,,pledged,2024-02-01,,gac\n" +
                         "D,USA,tf,1,USD,,paid,2024-03-01,,gac\n");
    ASSERT_TRUE(report);
    ASSERT_FALSE(report->committed);
    EXPECT_EQ(report->errors[0].field, "flows.csv:3:1");
    EXPECT_EQ(report->errors[0].message, "id: d appears twice in the file");
}

TEST_F(FundingImport, reads_an_export_with_fts_own_headers_and_one_donor_written_three_ways) {
    for (auto [key, iso3, name] :
         {std::tuple{"can", "CAN", "Canada"}, std::tuple{"usa", "USA", "United States of America"}}) {
        auto created = store_->records().create(
            "countries",
            {{"key", std::string(key)}, {"iso3", std::string(iso3)}, {"name", std::string(name)}}, importer);
        ASSERT_TRUE(created) << created.error().field << ": " << created.error().message;
    }
    std::ifstream in(MSSOPS_SOURCE_DIR "/tests/cases/funding-fts-export/input.csv", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto countries = ingest::CountryLookup::load(store_->records());
    ASSERT_TRUE(countries);
    FundingImportOptions options;
    options.source_id = "gac";
    options.countries = &*countries;
    auto report = import(text.str(), options);
    ASSERT_TRUE(report) << report.error().field << ": " << report.error().message;
    ASSERT_TRUE(report->committed) << report->errors.front().field << ": " << report->errors.front().message;
    EXPECT_EQ(report->written.created, 4);
    EXPECT_EQ(*flow("900001").text("donor"), "CAN");  // "Canada, Government of"
    EXPECT_EQ(*flow("900002").text("donor"), "CAN");  // "Canada"
    EXPECT_EQ(*flow("900003").text("donor"), "CAN");  // "Government of Canada"
    EXPECT_EQ(*flow("900004").text("donor"), "Testland Relief Foundation");
    EXPECT_EQ(*flow("900002").text("status"), "committed");
    EXPECT_EQ(*flow("900001").text("date"), "2024-03-01");
    EXPECT_EQ(*flow("900001").text("source_id"), "gac");
    EXPECT_EQ(*flow("900001").text("recipient"), "Trust Fund for the test mission");
    EXPECT_EQ(flow("900003").number("amount_usd"), 250000);
}

TEST_F(FundingImport, an_fts_export_without_a_source_column_needs_the_source_option) {
    std::ifstream in(MSSOPS_SOURCE_DIR "/tests/cases/funding-fts-export/input.csv", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto report = import(text.str());
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().field, "flows.csv:1");
    EXPECT_EQ(report.error().message,
              "missing the required column source (or an HXL #meta+source tag); or name the source record of "
              "every row with --source");
}
