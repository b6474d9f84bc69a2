// The situation report on a freshly seeded database, through the CLI (`mssops report`) and the API
// (GET /api/v1/missions/{slug}/report): the article's figures, each with its source.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "api/http_client.hpp"
#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

const std::string article_publisher = "Unidentified news article (project seed text)";
const std::string article_key = "[source seed-article-ruto-blinken-2024-11]";
const std::string quarter = "/api/v1/missions/mss-haiti/report?from=2024-10-01&to=2024-12-31";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

class SituationReport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<TempDir>();
        db = (dir->path() / "seeded.db").string();
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        ASSERT_EQ(run_mssops({"--db", db, "seed"}).exit_code, 0);
        ASSERT_EQ(run_mssops({"--db", db, "user", "add", "vic", "--role", "viewer"}).exit_code, 0);
        auto issued = run_mssops({"--db", db, "--json", "user", "token", "vic", "--label", "report tests"});
        ASSERT_EQ(issued.exit_code, 0) << issued.out;
        token = std::string(boost::json::parse(issued.out).at("token").as_string());
        std::filesystem::create_directories(dir->path() / "web");
        server = std::make_unique<ServerProcess>(
            std::vector<std::string>{"--db", db, "--web-root", (dir->path() / "web").string()},
            dir->path() / "server.log");
    }
    static void TearDownTestSuite() {
        server.reset();
        dir.reset();
    }

    static HttpResponse get(const std::string& target, bool signed_in = true) {
        std::vector<std::pair<std::string, std::string>> headers;
        if (signed_in) headers.emplace_back("Authorization", "Bearer " + token);
        return HttpClient(server->port()).request("GET", target, {}, headers);
    }

    static inline std::unique_ptr<TempDir> dir;
    static inline std::string db;
    static inline std::string token;
    static inline std::unique_ptr<ServerProcess> server;
};

TEST_F(SituationReport, the_cli_report_states_the_article_figures_with_their_source) {
    auto report = run_mssops({"--db", db, "report", "--mission", "mss-haiti", "--from", "2024-10-01", "--to",
                              "2024-12-31", "--format", "md"});
    ASSERT_EQ(report.exit_code, 0) << report.out;
    const std::string& md = report.out;
    EXPECT_NE(md.find("- **Deployed on 31 December 2024:** about 400[^"), std::string::npos) << md;
    EXPECT_NE(md.find("- **Target:** 2,500 police by January 2025[^"), std::string::npos) << md;
    EXPECT_NE(md.find("- **Mandate ends:** 2 October 2025[^"), std::string::npos) << md;
    EXPECT_NE(md.find("- **Days left on 31 December 2024:** 275[^"), std::string::npos) << md;
    EXPECT_NE(md.find(article_publisher), std::string::npos) << md;
    EXPECT_NE(md.find("\\[source seed-article-ruto-blinken-2024-11\\]"), std::string::npos) << md;
    // The UN trust fund's recognized contributions of 2023 and 2024 (data/mss-haiti/funding_flows.json).
    EXPECT_NE(md.find("- **Paid:** USD 100,574,009.00[^"), std::string::npos) << md;
    EXPECT_NE(md.find("No incidents are stored"), std::string::npos);
    EXPECT_NE(md.find("vetoed, adoption probability 0%"), std::string::npos) << md;
}

TEST_F(SituationReport, the_cli_prints_the_report_as_json_with_json) {
    auto report = run_mssops({"--db", db, "--json", "report", "--mission", "mss-haiti", "--from",
                              "2024-10-01", "--to", "2024-12-31"});
    ASSERT_EQ(report.exit_code, 0) << report.out;
    auto json = boost::json::parse(report.out).as_object();
    EXPECT_EQ(json.at("mission"), "mss-haiti");
    EXPECT_EQ(json.at("period").at("from"), "2024-10-01");
    EXPECT_EQ(json.at("period").at("to"), "2024-12-31");
    // The target figure, and the footnote it names is a stored source.
    const boost::json::object* target = nullptr;
    for (const auto& section : json.at("sections").as_array())
        for (const auto& figure : section.at("figures").as_array())
            if (figure.at("label") == "Target") target = &figure.as_object();
    ASSERT_NE(target, nullptr) << report.out;
    EXPECT_EQ(target->at("value"), "2,500 police by January 2025");
    auto number = target->at("footnotes").as_array().at(0).as_int64();
    const auto& footnotes = json.at("footnotes").as_array();
    ASSERT_GE(footnotes.size(), static_cast<std::size_t>(number));
    EXPECT_EQ(footnotes.at(number - 1).at("number").as_int64(), number);
    EXPECT_FALSE(footnotes.at(number - 1).at("source_id").as_string().empty());
}

TEST_F(SituationReport, the_cli_writes_html_to_a_file) {
    auto output = dir->path() / "report.html";
    auto written = run_mssops({"--db", db, "report", "--mission", "mss-haiti", "--from", "2024-10-01", "--to",
                               "2024-12-31", "--format", "html", "--output", output.string()});
    ASSERT_EQ(written.exit_code, 0) << written.out;
    std::string html = read_file(output);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("2,500 police by January 2025"), std::string::npos);
    EXPECT_NE(html.find(article_key), std::string::npos);
}

