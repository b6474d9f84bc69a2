#include "store/sqlite/sqlite_backup.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "store/record_errors.hpp"

namespace mssops::store {

using domain::Error;

namespace {

/// Owns a raw handle for the files the pool never sees: backups on either side of the copy.
struct RawDatabase {
    sqlite3* db = nullptr;
    ~RawDatabase() { sqlite3_close(db); }
};

domain::Result<void> open_raw(RawDatabase& raw, const std::string& path, int flags) {
    int code = sqlite3_open_v2(path.c_str(), &raw.db, flags, nullptr);
    if (code != SQLITE_OK) return sqlite_error(code, "cannot open " + in_quotes(path));
    sqlite3_busy_timeout(raw.db, 5000);
    return {};
}

domain::Result<void> copy_pages(sqlite3* from, sqlite3* to) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) return sqlite_error(sqlite3_errcode(to), sqlite3_errmsg(to));
    // One step of all pages: the copy is a single consistent snapshot of the source.
    int code = sqlite3_backup_step(backup, -1);
    int finished = sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE) return sqlite_error(code, std::string("backup failed: ") + sqlite3_errmsg(to));
    if (finished != SQLITE_OK)
        return sqlite_error(finished, std::string("backup failed: ") + sqlite3_errmsg(to));
    return {};
}

domain::Result<std::string> single_text(sqlite3* db, const char* sql) {
    sqlite3_stmt* statement = nullptr;
    int code = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (code != SQLITE_OK) return sqlite_error(code, sqlite3_errmsg(db));
    SqliteStatement owned(statement, true);
    auto row = owned.step();
    if (!row) return row.error();
    return *row ? owned.text(0) : std::string{};
}

}  // namespace

domain::Result<void> backup_sqlite(SqliteConnection& source, std::string_view destination) {
    const std::string path(destination);
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Error::invalid(
            "destination",
            in_quotes(path) + " already exists; name a new file so that no backup is overwritten");
    RawDatabase target;
    auto copied = [&]() -> domain::Result<void> {
        if (auto opened = open_raw(target, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !opened)
            return opened;
        return copy_pages(source.handle(), target.db);
    }();
    if (!copied) {
        sqlite3_close(target.db);
        target.db = nullptr;
        std::filesystem::remove(path, ec);
    }
    return copied;
}

domain::Result<void> restore_sqlite(std::string_view backup_path, std::string_view database_path) {
    const std::string from(backup_path);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(from, ec))
        return Error::not_found("backup", in_quotes(from) + " does not exist");
    RawDatabase backup;
    if (auto opened = open_raw(backup, from, SQLITE_OPEN_READONLY); !opened)
        return Error::invalid("backup", in_quotes(from) + " cannot be opened as a SQLite database");
    auto integrity = single_text(backup.db, "PRAGMA integrity_check");
    if (!integrity || *integrity != "ok")
        return Error::invalid("backup",
                              in_quotes(from) + " is not an intact SQLite database; pick another backup");
    auto marker = single_text(
        backup.db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'");
    if (!marker || marker->empty())
        return Error::invalid(
            "backup", in_quotes(from) + " is not an mssops database (it has no schema_migrations table)");
    RawDatabase target;
    if (auto opened =
            open_raw(target, std::string(database_path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        !opened)
        return opened;
    return copy_pages(backup.db, target.db);
}

}  // namespace mssops::store
