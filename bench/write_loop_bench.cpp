// The peer of issue 18's write aim: a plain loop over the SQLite C API that does what one
// `POST /api/v1/deployment_events` does to the file (one INSERT into records plus its audit row,
// one transaction each), with the server's connection settings (WAL, synchronous = NORMAL,
// foreign keys, mmap, memory statistics off; see src/store/sqlite/sqlite_connection.cpp).
//
//   write_loop_bench DATABASE SECONDS
//
// DATABASE must be an mssops store holding at least one deployment event: its newest row and audit
// row are the template, so the loop writes the same columns and bodies the server wrote (only the
// key, the id and the time change). Prints one JSON line: writes, seconds, writes/s and CPU µs per write.
#include <sqlite3.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

namespace {

[[noreturn]] void fail(sqlite3* db, const char* what) {
    std::fprintf(stderr, "write_loop_bench: %s: %s\n", what, db ? sqlite3_errmsg(db) : "no database");
    std::exit(1);
}

void exec(sqlite3* db, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(db, sql);
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        fail(db, sql);
    return statement;
}

std::string text(sqlite3_stmt* statement, int column) {
    const auto* value = sqlite3_column_text(statement, column);
    return value ? reinterpret_cast<const char*>(value) : "";
}

// Every occurrence of `from` in `where` replaced by `to`: the template's key becomes the new key.
std::string replaced(std::string where, const std::string& from, const std::string& to) {
    for (auto at = where.find(from); at != std::string::npos; at = where.find(from, at + to.size()))
        where.replace(at, from.size(), to);
    return where;
}

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The server's timestamp format (src/store/timestamp.cpp): ISO 8601 UTC to the second.
std::string utc_now() {
    std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char value[32];
    std::strftime(value, sizeof value, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: write_loop_bench DATABASE SECONDS\n");
        return 2;
    }
    const double seconds = std::atof(argv[2]);
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        fail(db, "open");
    sqlite3_busy_timeout(db, 5000);
    exec(db,
         "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
         "PRAGMA mmap_size = 268435456;");

    sqlite3_stmt* newest =
        prepare(db,
                "SELECT r.kind, r.key, r.date_first, r.date_last, r.country, r.mission, r.body, "
                "a.actor, a.action, a.before, a.after, r.id FROM records r JOIN audit a "
                "ON a.kind = r.kind AND a.record_id = r.id WHERE r.kind = 'deployment_events' "
                "ORDER BY r.id DESC, a.id DESC LIMIT 1");
    if (sqlite3_step(newest) != SQLITE_ROW) fail(db, "no deployment event with an audit row to copy");
    const std::string kind = text(newest, 0), key = text(newest, 1), date_first = text(newest, 2),
                      date_last = text(newest, 3), country = text(newest, 4), mission = text(newest, 5),
                      body = text(newest, 6), actor = text(newest, 7), action = text(newest, 8),
                      before = text(newest, 9), after = text(newest, 10);
    const std::string id_field = "\"id\":" + text(newest, 11) + ",";
    sqlite3_finalize(newest);

    // The statements of src/store/sqlite/sqlite_record_transaction.cpp.
    sqlite3_stmt* insert =
        prepare(db,
                "INSERT INTO records (kind, key, version, retired, created_at, updated_at, "
                "date_first, date_last, country, mission, body) VALUES (?1, ?2, ?3, ?4, ?5, "
                "?6, ?7, ?8, ?9, ?10, ?11)");
    sqlite3_stmt* audit = prepare(db,
                                  "INSERT INTO audit (at, actor, action, kind, record_id, before, after) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    sqlite3_stmt* begin = prepare(db, "BEGIN IMMEDIATE");
    sqlite3_stmt* commit = prepare(db, "COMMIT");
    const auto bind_text = [](sqlite3_stmt* statement, int index, const std::string& value) {
        sqlite3_bind_text(statement, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    };
    const auto step = [db](sqlite3_stmt* statement, const char* what) {
        if (sqlite3_step(statement) != SQLITE_DONE) fail(db, what);
        sqlite3_reset(statement);
    };

    const double cpu_before = cpu_seconds();
    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + std::chrono::duration<double>(seconds);
    long writes = 0;
    const std::string run = std::to_string(static_cast<long>(std::time(nullptr)));
    while (std::chrono::steady_clock::now() < deadline) {
        const std::string new_key = "c-loop-" + run + "-" + std::to_string(writes);
        const std::string at = utc_now();
        step(begin, "BEGIN IMMEDIATE");
        bind_text(insert, 1, kind);
        bind_text(insert, 2, new_key);
        sqlite3_bind_int64(insert, 3, 1);
        sqlite3_bind_int64(insert, 4, 0);
        bind_text(insert, 5, at);
        bind_text(insert, 6, at);
        bind_text(insert, 7, date_first);
        bind_text(insert, 8, date_last);
        bind_text(insert, 9, country);
        bind_text(insert, 10, mission);
        bind_text(insert, 11, replaced(body, key, new_key));
        step(insert, "INSERT INTO records");
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        bind_text(audit, 1, at);
        bind_text(audit, 2, actor);
        bind_text(audit, 3, action);
        bind_text(audit, 4, kind);
        sqlite3_bind_int64(audit, 5, id);
        bind_text(audit, 6, before);
        bind_text(audit, 7,
                  replaced(replaced(after, key, new_key), id_field, "\"id\":" + std::to_string(id) + ","));
        step(audit, "INSERT INTO audit");
        step(commit, "COMMIT");
        ++writes;
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double cpu = cpu_seconds() - cpu_before;
    std::printf(
        "{\"writes\": %ld, \"seconds\": %.3f, \"rps\": %.1f, \"cpu_s\": %.3f, \"cpu_us_per_write\": %.1f}\n",
        writes, elapsed, writes / elapsed, cpu, writes ? 1e6 * cpu / writes : 0.0);
    for (auto* statement : {insert, audit, begin, commit}) sqlite3_finalize(statement);
    sqlite3_close(db);
    return 0;
}
