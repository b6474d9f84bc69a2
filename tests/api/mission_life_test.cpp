// A mission's life cycle and the age of its figures, through the CLI and the API: on the reference
// data (the MSS succeeded by the Gang Suppression Force under S/RES/2793) and on a made-up mission
// with its own host country, lead nation, mandate and successor (its source is marked synthetic).
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <regex>

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

std::string text(const json::value& value) {
    return value.is_string() ? std::string(value.as_string()) : "";
}

std::string first_day(std::string date) {
    if (!date.empty() && date.back() == '~') date.pop_back();
    if (date.size() == 4) date += "-01";
    if (date.size() == 7) date += "-01";
    return date;
}

/// The newest date (YYYY-MM-DD, or shorter for a month) among the records of `kind` of `mission` that
/// a head count rests on: movements of people (not pledges) and mission-wide strength reports.
std::string newest_figure_date(const std::string& db, const std::string& mission, const std::string& on) {
    std::string newest;
    for (const char* kind : {"deployment_events", "strength_reports"}) {
        auto listed =
            run_mssops({"--db", db, "--json", "list", kind, "--mission", mission, "--limit", "1000"});
        EXPECT_EQ(listed.exit_code, 0) << listed.out;
        const json::value page = parse(listed.out);
        for (const auto& item : page.at("items").as_array()) {
            const auto& record = item.as_object();
            if (first_day(text(record.at("date"))) > on) continue;
            if (record.contains("event") && text(record.at("event")) == "pledged") continue;
            if (record.contains("country") && !text(record.at("country")).empty() &&
                std::string(kind) == "strength_reports")
                continue;
            // Dates compare by the first day they stand for: "2024-11~" is 2024-11-01.
            if (newest.empty() || first_day(text(record.at("date"))) > first_day(newest))
                newest = text(record.at("date"));
        }
    }
    return newest;
}

/// A viewer's API token on `db`.
std::string viewer_token(const std::string& db) {
    EXPECT_EQ(run_mssops({"--db", db, "user", "add", "lifecycle-reader", "--role", "viewer"}).exit_code, 0);
    auto issued = run_mssops({"--db", db, "--json", "user", "token", "lifecycle-reader", "--label", "life"});
    EXPECT_EQ(issued.exit_code, 0) << issued.out;
    return std::string(parse(issued.out).at("token").as_string());
}

class ReferenceLifeCycle : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<TempDir>();
        db = (dir->path() / "reference.db").string();
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        auto seeded = run_mssops({"--db", db, "--json", "seed"});
        ASSERT_EQ(seeded.exit_code, 0) << seeded.out;
    }
    static void TearDownTestSuite() { dir.reset(); }

    static json::value status(const std::vector<std::string>& extra) {
        std::vector<std::string> arguments{"--db", db, "--json", "status"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        auto run = run_mssops(arguments);
        EXPECT_EQ(run.exit_code, 0) << run.out;
        return parse(run.out);
    }

    static inline std::unique_ptr<TempDir> dir;
    static inline std::string db;
};

TEST_F(ReferenceLifeCycle, the_mission_in_force_on_6_december_2026_is_the_gang_suppression_force) {
    auto summary = status({"--at", "2026-12-06"});
    EXPECT_EQ(summary.at("mission").at("slug").as_string(), "gsf-haiti");
    EXPECT_EQ(summary.at("predecessor").at("slug").as_string(), "mss-haiti");
}

