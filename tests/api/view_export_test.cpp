// Computed tables download too (issue 19): strength by country, the council's members and funding by
// donor take ?format= and hold the rows their JSON view lists, on the seeded MSS Haiti data.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/http_client.hpp"
#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

std::vector<std::string> csv_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

class view_export : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<TempDir>();
        const std::string db = (dir->path() / "seeded.db").string();
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        auto seeded = run_mssops({"--db", db, "seed"});
        ASSERT_EQ(seeded.exit_code, 0) << seeded.out;
        server = std::make_unique<ServerProcess>(
            std::vector<std::string>{"--db", db, "--allow-anonymous-reads"}, dir->path() / "server.log");
    }
    static void TearDownTestSuite() {
        server.reset();
        dir.reset();
    }
    static HttpResponse get(const std::string& target) {
        return HttpClient(server->port()).request("GET", target);
    }

    static inline std::unique_ptr<TempDir> dir;
    static inline std::unique_ptr<ServerProcess> server;
};

TEST_F(view_export, the_council_members_download_as_hxl_csv_one_line_per_seat) {
    auto view = get("/api/v1/council/members?year=2025");
    ASSERT_EQ(view.status, 200) << view.body;
    const json::value body = view.json();
    const auto& members = body.at("members").as_array();
    ASSERT_EQ(members.size(), 15u);
    auto csv = get("/api/v1/council/members?year=2025&format=hxl");
    ASSERT_EQ(csv.status, 200) << csv.body;
    EXPECT_EQ(csv.header("content-disposition"), "attachment; filename=\"council-members.csv\"");
    auto lines = csv_lines(csv.body);
    ASSERT_EQ(lines.size(), members.size() + 2);
    EXPECT_EQ(lines[0], "country,seat,term_start,term_end,source_id");
    EXPECT_EQ(lines[1], "#country+code,#meta+seat,#date+start+term,#date+end+term,#meta+source");
    for (std::size_t i = 0; i < members.size(); ++i)
        EXPECT_EQ(lines[i + 2].substr(0, 4), std::string(members[i].at("country").as_string()) + ",") << i;
}

TEST_F(view_export, strength_by_country_downloads_the_groups_of_the_view) {
    auto view = get("/api/v1/missions/mss-haiti/strength?at=2025-06-01");
    ASSERT_EQ(view.status, 200) << view.body;
    const json::value body = view.json();
    const auto& groups = body.at("groups").as_array();
    ASSERT_FALSE(groups.empty());
    auto exported = get("/api/v1/missions/mss-haiti/strength?at=2025-06-01&format=json");
    ASSERT_EQ(exported.status, 200) << exported.body;
    auto rows = json::parse(exported.body).as_array();
    ASSERT_EQ(rows.size(), groups.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (const auto& member : groups[i].as_object())
            if (!member.value().is_object() && !member.value().is_array())
                EXPECT_EQ(rows[i].at(member.key()), member.value()) << i << " " << member.key();
    auto xlsx = get("/api/v1/missions/mss-haiti/strength?at=2025-06-01&format=xlsx");
    EXPECT_EQ(xlsx.body.substr(0, 4), std::string("PK\x03\x04", 4));
}

TEST_F(view_export, funding_downloads_its_per_donor_table) {
    auto view = get("/api/v1/missions/mss-haiti/funding/summary");
    ASSERT_EQ(view.status, 200) << view.body;
    const json::value body = view.json();
    const auto& donors = body.at("by_donor").as_array();
    auto csv = get("/api/v1/missions/mss-haiti/funding/summary?format=csv");
    ASSERT_EQ(csv.status, 200) << csv.body;
    auto lines = csv_lines(csv.body);
    ASSERT_EQ(lines.size(), donors.size() + 1) << csv.body;
    EXPECT_EQ(lines[0].substr(0, 6), "donor,");
}

TEST_F(view_export, a_view_without_a_table_refuses_format_by_name) {
    auto refused = get("/api/v1/missions/mss-haiti/mandate?format=csv");
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.json().at("field"), "format");
}

}  // namespace
}  // namespace mssops::api_test
