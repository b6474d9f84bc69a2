#include "store/sqlite/sqlite_migrations.hpp"

#include "store/migration.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

namespace {

domain::Result<void> apply_one(SqliteConnection& connection, const Migration& migration) {
    // IMMEDIATE takes the write lock first, so two processes opening a new file apply each migration once.
    if (auto begun = connection.exec("BEGIN IMMEDIATE"); !begun) return begun.error();
    auto applied = [&]() -> domain::Result<void> {
        auto check = connection.prepare("SELECT 1 FROM schema_migrations WHERE number = ?1");
        if (!check) return check.error();
        check->bind(1, std::int64_t{migration.number});
        auto present = check->step();
        if (!present) return present.error();
        if (*present) return {};
        if (auto ran = connection.exec(migration.sql); !ran) {
            auto error = ran.error();
            error.message = "migration " + std::string(migration.name) + " failed: " + error.message;
            return error;
        }
        auto record = connection.prepare(
            "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?1, ?2, ?3)");
        if (!record) return record.error();
        record->bind(1, std::int64_t{migration.number}).bind(2, migration.name).bind(3, utc_timestamp_now());
        return record->run();
    }();
    if (!applied) {
        (void)connection.exec("ROLLBACK");
        return applied;
    }
    return connection.exec("COMMIT");
}

}  // namespace

domain::Result<void> apply_sqlite_migrations(SqliteConnection& connection) {
    auto created = connection.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    if (!created) return created.error();
    const auto migrations = migrations_for("sqlite");
    auto newest = connection.prepare("SELECT coalesce(max(number), 0), count(*) FROM schema_migrations");
    if (!newest) return newest.error();
    if (auto row = newest->step(); !row) return row.error();
    const std::int64_t newest_applied = newest->integer(0);
    const int newest_known = migrations.empty() ? 0 : migrations.back().number;
    if (newest_applied > newest_known)
        return domain::Error::unavailable(
            "the database has schema migration " + std::to_string(newest_applied) +
            " but this mssops knows migrations up to " + std::to_string(newest_known) +
            "; use a newer mssops with this database");
    for (const auto& migration : migrations)
        if (auto applied = apply_one(connection, migration); !applied) return applied;
    return {};
}

domain::Result<std::vector<std::string>> applied_sqlite_migrations(SqliteConnection& connection) {
    auto names = connection.prepare("SELECT name FROM schema_migrations ORDER BY number");
    if (!names) return names.error();
    std::vector<std::string> applied;
    while (true) {
        auto row = names->step();
        if (!row) return row.error();
        if (!*row) break;
        applied.push_back(names->text(0));
    }
    return applied;
}

}  // namespace mssops::store
