#include "http/force_routes.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "auth/temporary_store.hpp"
#include "ingest/dataset_reader.hpp"
#include "unit/http/route_call.hpp"

using namespace mssops;
using http::Request;
using http::Response;

namespace {

namespace json = boost::json;

/// The force and council routes over a real SQLite store holding the MSS Haiti reference data set.
class ForceRoutes : public ::testing::Test {
protected:
    void SetUp() override {
        auto dataset = ingest::read_dataset({std::string(MSSOPS_SOURCE_DIR) + "/data/reference",
                                             std::string(MSSOPS_SOURCE_DIR) + "/data/mss-haiti"});
        ASSERT_TRUE(dataset) << dataset.error().field << ": " << dataset.error().message;
        auto applied = temporary_.store().records().apply(dataset->changes, {"seed"});
        ASSERT_TRUE(applied) << applied.error().field << ": " << applied.error().message;
        http::add_force_routes(router_, temporary_.store());
    }

    domain::Result<Response> call(std::string method, std::string path,
                                  std::map<std::string, std::string> query = {}, std::string body = {}) {
        return http::testing::call_route(router_, method, path, std::move(query), std::move(body), "viewer");
    }
    static json::object body_of(const domain::Result<Response>& response) {
        return http::testing::body_of(response);
    }

    http::auth::TemporaryStore temporary_;
    http::Router router_;
};

}  // namespace

TEST_F(ForceRoutes, every_route_is_documented) {
    ASSERT_EQ(router_.routes().size(), 9u);
    for (const auto& route : router_.routes()) {
        EXPECT_TRUE(route.doc.tag == "force" || route.doc.tag == "council") << route.pattern;
        EXPECT_FALSE(route.doc.summary.empty()) << route.pattern;
    }
    EXPECT_EQ(router_.schemas().count("CouncilSimulationRequest"), 1u);
}

TEST_F(ForceRoutes, the_summary_states_about_400_deployed_on_7_november_2024_with_its_source) {
    json::object summary = body_of(call("GET", "/api/v1/missions/mss-haiti/summary", {{"at", "2024-11-07"}}));
    const auto& strength = summary.at("strength").as_object();
    EXPECT_EQ(strength.at("count").as_int64(), 400);
    EXPECT_EQ(strength.at("qualifier").as_string(), "approximately");
    EXPECT_EQ(strength.at("basis").as_string(), "strength_report");
    EXPECT_EQ(strength.at("source_id").as_string(), "seed-article-ruto-blinken-2024-11");
}

TEST_F(ForceRoutes, the_forecast_reports_the_2500_target_shortfall_on_31_january_2025) {
    json::object forecast =
        body_of(call("GET", "/api/v1/missions/mss-haiti/forecast", {{"at", "2025-01-31"}}));
    const auto& target = forecast.at("targets").as_array().at(0).as_object();
    EXPECT_EQ(target.at("target").as_object().at("number").as_int64(), 2500);
    EXPECT_EQ(target.at("due").as_string(), "2025-01-31");
    // The data set has the January 2025 Kenyan arrival, so the observed count on the due date is
    // above the article's 400; its exact value is the strength rule's (issue 16), the shortfall
    // is what that count leaves of the 2,500.
    const auto& observed = target.at("at_due_date").as_object();
    EXPECT_GT(observed.at("count").as_int64(), 400);
    EXPECT_EQ(target.at("shortfall_on_due_date").as_int64(), 2500 - observed.at("count").as_int64());
    EXPECT_EQ(target.at("shortfall_basis").as_string(), "observed");
    EXPECT_FALSE(target.at("on_pledges").as_object().at("reachable").as_bool());
}

