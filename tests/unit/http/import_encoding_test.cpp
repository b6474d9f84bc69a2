// The HTTP import routes read bodies as UTF-8: bytes that are not (a Latin-1 file posted as it is)
// are refused naming the row and column, and nothing lands.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "http/funding_routes.hpp"
#include "http/incident_routes.hpp"
#include "unit/http/auth/temporary_store.hpp"
#include "unit/http/route_call.hpp"

using namespace mssops;

namespace {

namespace json = boost::json;

class ImportEncoding : public ::testing::Test {
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
        http::add_incident_routes(router_, temporary_.store());
        http::add_funding_routes(router_, temporary_.store(), std::make_shared<ingest::FundingReference>());
    }

    domain::Result<http::Response> post(const std::string& path, std::string body) {
        return http::testing::call_route(router_, "POST", path, {}, std::move(body), "editor");
    }

    http::auth::TemporaryStore temporary_;
    http::Router router_;
};

}  // namespace

TEST_F(ImportEncoding, an_incident_import_refuses_latin1_bytes_naming_line_and_column) {
    auto response = post("/api/v1/incidents/import",
                         "event_id_cnty,event_date,event_type,admin1\n"
                         "hti1,2024-10-03,Battles,Ouest\n"
                         "hti2,2024-10-04,Battles,N\xF2"
                         "dw\xE8s\n");
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, domain::ErrorCode::invalid_input);
    EXPECT_EQ(response.error().field, "body.csv:3:4");
    EXPECT_EQ(response.error().message.substr(0, 40), "byte 0xF2 at offset 1 is not valid UTF-8");
    EXPECT_FALSE(temporary_.store().incidents().find_by_key("hti1"));
}

TEST_F(ImportEncoding, a_funding_import_refuses_latin1_bytes_with_422_naming_the_cell) {
    auto response =
        post("/api/v1/missions/mss-haiti/funding/import",
             "id,donor,recipient,amount_original,currency,amount_usd,status,date,description,source\n"
             "a,USA,tf,1000,USD,,paid,2025-01-05,Pour le Nord-Ouest,src\n"
             "b,CAN,tf,1000,USD,,paid,2025-01-05,Pour le N\xF2"
             "dw\xE8s,src\n");
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 422);
    auto problem = json::parse(response->body).as_object();
    EXPECT_EQ(problem.at("field").as_string(), "body.csv:3:9");
    auto flows = http::testing::call_route(router_, "GET", "/api/v1/missions/mss-haiti/funding/flows", {}, "",
                                           "editor");
    EXPECT_EQ(http::testing::body_of(flows).at("total").as_int64(), 0) << "nothing lands";
}
