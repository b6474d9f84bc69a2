#include "store/postgres/postgres_store.hpp"

#include "store/postgres/postgres_migrations.hpp"
#include "store/record_columns.hpp"

namespace mssops::store {

using domain::Result;

// The newest audit id: every write through a store appends to the audit log. One autocommit query, no
// transaction: a busy server asks up to a thousand times a second.
template <>
Result<std::int64_t> PostgresStore::change_counter() {
    return database_->autocommit([](pqxx::nontransaction& statements) -> Result<std::int64_t> {
        return statements.exec("SELECT coalesce(max(id), 0) FROM audit")[0][0].as<std::int64_t>();
    });
}

// Positions are audit ids: writers queue on one advisory lock before they insert, so ids grow in commit
// order.
template <>
Result<ChangedKinds> PostgresStore::changed_kinds(std::int64_t after) {
    return database_->read([after](pqxx::work& work) -> Result<ChangedKinds> {
        ChangedKinds changed;
        changed.position = work.exec("SELECT coalesce(max(id), 0) FROM audit")[0][0].as<std::int64_t>();
        if (after < 0 || changed.position == after) return changed;
        if (changed.position < after) {
            changed.everything = true;
            return changed;
        }
        for (const auto& row : work.exec_params("SELECT DISTINCT kind FROM audit WHERE id > $1 AND id <= $2",
                                                after, changed.position))
            changed.kinds.push_back(row[0].as<std::string>());
        return changed;
    });
}

template <>
std::string PostgresStore::backend() const {
    return "postgresql";
}

// Refused: PostgreSQL is backed up with pg_dump.
template <>
Result<void> PostgresStore::backup(std::string_view destination_path) {
    return domain::Error::invalid(
        "destination",
        "a PostgreSQL store is backed up by the server's own tools: run pg_dump "
        "--format=custom on the database (mssops backup writes SQLite stores only)");
}

template <>
Result<std::vector<std::string>> PostgresStore::applied_migrations() {
    return database_->read([](pqxx::work& work) { return applied_postgres_migrations(work); });
}

template <>
Result<void> PostgresStore::load_snapshot(const std::vector<domain::Record>& records,
                                          const std::vector<AuditEntry>& audit) {
    return database_->write([&](pqxx::work& work) -> Result<void> {
        auto held = work.exec1("SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM audit)")[0]
                        .as<std::int64_t>();
        if (held > 0)
            return domain::Error::conflict(
                "destination", "already holds records or audit entries; load into an empty store");
        for (const auto& record : records) {
            const domain::KindSpec* kind = domain::find_kind(record.kind);
            if (!kind)
                return domain::Error::invalid("kind", "must be a record kind, got \"" + record.kind + "\"");
            const RecordColumns columns = columns_of(*kind, record.fields);
            work.exec_params0(
                "INSERT INTO records (id, kind, key, version, retired, created_at, updated_at, date_first, "
                "date_last, "
                "country, mission, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9::date, $10, $11, "
                "$12::jsonb)",
                record.id, record.kind, or_null(columns.key), record.version, record.retired,
                record.created_at, record.updated_at, or_null(columns.date_first), or_null(columns.date_last),
                or_null(columns.country), or_null(columns.mission), columns.body);
        }
        for (const auto& entry : audit)
            work.exec_params0(
                "INSERT INTO audit (id, at, actor, action, kind, record_id, before, after) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                entry.id, entry.at, entry.actor, entry.action, entry.kind, entry.record_id, entry.before,
                entry.after);
        // Rows came with their ids: move the identity sequences past them so new rows do not collide.
        for (const char* table : {"records", "audit"})
            work.exec(std::string("SELECT setval(pg_get_serial_sequence('") + table +
                      "', 'id'), coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)");
        return {};
    });
}

}  // namespace mssops::store
