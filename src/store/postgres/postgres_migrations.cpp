#include "store/postgres/postgres_migrations.hpp"

#include "store/migration.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

namespace {

// pg_advisory_xact_lock key for schema changes: "mssops" + 1, apart from the write lock.
constexpr const char* migration_lock = "SELECT pg_advisory_xact_lock(120342625349748)";

}  // namespace

domain::Result<void> apply_postgres_migrations(pqxx::connection& connection) {
    const auto migrations = migrations_for("postgres");
    const int newest_known = migrations.empty() ? 0 : migrations.back().number;
    {
        pqxx::work transaction(connection);
        transaction.exec(migration_lock);
        transaction.exec0(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        auto newest =
            transaction.exec1("SELECT coalesce(max(number), 0) FROM schema_migrations")[0].as<int>();
        transaction.commit();
        if (newest > newest_known)
            return domain::Error::unavailable("the database has schema migration " + std::to_string(newest) +
                                              " but this mssops knows migrations up to " +
                                              std::to_string(newest_known) +
                                              "; use a newer mssops with this database");
    }
    for (const auto& migration : migrations) {
        pqxx::work transaction(connection);
        transaction.exec(migration_lock);
        auto present =
            transaction.exec_params("SELECT 1 FROM schema_migrations WHERE number = $1", migration.number);
        if (!present.empty()) continue;
        try {
            transaction.exec(std::string(migration.sql));
        } catch (const pqxx::sql_error& failure) {
            return domain::Error::unavailable("migration " + std::string(migration.name) +
                                              " failed: " + failure.what());
        }
        transaction.exec_params0(
            "INSERT INTO schema_migrations (number, name, applied_at) VALUES ($1, $2, $3)", migration.number,
            std::string(migration.name), utc_timestamp_now());
        transaction.commit();
    }
    return {};
}

domain::Result<std::vector<std::string>> applied_postgres_migrations(pqxx::work& transaction) {
    std::vector<std::string> names;
    for (const auto& row : transaction.exec("SELECT name FROM schema_migrations ORDER BY number"))
        names.emplace_back(row[0].c_str());
    return names;
}

}  // namespace mssops::store