TEST_F(ReferenceLifeCycle, the_mss_shows_succeeded_by_with_s_res_2793_and_its_vote) {
    auto summary = status({"--mission", "mss-haiti", "--at", "2026-12-06"});
    const auto& mandate = summary.at("mandate");
    EXPECT_EQ(mandate.at("state").as_string(), "succeeded");
    const auto& succession = mandate.at("succeeded_by");
    EXPECT_EQ(succession.at("successor").as_string(), "gsf-haiti");
    EXPECT_EQ(succession.at("label").as_string(), "S/RES/2793 (2025)");
    EXPECT_EQ(succession.at("vote").at("text").as_string(), "12-0-3");
    EXPECT_EQ(succession.at("vote").at("abstaining"),
              (json::array{"China", "Russian Federation", "Pakistan"}));
    EXPECT_EQ(
        succession.at("text").as_string(),
        "succeeded by the Gang Suppression Force in Haiti (S/RES/2793 (2025)), adopted on 2025-09-30 by "
        "12-0-3, China, Russian Federation and Pakistan abstaining");
    EXPECT_EQ(mandate.at("state_text").as_string().find("lapsed"), json::string::npos);
    EXPECT_TRUE(mandate.at("alerts").as_array().empty());
    EXPECT_EQ(summary.at("successor").at("slug").as_string(), "gsf-haiti");
}

