#include <gtest/gtest.h>
#include <sqlite3.h>

#include <boost/json/parse.hpp>
#include <fstream>
#include <string>

#include "api/server_process.hpp"

// Text in, UTF-8 out, through the mssops binary: a Latin-1 CSV is refused unless its encoding is
// named, and `mssops check --repair` mends a database damaged by imports that stored raw bytes.

namespace mssops::api_test {
namespace {

namespace json = boost::json;

const std::string latin1_name =
    "N\xF2"
    "dw\xE8s";
const std::string utf8_name =
    "N\xC3\xB2"
    "dw\xC3\xA8s";

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

/// A store holding one source, "cnigs", created the way an operator would.
std::string store_with_source(const TempDir& dir) {
    const std::string db = (dir.path() / "mssops.db").string();
    write_file(dir.path() / "sources.json",
               R"([{"key":"cnigs","publisher":"CNIGS","title":"Limites administratives"}])");
    EXPECT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
    auto added = run_mssops({"--db", db, "add", "sources", "--file", (dir.path() / "sources.json").string()});
    EXPECT_EQ(added.exit_code, 0) << added.out;
    return db;
}

/// Runs one SQL statement with `body` bound to ?1 and returns the new row id: how the test stores
/// what the old import code stored, past the checks every write path now makes.
std::int64_t write_directly(const std::string& db, const std::string& sql, const std::string& body = "") {
    sqlite3* handle = nullptr;
    EXPECT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(handle, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
        << sqlite3_errmsg(handle);
    if (sql.find("?1") != std::string::npos)
        sqlite3_bind_text(statement, 1, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
    EXPECT_EQ(sqlite3_step(statement), SQLITE_DONE) << sqlite3_errmsg(handle);
    sqlite3_finalize(statement);
    const std::int64_t id = sqlite3_last_insert_rowid(handle);
    sqlite3_close(handle);
    return id;
}

std::string query_text(const std::string& db, const std::string& sql) {
    sqlite3* handle = nullptr;
    EXPECT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(handle, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
        << sqlite3_errmsg(handle);
    std::string text;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto* value = sqlite3_column_text(statement, 0);
        text += value ? reinterpret_cast<const char*>(value) : "";
        text += '\n';
    }
    sqlite3_finalize(statement);
    sqlite3_close(handle);
    return text;
}

/// An admin unit as the old shapefile import stored it: the DBF's Latin-1 bytes inside the JSON body.
std::int64_t store_damaged_unit(const std::string& db, const std::string& key, const std::string& name) {
    const std::string body = R"({"country":"HTI","key":")" + key + R"(","level":1,"name":")" + name +
                             R"(","pcode":"HT09","source_id":"cnigs"})";
    return write_directly(
        db,
        "INSERT INTO records (kind, key, version, retired, created_at, updated_at, country, body) "
        "VALUES ('admin_units', '" +
            key +
            "', 1, 0, '2026-01-05T10:00:00Z', "
            "'2026-01-05T10:00:00Z', 'HTI', ?1)",
        body);
}

}  // namespace

TEST(check_command, repairs_a_latin1_body_left_by_the_old_shapefile_import) {
    TempDir dir;
    const std::string db = store_with_source(dir);
    const std::int64_t id = store_damaged_unit(db, "ht09", latin1_name);
    // The damage as the issue met it: the unit cannot be listed.
    EXPECT_NE(run_mssops({"--db", db, "list", "admin_units"}).exit_code, 0);

    auto found = run_mssops({"--db", db, "check"});
    EXPECT_EQ(found.exit_code, 1) << found.out;
    EXPECT_NE(found.out.find("admin_units " + std::to_string(id) + " (key \"ht09\"): name: not UTF-8"),
              std::string::npos)
        << found.out;

    auto repaired = run_mssops({"--db", db, "check", "--repair"});
    EXPECT_EQ(repaired.exit_code, 0) << repaired.out;
    EXPECT_NE(repaired.out.find("name: re-encoded from windows-1252"), std::string::npos) << repaired.out;

    auto listed = run_mssops({"--db", db, "--json", "list", "admin_units"});
    ASSERT_EQ(listed.exit_code, 0) << listed.out;
    auto page = json::parse(listed.out);
    ASSERT_EQ(page.at("items").as_array().size(), 1u);
    EXPECT_EQ(page.at("items").at(0).at("name").as_string(), utf8_name);
    EXPECT_EQ(page.at("items").at(0).at("version").as_int64(), 2);

    const std::string audit = query_text(db,
                                         "SELECT action || ' ' || actor || ' ' || after FROM audit WHERE "
                                         "kind = 'admin_units' AND record_id = " +
                                             std::to_string(id));
    EXPECT_NE(audit.find("repair cli:"), std::string::npos) << audit;
    EXPECT_NE(audit.find(utf8_name), std::string::npos) << audit;

    auto clean = run_mssops({"--db", db, "check"});
    EXPECT_EQ(clean.exit_code, 0) << clean.out;
}

