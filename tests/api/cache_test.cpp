// A cached read must not outlive a write, even one made by another process (the CLI).
#include <gtest/gtest.h>

#include <fstream>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

class CachedReads : public ApiFixture {};

TEST_F(CachedReads, see_a_record_the_cli_added_while_the_server_ran) {
    auto before = client().request("GET", "/api/v1/sources?limit=1", {}, as(viewer_token));
    ASSERT_EQ(before.status, 200) << before.body;
    const auto count = before.json().at("total").as_int64();
    // The same read again is answered from the cache.
    ASSERT_EQ(client()
                  .request("GET", "/api/v1/sources?limit=1", {}, as(viewer_token))
                  .json()
                  .at("total")
                  .as_int64(),
              count);

    const auto file = dir->path() / "source.json";
    std::ofstream(file) << R"({"key":"cli-added-source","publisher":"Test","title":"Added by the CLI"})";
    auto added =
        run_mssops({"--db", (dir->path() / "api.db").string(), "add", "sources", "--file", file.string()});
    ASSERT_EQ(added.exit_code, 0) << added.out;

    auto after = client().request("GET", "/api/v1/sources?limit=1", {}, as(viewer_token));
    ASSERT_EQ(after.status, 200) << after.body;
    EXPECT_EQ(after.json().at("total").as_int64(), count + 1);
}

// A write drops only the cached views that read the kind it wrote: an incident keeps the mission
// summary cached, a deployment event keeps the incident list, and the writer reads its own write.
TEST_F(CachedReads, drop_only_the_views_that_read_the_kind_written) {
    add_test_mission();
    const std::string summary = "/api/v1/missions/mss-haiti/summary?at=2025-01-01";
    const std::string incidents = "/api/v1/incidents?limit=5";
    auto read = [&](const std::string& target) {
        auto response = client().request("GET", target, {}, as(viewer_token));
        EXPECT_EQ(response.status, 200) << target << ": " << response.body;
        return response;
    };
    read(summary);
    read(incidents);
    EXPECT_EQ(read(summary).header("cache-status"), "mssops; hit");
    EXPECT_EQ(read(incidents).header("cache-status"), "mssops; hit");

    auto incident = client().request("POST", "/api/v1/incidents",
                                     R"({"date":"2024-12-01","event_type":"Battles","admin1":"Ouest",
                                         "country":"HTI","fatalities":2,"source_id":"article"})",
                                     as(admin_token));
    ASSERT_EQ(incident.status, 201) << incident.body;
    EXPECT_EQ(read(summary).header("cache-status"), "mssops; hit") << "an incident dropped the summary";
    auto after_incident = read(incidents);
    EXPECT_EQ(after_incident.header("cache-status"), "") << "the incident list outlived an incident write";
    EXPECT_EQ(after_incident.json().at("total").as_int64(), 1);

    auto event = client().request("POST", "/api/v1/deployment_events",
                                  R"({"mission":"mss-haiti","country":"KEN","personnel_type":"police",
                                      "count":200,"event":"arrived","date":"2024-06-25","source_id":"article"})",
                                  as(admin_token));
    ASSERT_EQ(event.status, 201) << event.body;
    EXPECT_EQ(read(incidents).header("cache-status"), "mssops; hit") << "a deployment dropped the incidents";
    auto after_event = client().request("GET", summary, {}, as(admin_token));
    ASSERT_EQ(after_event.status, 200) << after_event.body;
    EXPECT_EQ(after_event.header("cache-status"), "")
        << "the writer was served the summary from before its write";
    EXPECT_NE(after_event.body.find("\"KEN\""), std::string::npos) << after_event.body;
}

}  // namespace
}  // namespace mssops::api_test
