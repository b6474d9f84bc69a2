#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

namespace mssops::store {

namespace {

// Long enough to wait out another process's write transaction, short enough to answer a request.
constexpr int busy_timeout_ms = 5000;

/// Turns SQLite's memory statistics off before its first use: kept on, every allocation takes one
/// process-wide mutex (9 % of a loaded server's CPU), and nothing here reads them.
void configure_sqlite_once() {
    static const bool configured = [] {
        // SQLITE_MISUSE when the library was already initialised by someone else: then it stays as is.
        (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return sqlite3_initialize() == SQLITE_OK;
    }();
    (void)configured;
}

}  // namespace

domain::Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path) {
    configure_sqlite_once();
    sqlite3* db = nullptr;
    // NOMUTEX: a connection is only ever used by the one thread that leased it from the pool.
    int code = sqlite3_open_v2(path.c_str(), &db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        std::string detail =
            "cannot open \"" + path + "\": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
        sqlite3_close(db);
        return sqlite_error(code, detail);
    }
    sqlite3_extended_result_codes(db, 1);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));
    sqlite3_busy_timeout(db, busy_timeout_ms);
    // journal_mode=WAL lets readers work while one writer commits; it is stored in the file.
    auto ready = connection->exec(
        std::string("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; ") +
        SqliteConnection::mmap_pragma);
    if (!ready) {
        auto error = ready.error();
        error.message = "cannot use \"" + path + "\": " + error.message;
        return error;
    }
    return connection;
}

SqliteConnection::~SqliteConnection() {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(db_);
}

domain::Result<void> SqliteConnection::exec(std::string_view sql) {
    char* message = nullptr;
    int code = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (code == SQLITE_OK) return {};
    std::string detail = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    return sqlite_error(code, detail);
}

domain::Result<SqliteStatement> SqliteConnection::prepare(std::string_view sql) {
    auto it = statements_.find(std::string(sql));
    // A cached statement still stepping (a query inside a query) cannot be reused: prepare a fresh one.
    bool cached_is_free = it != statements_.end() && !sqlite3_stmt_busy(it->second);
    if (cached_is_free) return SqliteStatement(it->second, false);
    sqlite3_stmt* statement = nullptr;
    int code = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                  &statement, nullptr);
    if (code != SQLITE_OK) return sqlite_error(code, sqlite3_errmsg(db_));
    if (it != statements_.end()) return SqliteStatement(statement, true);
    statements_.emplace(std::string(sql), statement);
    return SqliteStatement(statement, false);
}

std::int64_t SqliteConnection::last_insert_id() const {
    return sqlite3_last_insert_rowid(db_);
}

}  // namespace mssops::store