TEST(check_command, retires_a_record_whose_bytes_are_not_windows_1252_either) {
    TempDir dir;
    const std::string db = store_with_source(dir);
    const std::int64_t id = store_damaged_unit(db, "ht08", "Nip\x81");
    auto repaired = run_mssops({"--db", db, "--json", "check", "--repair"});
    EXPECT_EQ(repaired.exit_code, 0) << repaired.out;
    auto report = json::parse(repaired.out);
    ASSERT_EQ(report.at("damaged").as_array().size(), 1u);
    EXPECT_EQ(report.at("damaged").at(0).at("outcome").as_string(), "retired");
    EXPECT_EQ(report.at("damaged").at(0).at("id").as_int64(), id);
    auto listed = run_mssops({"--db", db, "--json", "list", "admin_units", "--retired"});
    ASSERT_EQ(listed.exit_code, 0) << listed.out;
    auto page = json::parse(listed.out);
    ASSERT_EQ(page.at("items").as_array().size(), 1u);
    EXPECT_EQ(page.at("items").at(0).at("name").as_string(), "Nip\xEF\xBF\xBD");
    EXPECT_TRUE(page.at("items").at(0).at("retired").as_bool());
    EXPECT_EQ(run_mssops({"--db", db, "check"}).exit_code, 0);
}

TEST(check_command, re_encodes_an_incident_row_stored_as_latin1) {
    TempDir dir;
    const std::string db = (dir.path() / "mssops.db").string();
    ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
    // 19999 is 2024-10-03 in days since 1970-01-01.
    const std::int64_t id = write_directly(
        db,
        "INSERT INTO incidents (key, version, retired, created_at, updated_at, day, date, event_type, "
        "admin1, "
        "content_hash) VALUES ('hti9', 1, 0, '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 19999, "
        "'2024-10-03', 'Battles', ?1, 0)",
        latin1_name);
    auto found = run_mssops({"--db", db, "check"});
    EXPECT_EQ(found.exit_code, 1) << found.out;
    EXPECT_NE(found.out.find("incidents " + std::to_string(id) + " (key \"hti9\"): admin1: not UTF-8"),
              std::string::npos)
        << found.out;
    EXPECT_EQ(run_mssops({"--db", db, "check", "--repair"}).exit_code, 0);
    auto exported = run_mssops({"--db", db, "incidents", "export", "--format", "csv"});
    EXPECT_NE(exported.out.find(utf8_name), std::string::npos) << exported.out;
    EXPECT_EQ(query_text(db, "SELECT action FROM audit WHERE kind = 'incidents'"), "repair\n");
    EXPECT_EQ(run_mssops({"--db", db, "check"}).exit_code, 0);
}

TEST(incidents_import_command, refuses_a_latin1_csv_unless_its_encoding_is_named) {
    TempDir dir;
    const std::string db = (dir.path() / "mssops.db").string();
    ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
    const auto csv = dir.path() / "events.csv";
    write_file(csv,
               "event_id_cnty,event_date,event_type,admin1,fatalities\n"
               "HTI1,2024-10-03,Battles,Ouest,1\n"
               "HTI2,2024-10-04,Battles," +
                   latin1_name + ",2\n");
    auto refused = run_mssops({"--db", db, "incidents", "import", csv.string()});
    EXPECT_EQ(refused.exit_code, 1) << refused.out;
    auto exported = run_mssops({"--db", db, "incidents", "export", "--format", "csv"});
    ASSERT_EQ(exported.exit_code, 0) << exported.out;
    EXPECT_EQ(exported.out.find("Ouest"), std::string::npos) << "nothing partial lands: " << exported.out;

    auto imported = run_mssops({"--db", db, "incidents", "import", csv.string(), "--encoding", "latin1"});
    EXPECT_EQ(imported.exit_code, 0) << imported.out;
    exported = run_mssops({"--db", db, "incidents", "export", "--format", "csv"});
    EXPECT_NE(exported.out.find("Ouest"), std::string::npos) << exported.out;
    EXPECT_NE(exported.out.find(utf8_name), std::string::npos) << exported.out;
}

}  // namespace mssops::api_test
