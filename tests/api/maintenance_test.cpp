#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <pqxx/pqxx>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

const char* postgres_url() {
    const char* url = std::getenv("MSSOPS_TEST_POSTGRES_URL");
    return url && *url ? url : nullptr;
}

/// Runs mssops with --db `db` and --json, expecting exit 0, and parses what it printed.
json::value run_json(const std::string& db, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", db, "--json"});
    auto result = run_mssops(arguments);
    EXPECT_EQ(result.exit_code, 0) << result.out;
    boost::system::error_code ec;
    auto value = json::parse(result.out, ec);
    EXPECT_FALSE(ec) << result.out;
    return value;
}

std::int64_t total_of(const std::string& db, const std::string& kind) {
    auto page = run_json(db, {"list", kind, "--retired", "--limit", "1"});
    return page.is_object() ? page.at("total").as_int64() : -1;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

/// A few sources and a mission, added the way an operator would (`mssops add`).
void add_records(const std::string& db, const TempDir& dir) {
    write_file(dir.path() / "sources.json", R"([
        {"key":"article","publisher":"Example Wire","title":"MSS in Haiti"},
        {"key":"report","publisher":"UN","title":"Report of the Secretary-General"},
        {"key":"briefing","publisher":"Council","title":"Briefing"}])");
    write_file(dir.path() / "missions.json",
               R"({"key":"mss-haiti","name":"Multinational Security Support Mission",
        "host_country":"HTI","lead_nation":"KEN","mission_kind":"multinational_authorized","source_id":"article"})");
    ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
    auto sources =
        run_mssops({"--db", db, "add", "sources", "--file", (dir.path() / "sources.json").string()});
    ASSERT_EQ(sources.exit_code, 0) << sources.out;
    auto mission =
        run_mssops({"--db", db, "add", "missions", "--file", (dir.path() / "missions.json").string()});
    ASSERT_EQ(mission.exit_code, 0) << mission.out;
}

const char* incident_csv =
    "event_id_cnty,event_date,event_type,actor1,admin1,latitude,longitude,fatalities\n"
    "HTI901,2024-10-01,Battles,Viv Ansanm,Ouest,18.54,-72.30,3\n"
    "HTI902,2024-10-02,Riots,Rioters (Haiti),Artibonite,19.15,-72.61,0\n";

TEST(maintenance, backup_then_restore_brings_back_the_records_as_they_were) {
    TempDir dir;
    const std::string db = (dir.path() / "mssops.db").string();
    const std::string backup = (dir.path() / "backup.db").string();
    add_records(db, dir);
    if (HasFatalFailure()) return;
    const auto sources_before = total_of(db, "sources");
    ASSERT_EQ(sources_before, 3);
    const auto listed_before = run_mssops({"--db", db, "--json", "list", "missions"}).out;

    auto made = run_json(db, {"backup", backup});
    EXPECT_EQ(made.at("backup"), backup.c_str());
    EXPECT_TRUE(std::filesystem::exists(backup));
    // A second backup to the same file would overwrite the first: refused.
    EXPECT_EQ(run_mssops({"--db", db, "backup", backup}).exit_code, 1);

    // Changes after the backup: one more source.
    write_file(dir.path() / "source.json", R"({"key":"after-backup","publisher":"Wire","title":"Later"})");
    ASSERT_EQ(
        run_mssops({"--db", db, "add", "sources", "--file", (dir.path() / "source.json").string()}).exit_code,
        0);
    ASSERT_EQ(total_of(db, "sources"), sources_before + 1);

    auto restored = run_json(db, {"restore", backup});
    EXPECT_EQ(restored.at("restored"), backup.c_str());
    EXPECT_EQ(total_of(db, "sources"), sources_before);
    EXPECT_EQ(run_mssops({"--db", db, "show", "sources", "after-backup"}).exit_code, 1);
    EXPECT_EQ(run_mssops({"--db", db, "--json", "list", "missions"}).out, listed_before);
}

TEST(maintenance, restore_refuses_a_file_that_is_not_an_mssops_backup) {
    TempDir dir;
    const std::string db = (dir.path() / "mssops.db").string();
    add_records(db, dir);
    if (HasFatalFailure()) return;
    const auto sources = total_of(db, "sources");
    write_file(dir.path() / "not-a-backup.db", "just text");
    EXPECT_EQ(run_mssops({"--db", db, "restore", (dir.path() / "not-a-backup.db").string()}).exit_code, 1);
    EXPECT_EQ(run_mssops({"--db", db, "restore", (dir.path() / "missing.db").string()}).exit_code, 1);
    EXPECT_EQ(total_of(db, "sources"), sources);
}

