// The facts of the seed article, asserted on a freshly seeded database through the CLI and the API:
// 400 deployed, 2,500 targeted by January 2025, the mandate extended unanimously to 2 October 2025,
// and China and Russia opposed to a transition — each with its source.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <memory>

#include "api/http_client.hpp"
#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

const std::string article = "seed-article-ruto-blinken-2024-11";

json::value parse(const std::string& text) {
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    EXPECT_FALSE(ec) << text;
    return value;
}

class SeedFacts : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<TempDir>();
        db = (dir->path() / "seeded.db").string();
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        auto seeded = run_mssops({"--db", db, "--json", "seed"});
        ASSERT_EQ(seeded.exit_code, 0) << seeded.out;
        first_seed = parse(seeded.out);
    }
    static void TearDownTestSuite() { dir.reset(); }

    /// The transition positions of a summary, by actor.
    static std::map<std::string, json::object> positions(const json::value& summary) {
        std::map<std::string, json::object> by_actor;
        for (const auto& item : summary.at("transition_positions").as_array())
            by_actor[std::string(item.at("actor").as_string())] = item.as_object();
        return by_actor;
    }

    /// Checks the article's facts in a summary on 2024-11-07, whichever face produced it.
    static void expect_article_facts(const json::value& summary) {
        const auto& strength = summary.at("strength");
        EXPECT_EQ(strength.at("count").as_int64(), 400);
        EXPECT_EQ(strength.at("qualifier").as_string(), "approximately");
        EXPECT_EQ(strength.at("source_id").as_string(), article);

        const auto& target = summary.at("targets").at(0).at("target");
        EXPECT_EQ(target.at("number").as_int64(), 2500);
        EXPECT_EQ(target.at("by_date").as_string(), "2025-01");
        EXPECT_EQ(target.at("source_id").as_string(), article);

        const auto& mandate = summary.at("mandate");
        EXPECT_EQ(mandate.at("end").as_string(), "2025-10-02");
        EXPECT_FALSE(mandate.at("source_id").as_string().empty());

        auto stances = positions(summary);
        for (const char* opponent : {"CHN", "RUS"}) {
            ASSERT_TRUE(stances.count(opponent)) << opponent;
            EXPECT_EQ(stances[opponent].at("stance").as_string(), "opposes") << opponent;
            EXPECT_EQ(stances[opponent].at("source_id").as_string(), article) << opponent;
        }
        EXPECT_EQ(stances["USA"].at("stance").as_string(), "withdrew_support");
        EXPECT_EQ(stances["KEN"].at("stance").as_string(), "supports");
    }

    static inline std::unique_ptr<TempDir> dir;
    static inline std::string db;
    static inline json::value first_seed;
};

TEST_F(SeedFacts, seeding_twice_changes_nothing) {
    EXPECT_GT(first_seed.at("created").as_int64(), 0);
    auto again = run_mssops({"--db", db, "--json", "seed"});
    ASSERT_EQ(again.exit_code, 0) << again.out;
    auto summary = parse(again.out);
    EXPECT_EQ(summary.at("created").as_int64(), 0);
    EXPECT_EQ(summary.at("updated").as_int64(), 0);
    EXPECT_EQ(summary.at("unchanged").as_int64(), first_seed.at("records").as_int64());
}

TEST_F(SeedFacts, status_reports_the_article_facts_with_their_sources) {
    auto status =
        run_mssops({"--db", db, "--json", "status", "--mission", "mss-haiti", "--at", "2024-11-07"});
    ASSERT_EQ(status.exit_code, 0) << status.out;
    expect_article_facts(parse(status.out));
}

TEST_F(SeedFacts, the_mandate_in_force_on_new_year_2025_ends_on_2_october_2025) {
    auto mandate =
        run_mssops({"--db", db, "--json", "status", "--mission", "mss-haiti", "--at", "2025-01-01"});
    ASSERT_EQ(mandate.exit_code, 0) << mandate.out;
    auto summary = parse(mandate.out);
    EXPECT_EQ(summary.at("mandate").at("end").as_string(), "2025-10-02");
    EXPECT_EQ(summary.at("mandate").at("days_remaining").as_int64(), 274);
}

TEST_F(SeedFacts, the_extension_was_unanimous_and_led_by_the_united_states_and_ecuador) {
    auto resolution = run_mssops({"--db", db, "--json", "show", "resolutions", "unsc-res-2751"});
    ASSERT_EQ(resolution.exit_code, 0) << resolution.out;
    auto record = parse(resolution.out);
    EXPECT_EQ(record.at("mandate_end").as_string(), "2025-10-02");
    EXPECT_EQ(record.at("unanimous").as_string(), "yes");
    EXPECT_EQ(record.at("votes_yes").as_array().size(), 15u);
    EXPECT_TRUE(record.at("votes_no").as_array().empty());
    EXPECT_EQ(record.at("penholders"), (json::array{"USA", "ECU"}));
}

TEST_F(SeedFacts, a_transition_draft_is_reported_as_vetoed) {
    auto simulated = run_mssops({"--db", db, "--json", "council", "simulate", "--scenario",
                                 "transition_to_un_pko", "--year", "2025"});
    ASSERT_EQ(simulated.exit_code, 0) << simulated.out;
    auto result = parse(simulated.out);
    EXPECT_EQ(result.at("verdict").as_string(), "vetoed") << simulated.out;
    EXPECT_EQ(result.at("adoption_probability").to_number<double>(), 0.0);
}

TEST_F(SeedFacts, the_api_summary_says_what_the_cli_says) {
    ASSERT_EQ(run_mssops({"--db", db, "user", "add", "reader", "--role", "viewer"}).exit_code, 0);
    auto issued = run_mssops({"--db", db, "--json", "user", "token", "reader", "--label", "seed facts"});
    ASSERT_EQ(issued.exit_code, 0) << issued.out;
    const std::string token(parse(issued.out).at("token").as_string());
    ServerProcess server({"--db", db}, dir->path() / "serve.log");
    auto response = HttpClient(server.port())
                        .request("GET", "/api/v1/missions/mss-haiti/summary?at=2024-11-07", {},
                                 {{"Authorization", "Bearer " + token}});
    ASSERT_EQ(response.status, 200) << response.body;
    expect_article_facts(response.json());
    auto cli = run_mssops({"--db", db, "--json", "status", "--mission", "mss-haiti", "--at", "2024-11-07"});
    EXPECT_EQ(response.json(), parse(cli.out));
}

}  // namespace
}  // namespace mssops::api_test