TEST_F(ReferenceLifeCycle, the_status_table_says_succeeded_by_and_warns_of_old_figures) {
    auto run = run_mssops({"--db", db, "status", "--mission", "mss-haiti", "--at", "2026-12-06"});
    ASSERT_EQ(run.exit_code, 0) << run.out;
    EXPECT_NE(run.out.find("succeeded by the Gang Suppression Force in Haiti (S/RES/2793 (2025))"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(run.out.find("lapsed"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("warning: figures older than 90 days:"), std::string::npos) << run.out;
}

TEST_F(ReferenceLifeCycle, a_staleness_warning_names_the_newest_deployment_figure_and_its_age) {
    const std::string newest = newest_figure_date(db, "mss-haiti", "2026-12-06");
    ASSERT_FALSE(newest.empty());
    auto summary = status({"--mission", "mss-haiti", "--at", "2026-12-06"});
    EXPECT_EQ(summary.at("evidence").at("strength").at("as_of").as_string(), newest);
    EXPECT_EQ(summary.at("strength").at("evidence_date").as_string(), newest);
    const auto& first = summary.at("staleness").at(0);
    EXPECT_EQ(first.at("figure").as_string(), "strength");
    const std::string message(first.at("message").as_string());
    std::smatch found;
    ASSERT_TRUE(std::regex_match(
        message, found,
        std::regex("the newest deployment figure is from (about )?(\\S+), \\d+ (days|months|years) ago")))
        << message;
    std::string recorded = newest;
    if (recorded.back() == '~') recorded.pop_back();
    EXPECT_EQ(found[2].str(), recorded);
}

TEST_F(ReferenceLifeCycle, a_shorter_threshold_is_a_setting) {
    auto strict = status({"--mission", "mss-haiti", "--at", "2024-11-08", "--stale-after", "1"});
    EXPECT_EQ(strict.at("stale_after_days").as_int64(), 1);
    auto lenient = status({"--mission", "mss-haiti", "--at", "2024-11-08", "--stale-after", "36500"});
    for (const auto& warning : lenient.at("staleness").as_array())
        EXPECT_NE(warning.at("figure").as_string(), "strength");
}

TEST_F(ReferenceLifeCycle, the_mss_on_8_november_2024_still_gives_the_seed_facts) {
    for (const auto& summary :
         {status({"--mission", "mss-haiti", "--at", "2024-11-08"}), status({"--at", "2024-11-08"})}) {
        EXPECT_EQ(summary.at("mission").at("slug").as_string(), "mss-haiti");
        EXPECT_EQ(summary.at("strength").at("count").as_int64(), 400);
        EXPECT_EQ(summary.at("targets").at(0).at("target").at("number").as_int64(), 2500);
        EXPECT_EQ(summary.at("mandate").at("end").as_string(), "2025-10-02");
        EXPECT_EQ(summary.at("mandate").at("state").as_string(), "in_force");
    }
}

TEST_F(ReferenceLifeCycle, a_forecast_for_the_mss_today_forecasts_nothing_from_no_data) {
    auto run = run_mssops({"--db", db, "--json", "forecast", "--mission", "mss-haiti", "--at", "2026-12-06"});
    ASSERT_EQ(run.exit_code, 0) << run.out;
    const json::value forecast = parse(run.out);
    for (const auto& target : forecast.at("targets").as_array()) {
        const auto& pace = target.at("at_observed_pace");
        EXPECT_TRUE(pace.at("no_recent_data").as_bool());
        EXPECT_EQ(text(pace.at("reason")).find("net change of 0"), std::string::npos) << pace;
        EXPECT_EQ(text(pace.at("reason")).rfind("no deployment figure", 0), 0u) << pace;
    }
}

TEST_F(ReferenceLifeCycle, the_api_gives_what_the_cli_gives_and_defaults_to_the_mission_in_force) {
    const std::string token = viewer_token(db);
    const std::vector<std::pair<std::string, std::string>> auth{{"Authorization", "Bearer " + token}};
    {
        ServerProcess server({"--db", db}, dir->path() / "serve.log");
        HttpClient client(server.port());
        auto summary = client.request("GET", "/api/v1/missions/mss-haiti/summary?at=2026-12-06", {}, auth);
        ASSERT_EQ(summary.status, 200) << summary.body;
        EXPECT_EQ(summary.json(), status({"--mission", "mss-haiti", "--at", "2026-12-06"}));
        auto in_force = client.request("GET", "/api/v1/mission-in-force?at=2026-12-06", {}, auth);
        ASSERT_EQ(in_force.status, 200) << in_force.body;
        EXPECT_EQ(in_force.json().at("in_force").as_string(), "gsf-haiti");
        EXPECT_EQ(in_force.json().at("default").as_string(), "gsf-haiti");
        auto earlier = client.request("GET", "/api/v1/mission-in-force?at=2024-11-08", {}, auth);
        EXPECT_EQ(earlier.json().at("in_force").as_string(), "mss-haiti");
        auto alerts = client.request("GET", "/api/v1/missions/mss-haiti/alerts?at=2026-12-06", {}, auth);
        ASSERT_EQ(alerts.status, 200) << alerts.body;
        bool succeeded = false;
        const json::value alert_body = alerts.json();
        for (const auto& alert : alert_body.at("alerts").as_array()) {
            EXPECT_NE(alert.at("kind").as_string(), "mandate_lapsed");
            if (alert.at("kind").as_string() != "mission_succeeded") continue;
            succeeded = true;
            // The dashboard says it in the reader's language from the code, the successor's name kept.
            EXPECT_EQ(alert.at("message_code").as_string(), "mission.succeeded");
            const auto& succession = alert.at("message_params").at("succession");
            EXPECT_EQ(succession.at("code").as_string(), "mandate.succeeded_by");
            // The resolution's label is a sentence of its own, so a language can word "resolution 2793".
            const auto& label = succession.at("params").at("label");
            EXPECT_EQ(label.at("code").as_string(), "resolution.label");
            EXPECT_EQ(label.at("params").at("symbol").as_string(), "S/RES/2793 (2025)");
        }
        EXPECT_TRUE(succeeded) << alerts.body;
    }
    ServerProcess configured({"--db", db, "--mission", "mss-haiti", "--stale-after", "30"},
                             dir->path() / "serve-configured.log");
    HttpClient client(configured.port());
    auto in_force = client.request("GET", "/api/v1/mission-in-force?at=2026-12-06", {}, auth);
    EXPECT_EQ(in_force.json().at("default").as_string(), "mss-haiti");
    EXPECT_EQ(in_force.json().at("configured").as_string(), "mss-haiti");
    auto summary = client.request("GET", "/api/v1/missions/mss-haiti/summary?at=2026-12-06", {}, auth);
    EXPECT_EQ(summary.json().at("stale_after_days").as_int64(), 30);
}

TEST_F(ReferenceLifeCycle, the_situation_report_warns_of_old_figures_and_names_the_successor) {
    auto run = run_mssops(
        {"--db", db, "report", "--mission", "mss-haiti", "--from", "2026-11-06", "--to", "2026-12-05"});
    ASSERT_EQ(run.exit_code, 0) << run.out;
    EXPECT_NE(run.out.find("Warning: on 5 December 2026 the newest deployment figure is from"),
              std::string::npos)
        << run.out.substr(0, 2000);
    EXPECT_NE(run.out.find("succeeded by the Gang Suppression Force in Haiti (S/RES/2793 (2025))"),
              std::string::npos);
}

// The made-up mission (real country codes, since unknown ones are refused, under made-up names): "Country
// A" (NRU) hosts it, "Country B" (TUV) leads it; S/RES/9001 (2021) authorizes it to 2023-02-28 and
// S/RES/9002 (2023) replaces it on 2023-01-10 with a stabilization force, 9-0-2 (Country C and D abstaining).
void write(const std::filesystem::path& path, const std::string& body) {
    std::ofstream out(path);
    out << body;
}

class SyntheticLifeCycle : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<TempDir>();
        db = (dir->path() / "synthetic.db").string();
        auto data = dir->path() / "dataset";
        std::filesystem::create_directories(data);
        write(data / "sources.json", R"json([{"key": "synthetic-life", "publisher": "mssops tests",
            "title": "Made-up missions for the life-cycle tests", "published": "2026-12-01", "synthetic": "yes"}])json");
        write(data / "countries.json", R"json([
            {"key": "nru", "iso3": "NRU", "name": "Country A", "source_id": "synthetic-life"},
            {"key": "tuv", "iso3": "TUV", "name": "Country B", "source_id": "synthetic-life"},
            {"key": "plw", "iso3": "PLW", "name": "Country C", "source_id": "synthetic-life"},
            {"key": "kir", "iso3": "KIR", "name": "Country D", "source_id": "synthetic-life"}])json");
        write(data / "organisations.json", R"json([{"key": "council", "name": "Made-up Council",
            "organisation_kind": "un_body", "source_id": "synthetic-life"}])json");
        write(data / "missions.json", R"json([
            {"key": "ncsm-xaa", "name": "Northern Coast Support Mission", "acronym": "NCSM", "host_country": "NRU",
             "lead_nation": "TUV", "mission_kind": "multinational_authorized", "start_date": "2021-03-01",
             "end_date": "2023-02-28", "source_id": "synthetic-life"},
            {"key": "ncsf-xaa", "name": "Northern Coast Stabilization Force", "acronym": "NCSF",
             "host_country": "NRU", "lead_nation": "TUV", "mission_kind": "multinational_authorized",
             "start_date": "2023-01-10", "predecessor": "ncsm-xaa", "succession_resolution": "syn-res-9002",
             "source_id": "synthetic-life"}])json");
        write(data / "resolutions.json", R"json([
            {"key": "syn-res-9001", "body": "council", "number": 9001, "symbol": "S/RES/9001 (2021)",
             "adopted": "2021-02-15", "action": "authorize", "outcome": "adopted", "mission": "ncsm-xaa",
             "mandate_end": "2023-02-28", "source_id": "synthetic-life"
    },
            {"key": "syn-res-9002", "body": "council", "number": 9002, "symbol": "S/RES/9002 (2023)",
             "adopted": "2023-01-10", "action": "authorize", "outcome": "adopted", "mission": "ncsf-xaa",
             "mandate_end": "2024-01-09", "votes_yes": ["FRA", "GBR", "USA", "TUV", "NRU", "FJI", "WSM", "TON", "VUT"],
             "votes_no": [], "votes_abstain": ["PLW", "KIR"], "source_id": "synthetic-life"}])json");
        write(data / "deployment_events.json", R"json([
            {"key": "xab-1", "mission": "ncsm-xaa", "country": "TUV", "personnel_type": "police", "count": 300,
             "event": "arrived", "date": "2021-04-01", "source_id": "synthetic-life"},
            {"key": "xab-2", "mission": "ncsm-xaa", "country": "TUV", "personnel_type": "police", "count": 200,
             "event": "arrived", "date": "2022-11-15", "source_id": "synthetic-life"}])json");
        write(data / "strength_targets.json", R"json([{"key": "ncsm-1000", "mission": "ncsm-xaa",
            "personnel_type": "police", "number": 1000, "by_date": "2025-06", "source_id": "synthetic-life"}])json");
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        auto seeded = run_mssops({"--db", db, "--json", "seed", "--dataset", data.string()});
        ASSERT_EQ(seeded.exit_code, 0) << seeded.out;
    }
    static void TearDownTestSuite() { dir.reset(); }

    static json::value run_json(std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"--db", db, "--json"});
        auto run = run_mssops(arguments);
        EXPECT_EQ(run.exit_code, 0) << run.out;
        return parse(run.out);
    }

    static inline std::unique_ptr<TempDir> dir;
    static inline std::string db;
};

