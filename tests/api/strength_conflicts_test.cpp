// Issue 16: three sources that disagree about the first Kenyan deployments, entered with test sources
// of our own on top of the seed. No movement is counted twice; the Kenyan strength on 2025-02-10 is the
// 744 of the 6 February report; the disagreement is flagged with every source, and `status --json`, the
// API summary and the situation report say the same.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <memory>

#include "api/http_client.hpp"
#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

json::value parse(const std::string& text) {
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    EXPECT_FALSE(ec) << text;
    return value;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

// The test's own sources (synthetic: written for this test, citing no real publication).
const char *test_sources = R"json([
 {"key":"test-conflict-a","publisher":"Test Wire A","title":"400 officers land (test text)",
           "published" : "2024-06-26", "source_kind" : "press", "synthetic" : "yes"
},
 {"key":"test-conflict-b","publisher":"Test Ministry B","title":"Two contingents of about 200 (test text)","published":"2024-07-17","source_kind":"government","synthetic":"yes"},
 {"key":"test-conflict-c","publisher":"Test Ministry C","title":"744 officers in Haiti (test text)","published":"2025-02-07","source_kind":"government","synthetic":"yes"}])json";

const char* test_events = R"json([
 {"key":"test-a-400-2024-06-25","mission":"mss-haiti","country":"KEN","personnel_type":"police","count":400,"event":"arrived","date":"2024-06-25","source_id":"test-conflict-a"},
 {"key":"test-b-200-2024-06-25","mission":"mss-haiti","country":"KEN","personnel_type":"police","count":200,"event":"arrived","date":"2024-06-25","source_id":"test-conflict-b"},
 {"key":"test-b-200-2024-07-16","mission":"mss-haiti","country":"KEN","personnel_type":"police","count":200,"event":"arrived","date":"2024-07-16","source_id":"test-conflict-b"}])json";

const char* test_report = R"json([
 {"key":"test-c-ken-744-2025-02-06","mission":"mss-haiti","country":"KEN","personnel_type":"police","count":744,"qualifier":"exact","date":"2025-02-06","source_id":"test-conflict-c"}])json";

class StrengthConflicts : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<TempDir>();
        db = (dir->path() / "conflicts.db").string();
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        auto seeded = run_mssops({"--db", db, "seed"});
        ASSERT_EQ(seeded.exit_code, 0) << seeded.out;
        const std::pair<const char*, const char*> files[] = {
            {"sources", test_sources}, {"deployment_events", test_events}, {"strength_reports", test_report}};
        for (const auto& [kind, text] : files) {
            auto file = dir->path() / (std::string(kind) + ".json");
            write_file(file, text);
            auto added = run_mssops({"--db", db, "add", kind, "--file", file.string()});
            ASSERT_EQ(added.exit_code, 0) << kind << ": " << added.out;
        }
        ASSERT_EQ(run_mssops({"--db", db, "user", "add", "vic", "--role", "viewer"}).exit_code, 0);
        auto issued = run_mssops({"--db", db, "--json", "user", "token", "vic", "--label", "conflict tests"});
        ASSERT_EQ(issued.exit_code, 0) << issued.out;
        token = std::string(json::parse(issued.out).at("token").as_string());
        std::filesystem::create_directories(dir->path() / "web");
        server = std::make_unique<ServerProcess>(
            std::vector<std::string>{"--db", db, "--web-root", (dir->path() / "web").string()},
            dir->path() / "server.log");
    }
    static void TearDownTestSuite() {
        server.reset();
        dir.reset();
    }

    static json::value status_at(const std::string& day) {
        auto status = run_mssops({"--db", db, "--json", "status", "--at", day});
        EXPECT_EQ(status.exit_code, 0) << status.out;
        return parse(status.out);
    }

    static HttpResponse get(const std::string& target) {
        return HttpClient(server->port()).request("GET", target, {}, {{"Authorization", "Bearer " + token}});
    }

    static const json::object* kenya(const json::value& strength) {
        for (const auto& contingent : strength.at("contingents").as_array())
            if (contingent.at("country").as_string() == "KEN" &&
                contingent.at("personnel_type").as_string() == "police")
                return &contingent.as_object();
        return nullptr;
    }

    static const json::object* conflict_on(const json::value& summary, const std::string& subject) {
        for (const auto& conflict : summary.at("conflicts").as_array())
            if (conflict.at("subject").as_string() == subject) return &conflict.as_object();
        return nullptr;
    }

    static bool lists(const json::value& ids, const std::string& id) {
        for (const auto& item : ids.as_array())
            if (item.as_string() == id) return true;
        return false;
    }

    static inline std::unique_ptr<TempDir> dir;
    static inline std::string db;
    static inline std::string token;
    static inline std::unique_ptr<ServerProcess> server;
};

