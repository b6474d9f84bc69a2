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

domain::Result<void> SqliteDatabase::backup(std::string_view destination) {
    auto leased = lease();
    if (!leased) return leased.error();
    return backup_sqlite(leased->connection(), destination);
}

}  // namespace mssops::store
