#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "domain/result.hpp"
#include "store/sqlite/sqlite_statement.hpp"

struct sqlite3;

namespace mssops::store {

/// One connection to a SQLite database file, used by one thread at a time, with WAL journaling,
/// a busy timeout, foreign keys on and synchronous=NORMAL. Keeps its prepared statements.
class SqliteConnection {
public:
    /// Opens (creating if needed) the file at `path`; unavailable when it cannot.
    static domain::Result<std::unique_ptr<SqliteConnection>> open(const std::string& path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// Runs SQL that may hold several statements and returns no rows.
    domain::Result<void> exec(std::string_view sql);
    /// A prepared statement for `sql`, cached for the next call with the same text.
    domain::Result<SqliteStatement> prepare(std::string_view sql);
    /// The rowid of the last row this connection inserted.
    std::int64_t last_insert_id() const;
    sqlite3* handle() const { return db_; }

    /// Reads map the file rather than copy each page in with pread (a sixth of the CPU of a loaded
    /// server went to that copy); 256 MiB covers a few million incidents, beyond it SQLite reads.
    static constexpr const char* mmap_pragma = "PRAGMA mmap_size = 268435456;";

private:
    explicit SqliteConnection(sqlite3* db) : db_(db) {}

    sqlite3* db_;
    std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace mssops::store
