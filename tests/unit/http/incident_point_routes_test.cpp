#include "http/incident_point_routes.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "unit/http/auth/temporary_store.hpp"
#include "unit/http/route_call.hpp"

using namespace mssops;
using http::Response;

namespace {

namespace json = boost::json;

/// The points route over a real SQLite store holding four incidents: three located, one not.
class IncidentPointRoutes : public ::testing::Test {
protected:
    void SetUp() override {
        add({{"key", std::string("a")},
             {"date", std::string("2024-10-01")},
             {"event_type", std::string("Riots")},
             {"latitude", 18.5},
             {"longitude", -72.3},
             {"fatalities", std::int64_t{2}},
             {"adm1_pcode", std::string("HT01")},
             {"location", std::string("Delmas")}});
        add({{"key", std::string("b")},
             {"date", std::string("2024-10-08")},
             {"event_type", std::string("Battles")},
             {"latitude", 19.1},
             {"longitude", -72.7},
             {"adm1_pcode", std::string("HT05")}});
        add({{"key", std::string("c")},
             {"date", std::string("2024-10-09")},
             {"event_type", std::string("Riots")},
             {"adm1_pcode", std::string("HT05")}});
        add({{"key", std::string("d")},
             {"date", std::string("2024-10-10")},
             {"event_type", std::string("Riots")},
             {"latitude", 19.2},
             {"longitude", -72.6},
             {"adm1_pcode", std::string("HT05")}});
        http::add_incident_point_routes(router_, temporary_.store());
    }
    void add(domain::Fields fields) {
        fields.emplace("country", std::string("HTI"));
        ASSERT_TRUE(temporary_.store().incidents().create(fields, {"test"}));
    }
    domain::Result<Response> call(std::map<std::string, std::string> query) {
        return http::testing::call_route(router_, "GET", "/api/v1/incidents/points", std::move(query), "",
                                         "viewer");
    }
    std::vector<std::string> keys(const json::object& body) {
        std::vector<std::string> found;
        for (const auto& row : body.at("rows").as_array())
            found.emplace_back(row.as_array().at(1).as_string());
        return found;
    }

    http::auth::TemporaryStore temporary_;
    http::Router router_;
};

}  // namespace

TEST_F(IncidentPointRoutes, lists_located_incidents_of_a_period_as_rows_in_the_order_of_fields) {
    auto body = http::testing::body_of(call({{"from", "2024-09-30"}, {"to", "2024-10-06"}}));
    EXPECT_EQ(body.at("fields"), json::parse(R"(["id","key","date","event_type","latitude","longitude",)"
                                             R"("fatalities","adm1_pcode","adm2_pcode","location"])"));
    ASSERT_EQ(body.at("rows").as_array().size(), 1u);
    auto row = body.at("rows").as_array().at(0).as_array();
    row.erase(row.begin());  // The id is the store's.
    EXPECT_EQ(json::value(row),
              json::parse(R"(["a","2024-10-01","Riots",18.5,-72.3,2,"HT01",null,"Delmas"])"));
    EXPECT_EQ(body.at("total").as_int64(), 1);
    EXPECT_EQ(body.at("next_offset"), json::value(nullptr));
}

TEST_F(IncidentPointRoutes, leaves_out_incidents_without_coordinates_and_counts_them) {
    auto body = http::testing::body_of(call({{"adm1_pcode", "HT05"}}));
    EXPECT_EQ(keys(body), (std::vector<std::string>{"d", "b"}));
    EXPECT_EQ(body.at("total").as_int64(), 3);
    EXPECT_EQ(body.at("without_coordinates").as_int64(), 1);
}

TEST_F(IncidentPointRoutes, pages_by_incidents_read_and_names_the_next_offset) {
    auto first = http::testing::body_of(call({{"limit", "2"}}));
    EXPECT_EQ(keys(first), (std::vector<std::string>{"d"}));
    EXPECT_EQ(first.at("without_coordinates").as_int64(), 1);
    EXPECT_EQ(first.at("next_offset").as_int64(), 2);
    auto second = http::testing::body_of(call({{"limit", "2"}, {"offset", "2"}}));
    EXPECT_EQ(keys(second), (std::vector<std::string>{"b", "a"}));
    EXPECT_EQ(second.at("next_offset"), json::value(nullptr));
}

TEST_F(IncidentPointRoutes, refuses_a_limit_above_5000) {
    auto response = call({{"limit", "5001"}});
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().field, "limit");
    EXPECT_EQ(response.error().message, "must be a whole number from 1 to 5000, got \"5001\"");
}

TEST_F(IncidentPointRoutes, refuses_a_filter_it_does_not_know) {
    auto response = call({{"admin1", "Ouest"}});
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().field, "admin1");
    EXPECT_EQ(response.error().message,
              "is not a parameter here; expected one of from, to, event_type, actor, adm1_pcode, adm2_pcode, "
              "limit, offset");
}