TEST_F(ForceRoutes, the_mandate_in_force_on_1_january_2025_ends_2_october_2025) {
    json::object mandate = body_of(call("GET", "/api/v1/missions/mss-haiti/mandate", {{"at", "2025-01-01"}}));
    const auto& status = mandate.at("status").as_object();
    EXPECT_TRUE(status.at("in_force").as_bool());
    EXPECT_EQ(status.at("end").as_string(), "2025-10-02");
    EXPECT_EQ(status.at("days_remaining").as_int64(), 274);
    EXPECT_TRUE(mandate.at("timeline").as_object().at("gaps").as_array().empty());
    for (const auto& vote : mandate.at("recorded_votes").as_array())
        EXPECT_TRUE(vote.as_object().at("agrees_with_record").as_bool()) << json::serialize(vote);
}

TEST_F(ForceRoutes, the_alerts_raise_the_90_day_mandate_alert) {
    json::object alerts = body_of(call("GET", "/api/v1/missions/mss-haiti/alerts", {{"at", "2025-09-01"}}));
    const auto& first = alerts.at("alerts").as_array().at(0).as_object();
    EXPECT_EQ(first.at("kind").as_string(), "mandate_expiry");
    EXPECT_EQ(first.at("threshold_days").as_int64(), 90);
}

TEST_F(ForceRoutes, strength_groups_by_personnel_type_with_a_monthly_series) {
    json::object strength = body_of(
        call("GET", "/api/v1/missions/mss-haiti/strength", {{"at", "2024-08-15"}, {"by", "personnel_type"}}));
    // Groups are listed by label; military (pledged, none deployed yet) comes before police.
    const json::object* police = nullptr;
    for (const auto& group : strength.at("groups").as_array())
        if (group.as_object().at("label").as_string() == "police") police = &group.as_object();
    ASSERT_NE(police, nullptr);
    EXPECT_EQ(police->at("deployed").as_int64(), 400);
    const auto& monthly = strength.at("monthly").as_array();
    ASSERT_EQ(monthly.size(), 3u);
    EXPECT_EQ(monthly[0].as_object().at("month").as_string(), "2024-06");
    EXPECT_EQ(monthly[0].as_object().at("deployed").as_int64(), 200);
}

TEST_F(ForceRoutes, the_transition_scenario_for_2025_is_vetoed) {
    json::object scenario =
        body_of(call("GET", "/api/v1/council/scenarios/transition_to_un_pko", {{"year", "2025"}}));
    EXPECT_EQ(scenario.at("verdict").as_string(), "vetoed");
    EXPECT_EQ(scenario.at("adoption_probability").as_double(), 0.0);
    const auto& vetoers = scenario.at("certain_vetoers").as_array();
    ASSERT_EQ(vetoers.size(), 2u);
    EXPECT_EQ(vetoers[0].as_string(), "CHN");
    EXPECT_EQ(vetoers[1].as_string(), "RUS");
}

TEST_F(ForceRoutes, simulates_a_draft_with_china_voting_no_as_vetoed) {
    std::string members;
    for (const char* member :
         {"FRA", "GBR", "RUS", "USA", "DNK", "DZA", "GRC", "GUY", "KOR", "PAK", "PAN", "SLE", "SOM", "SVN"})
        members += std::string("{\"member\": \"") + member + "\", \"vote\": \"yes\"}, ";
    std::string body = "{\"members\": [" + members + "{\"member\": \"CHN\", \"vote\": \"no\"}]}";
    json::object result = body_of(call("POST", "/api/v1/council/simulate", {}, body));
    EXPECT_EQ(result.at("verdict").as_string(), "vetoed");
    EXPECT_EQ(result.at("veto_probability").as_double(), 1.0);
    // With every other member certain, only China's vote can change the outcome.
    ASSERT_EQ(result.at("pivotal").as_array().size(), 1u);
    EXPECT_EQ(result.at("pivotal").as_array()[0].as_string(), "CHN");
}

TEST_F(ForceRoutes, the_council_of_2024_has_15_members_each_with_a_source) {
    json::object council = body_of(call("GET", "/api/v1/council/members", {{"year", "2024"}}));
    EXPECT_TRUE(council.at("complete").as_bool());
    for (const auto& seat : council.at("members").as_array())
        EXPECT_TRUE(seat.as_object().at("source_id").is_string());
}

