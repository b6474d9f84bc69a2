#include "http/funding_routes.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "unit/http/auth/temporary_store.hpp"
#include "unit/http/route_call.hpp"

using namespace mssops;
using http::Request;
using http::Response;

namespace {

namespace json = boost::json;

const char* header =
    "id,donor,recipient,amount_original,currency,amount_usd,status,date,description,source\n";

/// The funding routes over a real SQLite store holding one mission and its source.
class FundingRoutes : public ::testing::Test {
protected:
    void SetUp() override {
        auto& records = temporary_.store().records();
        ASSERT_TRUE(records.create(
            "sources",
            {{"key", std::string("src")}, {"publisher", std::string("P")}, {"title", std::string("T")}},
            {"test"}));
        ASSERT_TRUE(records.create("missions",
                                   {{"key", std::string("mss-haiti")},
                                    {"name", std::string("MSS")},
                                    {"host_country", std::string("HTI")},
                                    {"mission_kind", std::string("multinational_authorized")},
                                    {"source_id", std::string("src")}},
                                   {"test"}));
        reference_ = std::make_shared<ingest::FundingReference>();
        http::add_funding_routes(router_, temporary_.store(), reference_);
    }

    domain::Result<Response> call(std::string method, std::string path,
                                  std::map<std::string, std::string> query = {}, std::string body = {}) {
        return http::testing::call_route(router_, method, path, std::move(query), std::move(body), "editor");
    }
    static json::object body_of(const domain::Result<Response>& response) {
        return http::testing::body_of(response);
    }

    http::auth::TemporaryStore temporary_;
    http::Router router_;
    std::shared_ptr<ingest::FundingReference> reference_;
};

}  // namespace

TEST_F(FundingRoutes, every_route_is_documented_under_the_funding_tag) {
    ASSERT_EQ(router_.routes().size(), 6u);
    for (const auto& route : router_.routes()) {
        EXPECT_EQ(route.doc.tag, "funding");
        EXPECT_FALSE(route.doc.summary.empty());
        EXPECT_EQ(route.pattern.rfind("/api/v1/missions/{slug}/funding/", 0), 0u);
    }
}

TEST_F(FundingRoutes, an_import_feeds_the_summary) {
    auto imported = call("POST", "/api/v1/missions/mss-haiti/funding/import", {},
                         std::string(header) + "a,USA,tf,1000,USD,,paid,2025-01-05,,src\n" +
                             "b,CAN,tf,500,CAD,400,pledged,2025-01-06,,src\n");
    EXPECT_EQ(body_of(imported).at("created").as_int64(), 2);
    auto summary = body_of(call("GET", "/api/v1/missions/mss-haiti/funding/summary", {{"deployed", "10"}}));
    const auto& totals = summary.at("totals").as_object();
    EXPECT_EQ(totals.at("paid").as_string(), "1000.00");
    EXPECT_EQ(totals.at("pledged").as_string(), "400.00");
    EXPECT_EQ(totals.at("unpaid").as_string(), "400.00");
    EXPECT_EQ(summary.at("deployed").as_object().at("basis").as_string(), "query");
    EXPECT_TRUE(summary.at("burn").is_null());
}

TEST_F(FundingRoutes, a_rejected_import_answers_422_listing_every_bad_row_and_writes_nothing) {
    auto response =
        call("POST", "/api/v1/missions/mss-haiti/funding/import", {},
             std::string(header) + "a,USA,tf,1000,USD,,paid,2025-01-05,,src\n" +
                 "b,USA,tf,1x,USD,,paid,2025-01-05,,src\n" + "c,USA,tf,1,USD,,given,2025-01-05,,src\n");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 422);
    auto problem = json::parse(response->body).as_object();
    EXPECT_EQ(problem.at("field").as_string(), "body.csv:3:4");
    ASSERT_EQ(problem.at("errors").as_array().size(), 2u);
    EXPECT_EQ(problem.at("errors").as_array()[1].as_object().at("field").as_string(), "body.csv:4:7");
    auto flows = body_of(call("GET", "/api/v1/missions/mss-haiti/funding/flows"));
    EXPECT_EQ(flows.at("total").as_int64(), 0);
}