/// A schema of its own in the throwaway server, dropped at the end.
class PostgresSchema {
public:
    explicit PostgresSchema(const std::string& name) : name_(name) {
        pqxx::connection connection(postgres_url());
        pqxx::work work(connection);
        work.exec0("DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
        work.exec0("CREATE SCHEMA " + name_);
        work.commit();
    }
    ~PostgresSchema() {
        try {
            pqxx::connection connection(postgres_url());
            pqxx::work work(connection);
            work.exec0("DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
            work.commit();
        } catch (const std::exception&) {
            // The server may already be gone at the end of the run; the schema goes with it.
        }
    }
    std::string location() const {
        const std::string base = postgres_url();
        return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name_;
    }

private:
    std::string name_;
};

TEST(maintenance, migrate_copies_a_sqlite_store_into_postgresql) {
    if (!postgres_url())
        GTEST_SKIP() << "MSSOPS_TEST_POSTGRES_URL is not set (scripts/with-postgres.sh sets it)";
    TempDir dir;
    const std::string db = (dir.path() / "mssops.db").string();
    add_records(db, dir);
    if (HasFatalFailure()) return;
    write_file(dir.path() / "incidents.csv", incident_csv);
    ASSERT_EQ(
        run_mssops({"--db", db, "incidents", "import", (dir.path() / "incidents.csv").string()}).exit_code,
        0);
    ASSERT_EQ(run_mssops({"--db", db, "user", "add", "ada", "--role", "admin"}).exit_code, 0);
    auto token = run_json(db, {"user", "token", "ada", "--label", "migrate test"});
    ASSERT_TRUE(token.is_object());
    ASSERT_EQ(run_mssops({"--db", db, "alerts", "subscribe", "--user", "ada", "--kind", "mandate_expiry"})
                  .exit_code,
              0);
    auto raised = run_json(db, {"alerts", "new", "--since", "2000-01-01"});
    ASSERT_TRUE(raised.is_object());
    const auto alert_count = static_cast<std::int64_t>(raised.at("alerts").as_array().size());

    PostgresSchema schema("api_migrate_" + std::to_string(getpid()));
    const std::string target = schema.location();
    auto copied = run_json(db, {"migrate", "--to", target});
    ASSERT_TRUE(copied.is_object());
    EXPECT_EQ(copied.at("backend"), "postgresql");
    // The three added records, and the source record the incident import wrote for its file.
    EXPECT_EQ(copied.at("records").as_int64(), 5);
    EXPECT_EQ(copied.at("incidents").as_int64(), 2);
    EXPECT_EQ(copied.at("users").as_int64(), 1);
    EXPECT_EQ(copied.at("api_tokens").as_int64(), 1);
    EXPECT_EQ(copied.at("alerts").as_int64(), alert_count);
    EXPECT_EQ(copied.at("alert_rows").as_int64(), alert_count + 1) << "the alerts and ada's subscription";
    // The copied alerts keep their keys, ids and times: the target raises none of them again.
    EXPECT_EQ(json::serialize(run_json(target, {"alerts", "new", "--since", "2000-01-01"})),
              json::serialize(raised));

    for (const char* kind : {"sources", "missions"})
        EXPECT_EQ(run_mssops({"--db", target, "--json", "list", kind, "--retired", "--limit", "1000"}).out,
                  run_mssops({"--db", db, "--json", "list", kind, "--retired", "--limit", "1000"}).out)
            << kind;
    EXPECT_EQ(run_mssops({"--db", target, "incidents", "export"}).out,
              run_mssops({"--db", db, "incidents", "export"}).out);
    auto users = run_json(target, {"user", "list"});
    EXPECT_NE(json::serialize(users).find("\"ada\""), std::string::npos) << json::serialize(users);

    // The target now holds data: a second migrate is refused and changes nothing.
    EXPECT_EQ(run_mssops({"--db", db, "migrate", "--to", target}).exit_code, 1);
}

}  // namespace
}  // namespace mssops::api_test