TEST_F(SyntheticLifeCycle, its_source_is_marked_synthetic) {
    auto source = run_json({"show", "sources", "synthetic-life"});
    EXPECT_EQ(source.at("synthetic").as_string(), "yes");
}

TEST_F(SyntheticLifeCycle, the_mission_in_force_follows_the_date_asked) {
    EXPECT_EQ(run_json({"status", "--at", "2022-06-01"}).at("mission").at("slug").as_string(), "ncsm-xaa");
    EXPECT_EQ(run_json({"status", "--at", "2023-06-01"}).at("mission").at("slug").as_string(), "ncsf-xaa");
    EXPECT_EQ(run_json({"alerts", "--at", "2022-06-01"}).at("mission").as_string(), "ncsm-xaa");
}

TEST_F(SyntheticLifeCycle, the_configured_mission_is_the_default) {
    setenv("MSSOPS_MISSION", "ncsm-xaa", 1);
    auto summary = run_json({"status", "--at", "2023-06-01"});
    unsetenv("MSSOPS_MISSION");
    EXPECT_EQ(summary.at("mission").at("slug").as_string(), "ncsm-xaa");
}

TEST_F(SyntheticLifeCycle, the_first_mission_reads_succeeded_by_with_the_recorded_vote) {
    auto summary = run_json({"status", "--mission", "ncsm-xaa", "--at", "2024-09-15"});
    EXPECT_EQ(summary.at("mandate").at("state").as_string(), "succeeded");
    EXPECT_EQ(
        summary.at("mandate").at("state_text").as_string(),
        "succeeded by the Northern Coast Stabilization Force (S/RES/9002 (2023)), adopted on 2023-01-10 by "
        "9-0-2, Country C and Country D abstaining; the last mandate (S/RES/9001 (2021)) ran to 2023-02-28");
}

