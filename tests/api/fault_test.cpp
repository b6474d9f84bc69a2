#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

constexpr int imported_rows = 200'000;

/// A synthetic ACLED-shaped file: `rows` distinct events over a year, spread over units and types.
void write_incidents(const std::filesystem::path& path, int rows) {
    static const char* types[] = {"Battles", "Riots", "Violence against civilians", "Protests"};
    static const char* units[] = {"Ouest", "Artibonite", "Centre", "Nord"};
    std::ofstream out(path);
    out << "event_id_cnty,event_date,event_type,actor1,admin1,latitude,longitude,fatalities\n";
    for (int row = 0; row < rows; ++row) {
        char date[16];
        std::snprintf(date, sizeof date, "2024-%02d-%02d", row % 12 + 1, row % 28 + 1);
        out << "HTIF" << row << ',' << date << ',' << types[row % 4] << ",Gang " << row % 50 << ','
            << units[(row / 4) % 4] << ',' << 18.0 + (row % 100) / 100.0 << ',' << -72.0 - (row % 90) / 100.0
            << ',' << row % 3 << '\n';
    }
}

/// Starts mssops with `arguments`, its output thrown away; returns the child's pid.
pid_t spawn_mssops(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), MSSOPS_BINARY);
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        std::vector<char*> argv;
        for (auto& argument : arguments) argv.push_back(argument.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

/// Bytes the process has read so far (Linux /proc/<pid>/io "rchar"); -1 once it is gone.
long long bytes_read_by(pid_t pid) {
    std::ifstream io("/proc/" + std::to_string(pid) + "/io");
    std::string name;
    long long value = 0;
    while (io >> name >> value)
        if (name == "rchar:") return value;
    return -1;
}

bool still_running(pid_t pid) {
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == 0;
}

/// Opens the database the way a restarted server would (recovering the write-ahead log) and asks it
/// one number.
class Database {
public:
    explicit Database(const std::string& path) {
        EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    }
    ~Database() { sqlite3_close(db_); }

    std::string text(const char* sql) {
        sqlite3_stmt* statement = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db_, sql, -1, &statement, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
        std::string value;
        if (statement && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
            value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return value;
    }
    long long number(const char* sql) { return std::stoll("0" + text(sql)); }

private:
    sqlite3* db_ = nullptr;
};

TEST(faults, an_import_killed_midway_leaves_all_or_nothing_and_an_intact_database) {
    TempDir dir;
    const std::string db = (dir.path() / "mssops.db").string();
    const auto csv = dir.path() / "incidents.csv";
    write_incidents(csv, imported_rows);
    ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
    const auto file_size = static_cast<long long>(std::filesystem::file_size(csv));

    pid_t import = spawn_mssops({"--db", db, "incidents", "import", csv.string()});
    ASSERT_GT(import, 0);
    // Kill it once it has read a third of the file: rows are being written in its transaction.
    bool killed = false;
    for (int waited = 0; waited < 120'000 && still_running(import); ++waited) {
        if (bytes_read_by(import) > file_size / 3) {
            killed = kill(import, SIGKILL) == 0;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    int status = 0;
    waitpid(import, &status, 0);
    ASSERT_TRUE(killed && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the import ended before it could be killed midway";

    {
        Database after_kill(db);
        EXPECT_EQ(after_kill.text("PRAGMA integrity_check"), "ok");
        const auto rows = after_kill.number("SELECT count(*) FROM incidents");
        EXPECT_TRUE(rows == 0 || rows == imported_rows)
            << rows << " rows: a partial import survived the kill";
        // The rollups and the audit log agree with the rows that are there.
        EXPECT_EQ(after_kill.number("SELECT coalesce(sum(events), 0) FROM incident_rollup_adm1"), rows);
        // The file's source record is written before the rows, in its own transaction.
        EXPECT_EQ(
            after_kill.number("SELECT count(*) FROM audit WHERE action = 'import' AND kind = 'incidents'"),
            rows == 0 ? 0 : 1);
    }

    // After the restart the same import runs to the end.
    auto again = run_mssops({"--db", db, "--json", "incidents", "import", csv.string()});
    ASSERT_EQ(again.exit_code, 0) << again.out;
    Database restarted(db);
    EXPECT_EQ(restarted.text("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(restarted.number("SELECT count(*) FROM incidents"), imported_rows);
    EXPECT_EQ(restarted.number("SELECT sum(events) FROM incident_rollup_adm1"), imported_rows);
}

}  // namespace
}  // namespace mssops::api_test
