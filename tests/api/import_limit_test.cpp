#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

// A synthetic ACLED-column incident file of about `bytes` bytes: events spread over Haiti's bounding box.
std::string incident_csv(std::size_t bytes, int* rows) {
    std::string text =
        "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,admin1,location,"
        "latitude,longitude,fatalities,notes\n";
    int row = 0;
    char line[512];
    while (text.size() < bytes) {
        ++row;
        std::snprintf(
            line, sizeof line,
            "SYN%07d,2024-%02d-%02d,Violence against civilians,Attack,Synthetic armed group %d,"
            "Civilians (Haiti),Ouest,Synthetic place %d,%.4f,%.4f,%d,Synthetic test event number %d "
            "generated for the import size test\n",
            row, row % 12 + 1, row % 28 + 1, row % 17, row % 101, 18.0 + (row % 900) / 1000.0,
            -72.9 + (row % 700) / 1000.0, row % 4, row);
        text += line;
    }
    *rows = row;
    return text;
}

class import_limit : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        uploads = std::filesystem::temp_directory_path() / ("mssops-uploads-" + std::to_string(::getpid()));
        std::filesystem::create_directories(uploads);
        serve_arguments = {"--import-limit", "4000000", "--upload-dir", uploads.string()};
        ApiFixture::SetUpTestSuite();
        serve_arguments.clear();
    }
    static void TearDownTestSuite() {
        ApiFixture::TearDownTestSuite();
        std::filesystem::remove_all(uploads);
    }

    static inline std::filesystem::path uploads;
};

TEST_F(import_limit, imports_a_three_megabyte_incident_file_over_http) {
    int rows = 0;
    const std::string csv = incident_csv(3'000'000, &rows);
    auto imported =
        client().request("POST", "/api/v1/incidents/import?strict=true", csv,
                         {{"Authorization", "Bearer " + admin_token}, {"Content-Type", "text/csv"}});
    ASSERT_EQ(imported.status, 200) << imported.body.substr(0, 400);
    EXPECT_EQ(imported.json().at("committed"), true);
    EXPECT_EQ(imported.json().at("created").as_int64(), rows);
    auto listed = client().request("GET", "/api/v1/incidents?limit=1", {}, as(admin_token));
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_EQ(listed.json().at("total").as_int64(), rows);
    // The body went through a temporary file, which is gone once answered.
    EXPECT_TRUE(std::filesystem::is_empty(uploads));
}

TEST_F(import_limit, answers_413_naming_the_import_limit_for_a_larger_file) {
    int rows = 0;
    const std::string csv = incident_csv(4'200'000, &rows);
    auto refused = client().request("POST", "/api/v1/incidents/import", csv, as(admin_token));
    EXPECT_EQ(refused.status, 413) << refused.body.substr(0, 400);
    EXPECT_EQ(refused.header("content-type"), "application/problem+json");
    EXPECT_EQ(
        refused.json().at("detail"),
        "the request body exceeds the import limit of 4000000 bytes; the server's --import-limit sets it");
    EXPECT_TRUE(std::filesystem::is_empty(uploads));
}

TEST_F(import_limit, refuses_an_import_by_a_caller_who_may_not_import_before_storing_its_body) {
    int rows = 0;
    const std::string csv = incident_csv(2'000'000, &rows);
    auto anonymous = client().request("POST", "/api/v1/incidents/import", csv);
    EXPECT_EQ(anonymous.status, 401) << anonymous.body.substr(0, 400);
    auto viewer = client().request("POST", "/api/v1/incidents/import", csv, as(viewer_token));
    EXPECT_EQ(viewer.status, 403) << viewer.body.substr(0, 400);
    EXPECT_TRUE(std::filesystem::is_empty(uploads));
}

TEST_F(import_limit, keeps_the_one_mebibyte_limit_on_other_routes) {
    const std::string body = R"({"publisher":")" + std::string(2'000'000, 'x') + R"(","title":"big"})";
    auto refused = client().request("POST", "/api/v1/sources", body, as(admin_token));
    EXPECT_EQ(refused.status, 413) << refused.body.substr(0, 400);
    EXPECT_EQ(refused.json().at("detail"), "the request body exceeds the limit of 1048576 bytes");
}

TEST_F(import_limit, removes_the_upload_of_a_refused_import_and_writes_nothing) {
    const std::string csv =
        "event_id_cnty,event_date,event_type,latitude,longitude\nSYNBAD1,not a date,Riots,18.5,-72.3\n";
    auto refused = client().request("POST", "/api/v1/incidents/import?strict=true", csv, as(admin_token));
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.json().at("committed"), false);
    EXPECT_TRUE(std::filesystem::is_empty(uploads));
}

}  // namespace
}  // namespace mssops::api_test