TEST_F(SyntheticLifeCycle, old_figures_are_named_with_their_date_and_age) {
    auto summary = run_json({"status", "--mission", "ncsm-xaa", "--at", "2024-09-15"});
    EXPECT_EQ(summary.at("staleness").at(0).at("message").as_string(),
              "the newest deployment figure is from 2022-11-15, 22 months ago");
    auto successor = run_json({"status", "--at", "2024-09-15"});
    EXPECT_EQ(successor.at("staleness").at(0).at("message").as_string(),
              "no deployment figure is recorded on or before 2024-09-15");
}

TEST_F(SyntheticLifeCycle, a_forecast_without_recent_data_forecasts_nothing) {
    auto forecast = run_json({"forecast", "--mission", "ncsm-xaa", "--at", "2024-09-15"});
    const auto& target = forecast.at("targets").at(0);
    EXPECT_EQ(
        target.at("at_observed_pace").at("reason").as_string(),
        "no deployment figure after 2022-11-15, so no pace can be measured from 2024-06-17 to 2024-09-15 "
        "and nothing is forecast");
    EXPECT_TRUE(target.at("at_observed_pace").at("reached_on").is_null());
    EXPECT_EQ(target.at("shortfall_basis").as_string(), "no_recent_data");
}

}  // namespace
}  // namespace mssops::api_test