TEST_F(FundingRoutes, history_shows_one_flow_moving_from_pledged_to_paid) {
    ASSERT_TRUE(call("POST", "/api/v1/missions/mss-haiti/funding/import", {},
                     std::string(header) + "a,USA,tf,1000,USD,,pledged,2025-01-05,,src\n"));
    ASSERT_TRUE(call("POST", "/api/v1/missions/mss-haiti/funding/import", {},
                     std::string(header) + "a,USA,tf,1000,USD,,paid,2025-03-01,,src\n"));
    auto flows = body_of(call("GET", "/api/v1/missions/mss-haiti/funding/flows"));
    ASSERT_EQ(flows.at("total").as_int64(), 1);
    std::string id = std::to_string(flows.at("items").as_array()[0].as_object().at("id").as_int64());
    auto history = body_of(call("GET", "/api/v1/missions/mss-haiti/funding/flows/" + id + "/history"));
    const auto& steps = history.at("history").as_array();
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].as_object().at("step").as_string(), "created");
    EXPECT_EQ(steps[1].as_object().at("step").as_string(), "advanced");
    EXPECT_EQ(steps[1].as_object().at("from").as_string(), "pledged");
    EXPECT_EQ(steps[1].as_object().at("status").as_string(), "paid");
    EXPECT_EQ(steps[1].as_object().at("date").as_string(), "2025-03-01");
}

TEST_F(FundingRoutes, assessed_needs_a_scale_and_then_apportions_the_whole_budget) {
    auto missing = call("GET", "/api/v1/missions/mss-haiti/funding/assessed", {{"budget", "100"}});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, domain::ErrorCode::not_found);
    EXPECT_EQ(missing.error().field, "scale");
    reference_->scale =
        domain::AssessmentScale{{{"USA", "", 33'333'334}, {"FRA", "", 33'333'333}, {"KEN", "", 33'333'333}},
                                "test scale",
                                "a test scale"};
    auto assessed = body_of(call("GET", "/api/v1/missions/mss-haiti/funding/assessed", {{"budget", "100"}}));
    EXPECT_EQ(assessed.at("assessed_total").as_string(), "100.00");
    EXPECT_EQ(assessed.at("unassigned").as_string(), "0.00");
    EXPECT_EQ(assessed.at("scale_label").as_string(), "a test scale");
    EXPECT_EQ(assessed.at("members").as_array().size(), 3u);
}

TEST_F(FundingRoutes, assessed_refuses_a_partial_scale_unless_asked_and_then_says_what_is_unassigned) {
    reference_->scale =
        domain::AssessmentScale{{{"USA", "", 22'000'000}, {"FRA", "", 52'400'000}}, "test", ""};
    auto refused = call("GET", "/api/v1/missions/mss-haiti/funding/assessed", {{"budget", "600000000"}});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::invalid_input);
    EXPECT_EQ(refused.error().field, "scale");
    EXPECT_EQ(refused.error().message,
              "the scale's rates sum to 74.4 %, not 100 %; pass --partial (partial=true on the API) to "
              "apportion only that share and leave 25.6 % of the budget unassigned");
    auto partial = body_of(call("GET", "/api/v1/missions/mss-haiti/funding/assessed",
                                {{"budget", "600000000"}, {"partial", "true"}}));
    EXPECT_EQ(partial.at("assessed_total").as_string(), "446400000.00");
    EXPECT_EQ(partial.at("unassigned").as_string(), "153600000.00");
    EXPECT_EQ(partial.at("scale_rate_total_percent").as_string(), "74.4");
}

TEST_F(FundingRoutes, export_writes_csv_that_imports_back) {
    ASSERT_TRUE(call("POST", "/api/v1/missions/mss-haiti/funding/import", {},
                     std::string(header) + "a,USA,tf,1000,USD,,pledged,2025-01-05,\"Fuel, food\",src\n"));
    auto exported = call("GET", "/api/v1/missions/mss-haiti/funding/export", {{"hxl", "yes"}});
    ASSERT_TRUE(exported);
    EXPECT_EQ(exported->content_type, "text/csv; charset=utf-8");
    auto again = body_of(call("POST", "/api/v1/missions/mss-haiti/funding/import", {}, exported->body));
    EXPECT_EQ(again.at("unchanged").as_int64(), 1);
    EXPECT_TRUE(again.at("hxl").as_bool());
}

TEST_F(FundingRoutes, names_an_unknown_parameter_and_an_unknown_mission) {
    auto unknown = call("GET", "/api/v1/missions/mss-haiti/funding/summary", {{"asof", "2025-01"}});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, "asof");
    EXPECT_EQ(unknown.error().message, "is not a parameter here; known: as_of, burn_window, deployed");
    auto nowhere = call("GET", "/api/v1/missions/nowhere/funding/flows");
    ASSERT_FALSE(nowhere);
    EXPECT_EQ(nowhere.error().code, domain::ErrorCode::not_found);
    EXPECT_EQ(nowhere.error().message, "no mission has key \"nowhere\"");
}
