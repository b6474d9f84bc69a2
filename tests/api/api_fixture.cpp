#include "api/api_fixture.hpp"

#include <boost/json/parse.hpp>
#include <fstream>

namespace mssops::api_test {

std::unique_ptr<TempDir> ApiFixture::dir;
std::unique_ptr<ServerProcess> ApiFixture::server;
std::string ApiFixture::admin_token;
std::string ApiFixture::editor_token;
std::string ApiFixture::viewer_token;
std::vector<std::string> ApiFixture::serve_arguments;

namespace {

std::string token_for(const std::string& db, const std::string& name, const std::vector<std::string>& roles) {
    std::vector<std::string> add{"--db", db, "user", "add", name};
    for (const auto& role : roles) add.push_back(role);
    auto added = run_mssops(add);
    EXPECT_EQ(added.exit_code, 0) << added.out;
    auto issued = run_mssops({"--db", db, "--json", "user", "token", name, "--label", "api tests"});
    EXPECT_EQ(issued.exit_code, 0) << issued.out;
    boost::system::error_code ec;
    auto value = boost::json::parse(issued.out, ec);
    if (ec || !value.is_object() || !value.as_object().contains("token")) {
        ADD_FAILURE() << "no token in: " << issued.out;
        return {};
    }
    return std::string(value.at("token").as_string());
}

}  // namespace

void ApiFixture::SetUpTestSuite() {
    dir = std::make_unique<TempDir>();
    const std::string db = (dir->path() / "api.db").string();
    auto init = run_mssops({"--db", db, "init"});
    ASSERT_EQ(init.exit_code, 0) << init.out;
    admin_token = token_for(db, "ada", {"--role", "admin"});
    editor_token = token_for(db, "fred", {"--role", "editor", "--domain", "force"});
    viewer_token = token_for(db, "vic", {"--role", "viewer"});
    // A stand-in for the built dashboard, so static serving is tested without building web/.
    std::filesystem::create_directories(dir->path() / "web" / "assets");
    std::ofstream(dir->path() / "web" / "index.html") << "<!doctype html><title>mssops</title>";
    std::ofstream(dir->path() / "web" / "assets" / "app-5e1f.js") << std::string(2000, ';');
    std::vector<std::string> arguments{"--db", db, "--web-root", (dir->path() / "web").string()};
    arguments.insert(arguments.end(), serve_arguments.begin(), serve_arguments.end());
    server = std::make_unique<ServerProcess>(arguments, dir->path() / "server.log");
}

void ApiFixture::TearDownTestSuite() {
    // A server that exits badly on SIGTERM fails the suite: under the sanitizers that is how a leak
    // or an error at shutdown shows.
    if (server && server->running())
        EXPECT_EQ(server->stop(), 0) << "mssops serve did not exit cleanly; its log ends:\n"
                                     << server->log_tail();
    server.reset();
    dir.reset();
}

void ApiFixture::add_test_mission() {
    auto source = client().request("POST", "/api/v1/sources",
                                   R"({"key":"article","publisher":"Example Wire","title":"MSS in Haiti"})",
                                   as(admin_token));
    ASSERT_EQ(source.status, 201) << source.body;
    auto mission = client().request("POST", "/api/v1/missions",
                                    R"({"key":"mss-haiti","name":"Multinational Security Support Mission",
                                        "host_country":"HTI","lead_nation":"KEN",
                                        "mission_kind":"multinational_authorized","source_id":"article"})",
                                    as(admin_token));
    ASSERT_EQ(mission.status, 201) << mission.body;
}

std::int64_t ApiFixture::total(const std::string& kind) {
    auto response =
        client().request("GET", "/api/v1/" + kind + "?include_retired=true&limit=1", {}, as(admin_token));
    EXPECT_EQ(response.status, 200) << response.body;
    if (response.status != 200) return -1;
    return response.json().at("total").as_int64();
}

}  // namespace mssops::api_test