TEST_F(ForceRoutes, an_unknown_mission_is_not_found) {
    auto response = call("GET", "/api/v1/missions/unmiss/summary");
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, domain::ErrorCode::not_found);
    EXPECT_EQ(response.error().field, "slug");
    EXPECT_EQ(response.error().message, "no mission with key \"unmiss\"");
}

TEST_F(ForceRoutes, rejects_a_date_that_is_not_a_day) {
    auto response = call("GET", "/api/v1/missions/mss-haiti/summary", {{"at", "2025-01"}});
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().field, "at");
    EXPECT_EQ(response.error().message, "must be a day as YYYY-MM-DD, got \"2025-01\"");
}

TEST_F(ForceRoutes, rejects_an_unknown_parameter_by_name) {
    auto response = call("GET", "/api/v1/missions/mss-haiti/mandate", {{"date", "2025-01-01"}});
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().field, "date");
    EXPECT_EQ(response.error().message, "is not a parameter here; expected one of at");
}

TEST_F(ForceRoutes, rejects_a_window_of_zero_days) {
    auto response = call("GET", "/api/v1/missions/mss-haiti/forecast", {{"window_days", "0"}});
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().field, "window_days");
    EXPECT_EQ(response.error().message, "must be a whole number of days from 1 to 3650, got \"0\"");
}

TEST_F(ForceRoutes, a_simulation_body_that_is_not_json_is_bad_syntax) {
    auto response = call("POST", "/api/v1/council/simulate", {}, "{members");
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, domain::ErrorCode::bad_syntax);
}

TEST_F(ForceRoutes, a_council_year_without_15_members_cannot_be_simulated) {
    auto response = call("GET", "/api/v1/council/scenarios/transition_to_un_pko", {{"year", "2030"}});
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().field, "council_memberships");
    EXPECT_EQ(response.error().message,
              "expected 5 permanent and 10 elected members of unsc in 2030, got 5 permanent and 0 elected");
}

TEST_F(ForceRoutes, rejects_a_staleness_threshold_of_zero_days) {
    auto response = call("GET", "/api/v1/missions/mss-haiti/summary", {{"stale_after_days", "0"}});
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().field, "stale_after_days");
    EXPECT_EQ(response.error().message, "must be a whole number of days from 1 to 36500, got \"0\"");
}

TEST_F(ForceRoutes, the_mission_in_force_follows_the_date_asked) {
    json::object before = body_of(call("GET", "/api/v1/mission-in-force", {{"at", "2024-11-07"}}));
    EXPECT_EQ(before.at("in_force").as_string(), "mss-haiti");
    json::object after = body_of(call("GET", "/api/v1/mission-in-force", {{"at", "2026-12-06"}}));
    EXPECT_EQ(after.at("in_force").as_string(), "gsf-haiti");
    EXPECT_EQ(after.at("default").as_string(), "gsf-haiti");
    EXPECT_TRUE(after.at("configured").is_null());
}

TEST_F(ForceRoutes, a_configured_mission_is_the_default_and_an_unknown_one_is_named) {
    http::Router configured;
    http::add_force_routes(configured, temporary_.store(), {"mss-haiti", ""});
    auto chosen = http::testing::call_route(configured, "GET", "/api/v1/mission-in-force",
                                            {{"at", "2026-12-06"}}, "", "viewer");
    EXPECT_EQ(body_of(chosen).at("default").as_string(), "mss-haiti");
    http::Router unknown;
    http::add_force_routes(unknown, temporary_.store(), {"unmiss", ""});
    auto refused = http::testing::call_route(unknown, "GET", "/api/v1/mission-in-force", {}, "", "viewer");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "mission");
    EXPECT_EQ(refused.error().message, "no mission with key \"unmiss\"");
}
