#include "store/sqlite/sqlite_store.hpp"

#include "store/record_columns.hpp"
#include "store/sqlite/sqlite_migrations.hpp"
#include "store/sqlite/sqlite_record_transaction.hpp"

namespace mssops::store {

using domain::Result;

namespace {

Result<void> load_record(SqliteConnection& connection, const domain::Record& record) {
    const domain::KindSpec* kind = domain::find_kind(record.kind);
    if (!kind) return domain::Error::invalid("kind", "must be a record kind, got \"" + record.kind + "\"");
    const RecordColumns columns = columns_of(*kind, record.fields);
    auto statement = connection.prepare(
        "INSERT INTO records (id, kind, created_at, key, version, retired, updated_at, date_first, "
        "date_last, country, mission, body) VALUES (?1, ?11, ?12, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!statement) return statement.error();
    bind_record_columns(*statement, record, columns);
    statement->bind(1, record.id).bind(11, record.kind).bind(12, record.created_at);
    return statement->run();
}

Result<void> load_audit(SqliteConnection& connection, const AuditEntry& entry) {
    auto statement = connection.prepare(
        "INSERT INTO audit (id, at, actor, action, kind, record_id, before, after) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!statement) return statement.error();
    statement->bind(1, entry.id)
        .bind(2, entry.at)
        .bind(3, entry.actor)
        .bind(4, entry.action)
        .bind(5, entry.kind)
        .bind(6, entry.record_id)
        .bind(7, entry.before)
        .bind(8, entry.after);
    return statement->run();
}

}  // namespace

template <>
Result<std::int64_t> SqliteStore::change_counter() {
    return database_->data_version();
}

// Positions are audit ids: one writer at a time, so ids grow in commit order.
template <>
Result<ChangedKinds> SqliteStore::changed_kinds(std::int64_t after) {
    return database_->read([after](SqliteConnection& connection) -> Result<ChangedKinds> {
        ChangedKinds changed;
        // max() over the integer primary key reads one b-tree edge, not the table.
        auto newest = connection.prepare("SELECT coalesce(max(id), 0) FROM audit");
        if (!newest) return newest.error();
        if (auto row = newest->step(); !row) return row.error();
        changed.position = newest->integer(0);
        if (after < 0 || changed.position == after) return changed;
        if (changed.position < after) {
            changed.everything = true;
            return changed;
        }
        auto kinds = connection.prepare("SELECT DISTINCT kind FROM audit WHERE id > ?1 AND id <= ?2");
        if (!kinds) return kinds.error();
        kinds->bind(1, after).bind(2, changed.position);
        for (;;) {
            auto row = kinds->step();
            if (!row) return row.error();
            if (!*row) break;
            changed.kinds.push_back(kinds->text(0));
        }
        return changed;
    });
}

template <>
std::string SqliteStore::backend() const {
    return "sqlite";
}

template <>
Result<void> SqliteStore::backup(std::string_view destination_path) {
    return database_->backup(destination_path);
}

template <>
Result<std::vector<std::string>> SqliteStore::applied_migrations() {
    return database_->read(
        [](SqliteConnection& connection) { return applied_sqlite_migrations(connection); });
}

template <>
Result<void> SqliteStore::load_snapshot(const std::vector<domain::Record>& records,
                                        const std::vector<AuditEntry>& audit) {
    return database_->write([&](SqliteConnection& connection) -> Result<void> {
        auto count =
            connection.prepare("SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM audit)");
        if (!count) return count.error();
        if (auto row = count->step(); !row) return row.error();
        if (count->integer(0) > 0)
            return domain::Error::conflict(
                "destination", "already holds records or audit entries; load into an empty store");
        for (const auto& record : records)
            if (auto loaded = load_record(connection, record); !loaded) return loaded;
        for (const auto& entry : audit)
            if (auto loaded = load_audit(connection, entry); !loaded) return loaded;
        return {};
    });
}

}  // namespace mssops::store