TEST_F(StrengthConflicts, one_landing_reported_by_three_sources_is_counted_once) {
    auto summary = status_at("2024-06-26");
    // Not 600 (400 + 200) nor 800: the government's 200 outranks the press's 400 and the seed's 200.
    EXPECT_EQ(summary.at("strength").at("count").as_int64(), 200);
    const auto* conflict = conflict_on(summary, "KEN police arrived around 2024-06-25");
    ASSERT_NE(conflict, nullptr) << json::serialize(summary.at("conflicts"));
    EXPECT_EQ(conflict->at("used_value").as_string(), "200 arrived on 2024-06-25");
    std::size_t claims = conflict->at("claims").as_array().size();
    EXPECT_EQ(claims, 3u);
}

TEST_F(StrengthConflicts, the_kenyan_strength_in_february_2025_is_the_744_of_the_6_february_report) {
    auto summary = status_at("2025-02-10");
    const auto& strength = summary.at("strength");
    EXPECT_EQ(strength.at("count").as_int64(), 744);
    EXPECT_EQ(strength.at("derivation").as_string(), "derived");
    const json::object* ken = kenya(strength);
    ASSERT_NE(ken, nullptr);
    EXPECT_EQ(ken->at("count").as_int64(), 744);
    EXPECT_EQ(ken->at("base").at("key").as_string(), "test-c-ken-744-2025-02-06");
    EXPECT_EQ(ken->at("rule").as_string(), "strength report test-c-ken-744-2025-02-06 of 2025-02-06 (744)");
    // Every source behind the Kenyan figure is listed, those set aside included.
    for (const char* source : {"test-conflict-a", "test-conflict-b", "test-conflict-c"})
        EXPECT_TRUE(lists(ken->at("evidence_source_ids"), source)) << source;
    EXPECT_TRUE(lists(strength.at("evidence_source_ids"), "test-conflict-a"));
    // The row for Kenya says 744, not the 944 of adding everything.
    for (const auto& group : summary.at("strength_by_country").as_array())
        if (group.at("label").as_string() == "KEN") EXPECT_EQ(group.at("deployed").as_int64(), 744);
    const auto* conflict = conflict_on(summary, "KEN police arrived around 2024-06-25");
    ASSERT_NE(conflict, nullptr);
    for (const auto& claim : conflict->at("claims").as_array())
        EXPECT_FALSE(claim.at("source_ids").as_array().empty());
}

TEST_F(StrengthConflicts, the_cli_and_the_api_summary_say_the_same) {
    auto cli = status_at("2025-02-10");
    auto api = get("/api/v1/missions/mss-haiti/summary?at=2025-02-10");
    ASSERT_EQ(api.status, 200) << api.body;
    auto body = parse(api.body);
    EXPECT_EQ(json::serialize(body.at("strength")), json::serialize(cli.at("strength")));
    EXPECT_EQ(json::serialize(body.at("conflicts")), json::serialize(cli.at("conflicts")));
    auto strength = get("/api/v1/missions/mss-haiti/strength?at=2025-02-10");
    ASSERT_EQ(strength.status, 200) << strength.body;
    EXPECT_EQ(json::serialize(parse(strength.body).at("conflicts")), json::serialize(cli.at("conflicts")));
}

TEST_F(StrengthConflicts, the_report_flags_the_disagreement_and_cites_every_source) {
    auto report = run_mssops({"--db", db, "report", "--mission", "mss-haiti", "--from", "2025-02-01", "--to",
                              "2025-02-10", "--format", "md"});
    ASSERT_EQ(report.exit_code, 0) << report.out;
    const std::string& md = report.out;
    EXPECT_NE(md.find("- **Deployed on 10 February 2025:** 744[^"), std::string::npos) << md;
    EXPECT_NE(
        md.find("Sources disagree on KEN police arrived around 2024-06-25: 3 values; used 200 arrived on "
                "2024-06-25"),
        std::string::npos)
        << md;
    for (const char* publisher : {"Test Wire A", "Test Ministry B", "Test Ministry C"})
        EXPECT_NE(md.find(publisher), std::string::npos) << publisher;
    EXPECT_NE(md.find("test-c-ken-744-2025-02-06"), std::string::npos);
}

}  // namespace
}  // namespace mssops::api_test
