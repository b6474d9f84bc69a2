// `mssops extract` end to end: the binary, a seeded SQLite store and an article written for this test.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <fstream>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

const char* article =
    "PORT-AU-PRINCE (Test Wire) - Some 150 Guatemalan soldiers arrived in Haiti on Tuesday, November 5, to "
    "join "
    "the MSS.\n"
    "Read More\n"
    "Gang attacks killed more than 40 people in the capital last week.\n"
    "The Security Council will vote on Monday on the mission's future.\n";

class ExtractCommand : public ::testing::Test {
protected:
    void SetUp() override {
        db_ = (dir_.path() / "store.db").string();
        ASSERT_EQ(run_mssops({"--db", db_, "init"}).exit_code, 0);
        ASSERT_EQ(run_mssops({"--db", db_, "seed"}).exit_code, 0);
        file_ = (dir_.path() / "article.txt").string();
        std::ofstream(file_) << article;
    }
    TempDir dir_;
    std::string db_;
    std::string file_;
};

TEST_F(ExtractCommand, prints_the_output_contract_with_spans_rules_and_matches) {
    auto result = run_mssops({"--db", db_, "extract", file_, "--published", "2024-11-08", "--json"});
    ASSERT_EQ(result.exit_code, 0) << result.out;
    auto body = json::parse(result.out).as_object();
    EXPECT_EQ(body.at("published").as_string(), "2024-11-08");
    const auto& candidates = body.at("candidates").as_array();
    // The death toll and the future vote yield nothing: one arrival.
    ASSERT_EQ(candidates.size(), 1u) << result.out;
    const auto& candidate = candidates[0].as_object();
    EXPECT_EQ(candidate.at("kind").as_string(), "deployment_events");
    const auto& fields = candidate.at("fields").as_object();
    EXPECT_EQ(fields.at("country").as_string(), "GTM");
    EXPECT_EQ(fields.at("count").as_int64(), 150);
    EXPECT_EQ(fields.at("date").as_string(), "2024-11-05");
    EXPECT_EQ(candidate.at("rule").as_string(), "deployment.arrived");
    EXPECT_GT(candidate.at("confidence").as_double(), 0.0);
    EXPECT_EQ(candidate.at("match").as_object().at("status").as_string(), "new");
    const auto& evidence = candidate.at("evidence").as_object();
    std::string text(article);
    auto start = static_cast<std::size_t>(evidence.at("start").as_int64());
    auto end = static_cast<std::size_t>(evidence.at("end").as_int64());
    EXPECT_EQ(text.substr(start, end - start), std::string(evidence.at("text").as_string()));
}

TEST_F(ExtractCommand, accept_writes_the_new_records_and_a_second_extraction_finds_them_recorded) {
    auto accepted = run_mssops({"--db", db_, "extract", file_, "--published", "2024-11-08", "--accept",
                                "--outlet", "Test Wire", "--title", "Guatemalans arrive", "--json"});
    ASSERT_EQ(accepted.exit_code, 0) << accepted.out;
    EXPECT_EQ(json::parse(accepted.out).as_object().at("created").as_int64(), 1);
    auto again = run_mssops({"--db", db_, "extract", file_, "--published", "2024-11-08", "--json"});
    auto match = json::parse(again.out).as_object().at("candidates").as_array()[0].as_object().at("match");
    EXPECT_EQ(match.as_object().at("status").as_string(), "already_recorded");
    EXPECT_EQ(match.as_object().at("key").as_string(), "extracted-2024-11-08-guatemalans-arrive-1");
}

TEST_F(ExtractCommand, a_bad_publication_date_fails) {
    EXPECT_EQ(run_mssops({"--db", db_, "extract", file_, "--published", "yesterday"}).exit_code, 1);
    EXPECT_EQ(run_mssops({"--db", db_, "extract", (dir_.path() / "missing.txt").string()}).exit_code, 1);
}

}  // namespace
}  // namespace mssops::api_test
