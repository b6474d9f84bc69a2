// `mssops review` end to end: submit an article written for this test to a seeded SQLite store, then
// accept and reject its candidates.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <fstream>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

const char* review_article =
    "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday, November 5, to join the MSS.\n"
    "About 60 Salvadoran soldiers landed in Port-au-Prince on Wednesday, November 6.\n";

class ReviewCommand : public ::testing::Test {
protected:
    void SetUp() override {
        db_ = (dir_.path() / "store.db").string();
        ASSERT_EQ(run_mssops({"--db", db_, "init"}).exit_code, 0);
        ASSERT_EQ(run_mssops({"--db", db_, "seed"}).exit_code, 0);
        file_ = (dir_.path() / "article.txt").string();
        std::ofstream(file_) << review_article;
    }

    json::object submit() {
        auto result = run_mssops({"--db", db_, "--json", "review", "submit", file_, "--outlet", "Test Wire",
                                  "--title", "Contingents land", "--published", "2024-11-08"});
        EXPECT_EQ(result.exit_code, 0) << result.out;
        return result.exit_code == 0 ? json::parse(result.out).as_object() : json::object{};
    }

    static std::int64_t total(const json::value& listing) { return listing.at("total").as_int64(); }

    TempDir dir_;
    std::string db_;
    std::string file_;
};

TEST_F(ReviewCommand, submit_list_accept_and_reject) {
    auto extraction = submit();
    ASSERT_FALSE(extraction.empty());
    const auto& candidates = extraction.at("candidates").as_array();
    ASSERT_GE(candidates.size(), 2u) << json::serialize(extraction);
    const std::string id = std::to_string(extraction.at("id").as_int64());

    auto listed = run_mssops({"--db", db_, "--json", "review", "list"});
    ASSERT_EQ(listed.exit_code, 0) << listed.out;
    EXPECT_EQ(total(json::parse(listed.out)), 1);
    auto paged = run_mssops({"--db", db_, "--json", "review", "list", "--limit", "1", "--offset", "1"});
    ASSERT_EQ(paged.exit_code, 0) << paged.out;
    EXPECT_TRUE(json::parse(paged.out).at("items").as_array().empty());
    EXPECT_EQ(json::parse(paged.out).at("offset"), 1);
    EXPECT_EQ(run_mssops({"--db", db_, "review", "list", "--limit", "0"}).exit_code, 1);

    auto accepted = run_mssops({"--db", db_, "--json", "review", "accept", id, "1"});
    ASSERT_EQ(accepted.exit_code, 0) << accepted.out;
    auto after = json::parse(accepted.out).as_object();
    EXPECT_EQ(after.at("candidates").as_array()[0].at("state"), "accepted");
    EXPECT_EQ(after.at("source_key").as_string(), "extraction-" + id);

    auto rejected = run_mssops({"--db", db_, "review", "reject", id, "2"});
    ASSERT_EQ(rejected.exit_code, 0) << rejected.out;
    EXPECT_EQ(rejected.out, "candidate 2 rejected\n");

    auto again = run_mssops({"--db", db_, "review", "reject", id, "2"});
    EXPECT_EQ(again.exit_code, 1);

    auto shown = run_mssops({"--db", db_, "--json", "review", "show", id});
    ASSERT_EQ(shown.exit_code, 0) << shown.out;
    auto final_state = json::parse(shown.out).as_object();
    EXPECT_EQ(final_state.at("candidates").as_array()[1].at("state"), "rejected");
    EXPECT_EQ(final_state.at("state"), "reviewed");
}

TEST_F(ReviewCommand, a_liaison_may_not_accept_another_countrys_event) {
    ASSERT_EQ(
        run_mssops({"--db", db_, "user", "add", "kl", "--role", "liaison", "--country", "KEN"}).exit_code, 0);
    auto extraction = submit();
    ASSERT_FALSE(extraction.empty());
    const std::string id = std::to_string(extraction.at("id").as_int64());
    auto refused = run_mssops({"--db", db_, "review", "accept", id, "1", "--as", "kl"});
    EXPECT_EQ(refused.exit_code, 1);
    auto shown = run_mssops({"--db", db_, "--json", "review", "show", id});
    ASSERT_EQ(shown.exit_code, 0) << shown.out;
    EXPECT_EQ(json::parse(shown.out).at("candidates").as_array()[0].at("state"), "pending");
}

}  // namespace
}  // namespace mssops::api_test
