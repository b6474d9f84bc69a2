#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <fstream>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

class record_routes : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        ApiFixture::SetUpTestSuite();
        add_test_mission();
    }

    static HttpResponse add_event(const std::string& country, int count, const std::string& event,
                                  const std::string& date, const std::string& token = admin_token) {
        json::object body{{"mission", "mss-haiti"}, {"country", country}, {"personnel_type", "police"},
                          {"count", count},         {"event", event},     {"date", date},
                          {"source_id", "article"}};
        return client().request("POST", "/api/v1/deployment_events", json::serialize(body), as(token));
    }

    static void expect_problem(const HttpResponse& response, int status, const std::string& field) {
        EXPECT_EQ(response.status, status) << response.body;
        EXPECT_EQ(response.header("content-type"), "application/problem+json");
        auto body = response.json();
        ASSERT_TRUE(body.is_object());
        EXPECT_EQ(body.at("status").as_int64(), status);
        if (!field.empty()) {
            ASSERT_TRUE(body.as_object().contains("field")) << response.body;
            EXPECT_EQ(body.at("field").as_string(), field);
        }
        EXPECT_EQ(body.at("request_id").as_string(), response.header("x-request-id"));
    }
};

TEST_F(record_routes, creates_a_record_and_answers_201_with_its_location) {
    auto created = add_event("KEN", 400, "arrived", "2024-06-25");
    ASSERT_EQ(created.status, 201) << created.body;
    auto body = created.json().as_object();
    EXPECT_EQ(body.at("kind"), "deployment_events");
    EXPECT_EQ(body.at("version"), 1);
    EXPECT_EQ(body.at("count"), 400);
    EXPECT_EQ(created.header("location"),
              "/api/v1/deployment_events/" + std::to_string(body.at("id").as_int64()));

    auto fetched = client().request("GET", created.header("location"), {}, as(viewer_token));
    EXPECT_EQ(fetched.status, 200);
    EXPECT_EQ(fetched.json(), created.json());
    EXPECT_EQ(fetched.header("etag"), "\"1\"");
}

TEST_F(record_routes, finds_a_record_by_key) {
    auto mission = client().request("GET", "/api/v1/missions/mss-haiti", {}, as(viewer_token));
    EXPECT_EQ(mission.status, 200);
    EXPECT_EQ(mission.json().at("lead_nation"), "KEN");
}

TEST_F(record_routes, answers_400_naming_the_body_when_it_is_not_json_and_writes_nothing) {
    auto before = total("deployment_events");
    auto response = client().request("POST", "/api/v1/deployment_events", "{\"count\": 4", as(admin_token));
    expect_problem(response, 400, "body");
    EXPECT_EQ(total("deployment_events"), before);
}

TEST_F(record_routes, answers_422_naming_an_unknown_field_and_writes_nothing) {
    auto before = total("sources");
    auto response = client().request("POST", "/api/v1/sources",
                                     R"({"publisher":"A","title":"B","colour":"red"})", as(admin_token));
    expect_problem(response, 422, "colour");
    EXPECT_EQ(total("sources"), before);
}

TEST_F(record_routes, answers_422_naming_a_field_of_the_wrong_type_or_out_of_range) {
    auto before = total("deployment_events");
    auto wrong_type = client().request(
        "POST", "/api/v1/deployment_events",
        R"({"mission":"mss-haiti","country":"KEN","personnel_type":"police","count":"many","event":"arrived","date":"2024-06-25","source_id":"article"})",
        as(admin_token));
    expect_problem(wrong_type, 422, "count");
    auto out_of_range = add_event("KEN", 0, "arrived", "2024-06-25");
    expect_problem(out_of_range, 422, "count");
    auto bad_choice = add_event("KEN", 5, "teleported", "2024-06-25");
    expect_problem(bad_choice, 422, "event");
    EXPECT_EQ(total("deployment_events"), before);
}

TEST_F(record_routes, answers_422_for_a_body_that_is_json_but_not_an_object) {
    auto response = client().request("POST", "/api/v1/sources", "[1, 2]", as(admin_token));
    expect_problem(response, 422, "body");
}

