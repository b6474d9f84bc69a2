#include "store/sqlite/sqlite_database.hpp"

#include <sqlite3.h>

#include "store/sqlite/sqlite_backup.hpp"
#include "store/sqlite/sqlite_migrations.hpp"

namespace mssops::store {

domain::Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(std::string path) {
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(std::move(path)));
    auto leased = database->lease();
    if (!leased) return leased.error();
    if (auto migrated = apply_sqlite_migrations(leased->connection()); !migrated) return migrated.error();
    return database;
}

SqliteDatabase::Lease::~Lease() {
    if (!connection_) return;
    // A connection whose ROLLBACK failed is still inside a transaction: close it rather than reuse it.
    if (!sqlite3_get_autocommit(connection_->handle())) return;
    std::lock_guard guard(owner_->pool_mutex_);
    owner_->idle_.push_back(std::move(connection_));
}

domain::Result<SqliteDatabase::Lease> SqliteDatabase::lease() {
    {
        std::lock_guard guard(pool_mutex_);
        if (!idle_.empty()) {
            auto connection = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(connection));
        }
    }
    auto opened = SqliteConnection::open(path_);
    if (!opened) return opened.error();
    return Lease(*this, std::move(opened).value());
}

domain::Result<std::int64_t> SqliteDatabase::data_version() {
    std::lock_guard guard(watch_mutex_);
    if (!watch_) {
        auto opened = SqliteConnection::open(path_);
        if (!opened) return opened.error();
        watch_ = std::move(opened).value();
    }
    // The pragma runs outside any transaction; PRAGMA data_version is per connection, so this one
    // connection must never write, or its own commits would not move the number.
    auto statement = watch_->prepare("PRAGMA data_version");
    if (!statement) return statement.error();
    auto row = statement->step();
    if (!row) return row.error();
    return statement->integer(0);
}

SqliteDatabase::RollbackJournal::RollbackJournal(SqliteConnection& connection) : connection_(connection) {
    // Leaving WAL needs the file to itself. Ask once, without waiting: when another connection is
    // open the answer is no at once, and the load goes through the WAL as any write does.
    sqlite3* db = connection.handle();
    int waited_ms = 0;
    if (auto timeout = connection.prepare("PRAGMA busy_timeout"); timeout && timeout->step())
        waited_ms = static_cast<int>(timeout->integer(0));
    sqlite3_busy_timeout(db, 0);
    if (auto mode = connection.prepare("PRAGMA journal_mode = DELETE"); mode) {
        auto row = mode->step();
        switched_ = row && *row && mode->text(0) == "delete";
    }
    sqlite3_busy_timeout(db, waited_ms);
    // FULL: in rollback mode NORMAL could lose the transaction's atomicity on power loss.
    if (switched_) (void)connection.exec("PRAGMA synchronous = FULL");
}

SqliteDatabase::RollbackJournal::~RollbackJournal() {
    if (!switched_) return;
    // Should this fail, the next connection to open the file sets WAL again (SqliteConnection::open).
    (void)connection_.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
}

domain::Result<void> SqliteDatabase::backup(std::string_view destination) {
    auto leased = lease();
    if (!leased) return leased.error();
    return backup_sqlite(leased->connection(), destination);
}

}  // namespace mssops::store
