#include "store/sqlite/sqlite_record_transaction.hpp"

#include "store/written_kinds.hpp"

namespace mssops::store {

using domain::Record;
using domain::Result;

namespace {

Result<std::optional<Record>> first_record(SqliteStatement& statement) {
    auto row = statement.step();
    if (!row) return row.error();
    if (!*row) return std::optional<Record>{};
    auto record = read_sqlite_record(statement);
    if (!record) return record.error();
    return std::optional<Record>(std::move(record).value());
}

}  // namespace

Result<Record> read_sqlite_record(const SqliteStatement& row) {
    Record record;
    record.id = row.integer(0);
    record.kind = row.text(1);
    record.version = row.integer(2);
    record.retired = row.integer(3) != 0;
    record.created_at = row.text(4);
    record.updated_at = row.text(5);
    auto fields = fields_from_body(row.text(6), record.id);
    if (!fields) return fields.error();
    record.fields = std::move(fields).value();
    return record;
}

void bind_record_columns(SqliteStatement& statement, const Record& record, const RecordColumns& columns) {
    statement.bind(2, columns.key)
        .bind(3, record.version)
        .bind(4, std::int64_t{record.retired})
        .bind(5, std::string_view(record.updated_at))
        .bind(6, columns.date_first)
        .bind(7, columns.date_last)
        .bind(8, columns.country)
        .bind(9, columns.mission)
        .bind(10, std::string_view(columns.body));
}

template <>
Result<std::optional<Record>> SqliteRecordTransaction::find(const domain::KindSpec& kind, std::int64_t id) {
    auto statement = transaction_.prepare(std::string("SELECT ") + sqlite_record_columns +
                                          " FROM records WHERE id = ?1 AND kind = ?2");
    if (!statement) return statement.error();
    statement->bind(1, id).bind(2, std::string_view(kind.name));
    return first_record(*statement);
}

template <>
Result<std::optional<Record>> SqliteRecordTransaction::find_by_key(const domain::KindSpec& kind,
                                                                   std::string_view key) {
    auto statement = transaction_.prepare(std::string("SELECT ") + sqlite_record_columns +
                                          " FROM records WHERE kind = ?1 AND key = ?2");
    if (!statement) return statement.error();
    statement->bind(1, std::string_view(kind.name)).bind(2, key);
    return first_record(*statement);
}

template <>
Result<std::vector<Record>> SqliteRecordTransaction::live_records(const domain::KindSpec& kind) {
    auto statement = transaction_.prepare(std::string("SELECT ") + sqlite_record_columns +
                                          " FROM records WHERE kind = ?1 AND retired = 0 ORDER BY id");
    if (!statement) return statement.error();
    statement->bind(1, std::string_view(kind.name));
    std::vector<Record> records;
    while (true) {
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) break;
        auto record = read_sqlite_record(*statement);
        if (!record) return record.error();
        records.push_back(std::move(record).value());
    }
    return records;
}

template <>
Result<bool> SqliteRecordTransaction::live_key_exists(std::string_view kind, std::string_view key) {
    auto statement =
        transaction_.prepare("SELECT 1 FROM records WHERE kind = ?1 AND key = ?2 AND retired = 0");
    if (!statement) return statement.error();
    statement->bind(1, kind).bind(2, key);
    return statement->step();
}

template <>
Result<std::int64_t> SqliteRecordTransaction::insert(const Record& record, const RecordColumns& columns) {
    auto statement = transaction_.prepare(
        "INSERT INTO records (kind, key, version, retired, updated_at, date_first, date_last, country, "
        "mission, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!statement) return statement.error();
    bind_record_columns(*statement, record, columns);
    statement->bind(1, std::string_view(record.kind)).bind(11, std::string_view(record.created_at));
    if (auto ran = statement->run(); !ran) return ran.error();
    return transaction_.last_insert_id();
}

template <>
Result<void> SqliteRecordTransaction::update(const Record& record, const RecordColumns& columns) {
    auto statement = transaction_.prepare(
        "UPDATE records SET key = ?2, version = ?3, retired = ?4, updated_at = ?5, date_first = ?6, "
        "date_last = ?7, country = ?8, mission = ?9, body = ?10 WHERE id = ?1");
    if (!statement) return statement.error();
    bind_record_columns(*statement, record, columns);
    statement->bind(1, record.id);
    return statement->run();
}

template <>
Result<void> SqliteRecordTransaction::append_audit(const AuditEntry& entry) {
    return append_sqlite_audit(transaction_, entry);
}

Result<void> append_sqlite_audit(SqliteConnection& connection, const AuditEntry& entry) {
    note_written_kind(entry.kind);
    auto statement = connection.prepare(
        "INSERT INTO audit (at, actor, action, kind, record_id, before, after) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7)");
    if (!statement) return statement.error();
    statement->bind(1, std::string_view(entry.at))
        .bind(2, std::string_view(entry.actor))
        .bind(3, std::string_view(entry.action))
        .bind(4, std::string_view(entry.kind))
        .bind(5, entry.record_id)
        .bind(6, std::string_view(entry.before))
        .bind(7, std::string_view(entry.after));
    return statement->run();
}

}  // namespace mssops::store