TEST_F(record_routes, updates_with_if_match_and_answers_409_when_the_version_is_stale) {
    auto created = add_event("JAM", 20, "pledged", "2024-10-01");
    ASSERT_EQ(created.status, 201);
    std::string location = created.header("location");
    auto updated = client().request("PATCH", location, R"({"count": 24})",
                                    {{"Authorization", "Bearer " + admin_token}, {"If-Match", "\"1\""}});
    ASSERT_EQ(updated.status, 200) << updated.body;
    EXPECT_EQ(updated.json().at("version"), 2);
    EXPECT_EQ(updated.json().at("count"), 24);

    auto before = client().request("GET", location, {}, as(admin_token)).body;
    auto stale = client().request("PATCH", location, R"({"count": 30})",
                                  {{"Authorization", "Bearer " + admin_token}, {"If-Match", "\"1\""}});
    expect_problem(stale, 409, "");
    EXPECT_EQ(client().request("GET", location, {}, as(admin_token)).body, before);
}

TEST_F(record_routes, rejects_an_invalid_change_and_keeps_the_record) {
    auto created = add_event("BHS", 10, "pledged", "2024-10-01");
    std::string location = created.header("location");
    auto response = client().request("PATCH", location, R"({"country": "bahamas"})", as(admin_token));
    expect_problem(response, 422, "country");
    auto after = client().request("GET", location, {}, as(admin_token));
    EXPECT_EQ(after.json().at("country"), "BHS");
    EXPECT_EQ(after.json().at("version"), 1);
}

TEST_F(record_routes, retires_a_record_which_then_leaves_the_list) {
    auto created = client().request("POST", "/api/v1/sources", R"({"publisher":"Old","title":"Retracted"})",
                                    as(admin_token));
    ASSERT_EQ(created.status, 201);
    auto id = created.json().at("id").as_int64();
    auto retired = client().request("DELETE", created.header("location"), {}, as(admin_token));
    ASSERT_EQ(retired.status, 200) << retired.body;
    EXPECT_EQ(retired.json().at("retired"), true);

    auto listed = client().request("GET", "/api/v1/sources?limit=1000", {}, as(admin_token)).json();
    for (const auto& item : listed.at("items").as_array()) EXPECT_NE(item.at("id").as_int64(), id);
    auto with_retired =
        client()
            .request("GET", "/api/v1/sources?include_retired=true&limit=1000", {}, as(admin_token))
            .json();
    bool found = false;
    for (const auto& item : with_retired.at("items").as_array())
        found = found || item.at("id").as_int64() == id;
    EXPECT_TRUE(found);
}

TEST_F(record_routes, refuses_to_change_a_retired_record_until_it_is_restored) {
    auto created = client().request("POST", "/api/v1/sources",
                                    R"({"key":"withdrawn-note","publisher":"Old","title":"Withdrawn"})",
                                    as(admin_token));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string location = created.header("location");
    const std::string id = std::to_string(created.json().at("id").as_int64());
    ASSERT_EQ(client().request("DELETE", location, {}, as(admin_token)).status, 200);

    auto refused = client().request("PATCH", location, R"({"title":"Changed"})", as(admin_token));
    expect_problem(refused, 409, "record");
    EXPECT_EQ(std::string(refused.json().at("detail").as_string()),
              "record " + id + " (sources withdrawn-note) is retired; restore it first");
    EXPECT_EQ(client().request("GET", location, {}, as(admin_token)).json().at("title"), "Withdrawn");

    auto restored = client().request("POST", location + "/restore", {}, as(admin_token));
    ASSERT_EQ(restored.status, 200) << restored.body;
    EXPECT_EQ(restored.json().at("retired"), false);
    auto changed = client().request("PATCH", location, R"({"title":"Changed"})", as(admin_token));
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(changed.json().at("title"), "Changed");
    EXPECT_EQ(client().request("POST", location + "/restore", {}, as(viewer_token)).status, 403);
}

TEST_F(record_routes, refuses_a_cli_change_to_a_retired_record_and_writes_nothing) {
    auto created =
        client().request("POST", "/api/v1/sources",
                         R"({"key":"cli-withdrawn","publisher":"Old","title":"Withdrawn"})", as(admin_token));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string id = std::to_string(created.json().at("id").as_int64());
    ASSERT_EQ(client().request("DELETE", created.header("location"), {}, as(admin_token)).status, 200);
    const auto file = dir->path() / "changed-source.json";
    std::ofstream(file) << R"({"key":"cli-withdrawn","publisher":"Old","title":"Changed by the CLI"})";

    auto refused =
        run_mssops({"--db", (dir->path() / "api.db").string(), "add", "sources", "--file", file.string()});
    EXPECT_EQ(refused.exit_code, 1) << refused.out;
    auto kept = client().request("GET", created.header("location"), {}, as(admin_token));
    EXPECT_EQ(kept.json().at("title"), "Withdrawn");
    EXPECT_EQ(kept.json().at("retired"), true);
}