TEST_F(SituationReport, the_cli_prints_a_pdf_with_chromium) {
    if (!std::filesystem::exists("/usr/bin/chromium")) GTEST_SKIP() << "no /usr/bin/chromium";
    auto output = dir->path() / "report.pdf";
    auto written = run_mssops({"--db", db, "report", "--mission", "mss-haiti", "--from", "2024-10-01", "--to",
                               "2024-12-31", "--format", "pdf", "--output", output.string()});
    ASSERT_EQ(written.exit_code, 0) << written.out;
    EXPECT_EQ(read_file(output).rfind("%PDF", 0), 0u);
}

TEST_F(SituationReport, the_cli_fails_without_chromium_for_a_pdf) {
    auto output = dir->path() / "none.pdf";
    auto refused = run_mssops({"--db", db, "report", "--format", "pdf", "--chromium", "/nonexistent/chromium",
                               "--output", output.string()});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_FALSE(std::filesystem::exists(output));
}

TEST_F(SituationReport, the_cli_refuses_a_bad_date) {
    EXPECT_EQ(run_mssops({"--db", db, "report", "--from", "2024-10-32"}).exit_code, 1);
    EXPECT_EQ(run_mssops({"--db", db, "report", "--format", "docx"}).exit_code, 1);
}

TEST_F(SituationReport, the_api_returns_markdown_by_default) {
    auto response = get(quarter);
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.header("content-type"), "text/markdown; charset=utf-8");
    EXPECT_NE(response.body.find("about 400"), std::string::npos);
    EXPECT_NE(response.body.find(article_publisher), std::string::npos);
    // The CLI and the API are two faces of one function.
    auto cli = run_mssops(
        {"--db", db, "report", "--mission", "mss-haiti", "--from", "2024-10-01", "--to", "2024-12-31"});
    EXPECT_EQ(cli.out, response.body);
}

TEST_F(SituationReport, the_api_returns_html) {
    auto response = get(quarter + "&format=html");
    ASSERT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.header("content-type"), "text/html; charset=utf-8");
    EXPECT_EQ(response.body.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(response.body.find("2 October 2025"), std::string::npos);
}

TEST_F(SituationReport, the_api_refuses_anonymous_readers) {
    auto response = get(quarter, false);
    EXPECT_EQ(response.status, 401) << response.body;
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
}

TEST_F(SituationReport, the_api_names_a_bad_date) {
    auto response = get("/api/v1/missions/mss-haiti/report?from=2024-13-01");
    ASSERT_EQ(response.status, 422) << response.body;
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    EXPECT_EQ(response.json().at("field"), "from");
    EXPECT_EQ(response.json().at("detail"), "from must be a day as YYYY-MM-DD, got \"2024-13-01\"");
}

TEST_F(SituationReport, the_api_refuses_pdf_and_unknown_parameters) {
    auto pdf = get(quarter + "&format=pdf");
    ASSERT_EQ(pdf.status, 422) << pdf.body;
    EXPECT_EQ(pdf.json().at("field"), "format");
    auto unknown = get(quarter + "&at=2024-12-31");
    ASSERT_EQ(unknown.status, 422) << unknown.body;
    EXPECT_EQ(unknown.json().at("field"), "at");
}

TEST_F(SituationReport, the_cli_warns_of_old_evidence_after_the_days_given_by_stale_after) {
    std::vector<std::string> quarter_cli = {"--db",   db,           "report", "--mission", "mss-haiti",
                                            "--from", "2024-10-01", "--to",   "2024-12-31"};
    auto usual = run_mssops(quarter_cli);
    ASSERT_EQ(usual.exit_code, 0) << usual.out;
    EXPECT_EQ(usual.out.find("Warning: on 31 December 2024 the newest"), std::string::npos) << usual.out;
    quarter_cli.insert(quarter_cli.end(), {"--stale-after", "7"});
    auto strict = run_mssops(quarter_cli);
    ASSERT_EQ(strict.exit_code, 0) << strict.out;
    EXPECT_NE(strict.out.find("Warning: on 31 December 2024 the newest"), std::string::npos) << strict.out;
    auto refused = run_mssops({"--db", db, "report", "--stale-after", "0"});
    EXPECT_EQ(refused.exit_code, 1);
}

TEST_F(SituationReport, the_api_warns_of_old_evidence_after_stale_after_days) {
    auto usual = get(quarter);
    ASSERT_EQ(usual.status, 200) << usual.body;
    EXPECT_EQ(usual.body.find("Warning: on 31 December 2024 the newest"), std::string::npos) << usual.body;
    auto strict = get(quarter + "&stale_after_days=7");
    ASSERT_EQ(strict.status, 200) << strict.body;
    EXPECT_NE(strict.body.find("Warning: on 31 December 2024 the newest"), std::string::npos) << strict.body;
    auto cli = run_mssops({"--db", db, "report", "--mission", "mss-haiti", "--from", "2024-10-01", "--to",
                           "2024-12-31", "--stale-after", "7"});
    EXPECT_EQ(cli.out, strict.body);
    auto refused = get(quarter + "&stale_after_days=0");
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.json().at("field"), "stale_after_days");
    EXPECT_EQ(refused.json().at("detail"),
              "stale_after_days must be a whole number from 1 to 36500, got \"0\"");
}

TEST_F(SituationReport, the_api_answers_404_for_an_unknown_mission) {
    auto response = get("/api/v1/missions/nowhere/report");
    ASSERT_EQ(response.status, 404) << response.body;
    EXPECT_EQ(response.json().at("field"), "slug");
}

}  // namespace
}  // namespace mssops::api_test