TEST_F(record_routes, pages_and_filters_lists) {
    for (int day = 1; day <= 5; ++day)
        ASSERT_EQ(add_event("SLV", day, "arrived", "2025-03-0" + std::to_string(day)).status, 201);
    ASSERT_EQ(add_event("SLV", 9, "pledged", "2025-03-03").status, 201);

    auto page = client().request(
        "GET", "/api/v1/deployment_events?country=SLV&event=arrived&limit=2&offset=1", {}, as(viewer_token));
    ASSERT_EQ(page.status, 200) << page.body;
    auto body = page.json().as_object();
    EXPECT_EQ(body.at("total"), 5);
    EXPECT_EQ(body.at("limit"), 2);
    EXPECT_EQ(body.at("offset"), 1);
    ASSERT_EQ(body.at("items").as_array().size(), 2u);
    EXPECT_EQ(body.at("items").as_array()[0].at("date"), "2025-03-02");

    auto range = client().request(
        "GET", "/api/v1/deployment_events?country=SLV&from=2025-03-02&to=2025-03-03", {}, as(viewer_token));
    EXPECT_EQ(range.json().at("total"), 3);
}

TEST_F(record_routes, answers_422_naming_an_unknown_query_parameter) {
    auto response = client().request("GET", "/api/v1/deployment_events?colour=red", {}, as(viewer_token));
    expect_problem(response, 422, "colour");
}

TEST_F(record_routes, answers_404_for_an_unknown_id_and_route) {
    expect_problem(client().request("GET", "/api/v1/sources/999999", {}, as(viewer_token)), 404, "");
    expect_problem(client().request("GET", "/api/v1/nothing-here", {}, as(viewer_token)), 404, "path");
}

TEST_F(record_routes, answers_405_with_allow_for_a_wrong_method) {
    auto response = client().request("PUT", "/api/v1/sources", "{}", as(admin_token));
    EXPECT_EQ(response.status, 405);
    EXPECT_EQ(response.header("allow"), "GET, POST, HEAD");
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
}

TEST_F(record_routes, refuses_anonymous_reads_by_default) {
    expect_problem(client().request("GET", "/api/v1/sources"), 401, "");
}

TEST_F(record_routes, lets_a_viewer_read_but_not_write) {
    EXPECT_EQ(client().request("GET", "/api/v1/sources", {}, as(viewer_token)).status, 200);
    auto before = total("sources");
    expect_problem(
        client().request("POST", "/api/v1/sources", R"({"publisher":"A","title":"B"})", as(viewer_token)),
        403, "");
    EXPECT_EQ(total("sources"), before);
}

TEST_F(record_routes, lets_a_force_editor_write_force_records_and_shared_ones_only) {
    EXPECT_EQ(add_event("KEN", 200, "arrived", "2024-07-16", editor_token).status, 201);
    EXPECT_EQ(client()
                  .request("POST", "/api/v1/sources", R"({"publisher":"Editor","title":"Own find"})",
                           as(editor_token))
                  .status,
              201);
    auto funding =
        client().request("POST", "/api/v1/funding_flows",
                         R"({"donor":"USA","recipient":"mss-trust-fund","amount":1,"currency":"USD",
                                        "status":"pledged","date":"2024-01-01","source_id":"article"})",
                         as(editor_token));
    expect_problem(funding, 403, "");
}

TEST_F(record_routes, answers_413_for_a_body_over_one_mebibyte) {
    std::string huge = R"({"publisher":")" + std::string(1024 * 1024 + 10, 'x') + R"(","title":"big"})";
    auto before = total("sources");
    auto response = client().request("POST", "/api/v1/sources", huge, as(admin_token));
    EXPECT_EQ(response.status, 413);
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    EXPECT_EQ(total("sources"), before);
}

}  // namespace
}  // namespace mssops::api_test
