#include "store/postgres/postgres_record_transaction.hpp"

#include "store/postgres/postgres_database.hpp"
#include "store/written_kinds.hpp"

namespace mssops::store {

using domain::Record;
using domain::Result;

namespace {

Result<std::optional<Record>> first_record(const pqxx::result& rows) {
    if (rows.empty()) return std::optional<Record>{};
    auto record = read_postgres_record(rows[0]);
    if (!record) return record.error();
    return std::optional<Record>(std::move(record).value());
}

}  // namespace

Result<Record> read_postgres_record(const pqxx::row& row) {
    Record record;
    record.id = row[0].as<std::int64_t>();
    record.kind = row[1].c_str();
    record.version = row[2].as<std::int64_t>();
    record.retired = row[3].as<bool>();
    record.created_at = row[4].c_str();
    record.updated_at = row[5].c_str();
    auto fields = fields_from_body(std::string_view(row[6].c_str(), row[6].size()), record.id);
    if (!fields) return fields.error();
    record.fields = std::move(fields).value();
    return record;
}

template <>
Result<std::optional<Record>> PostgresRecordTransaction::find(const domain::KindSpec& kind, std::int64_t id) {
    return first_record(transaction_.exec_params(
        std::string("SELECT ") + postgres_record_columns + " FROM records WHERE id = $1 AND kind = $2", id,
        kind.name));
}

template <>
Result<std::optional<Record>> PostgresRecordTransaction::find_by_key(const domain::KindSpec& kind,
                                                                     std::string_view key) {
    return first_record(transaction_.exec_params(
        std::string("SELECT ") + postgres_record_columns + " FROM records WHERE kind = $1 AND key = $2",
        kind.name, std::string(key)));
}

template <>
Result<std::vector<Record>> PostgresRecordTransaction::live_records(const domain::KindSpec& kind) {
    auto rows = transaction_.exec_params(std::string("SELECT ") + postgres_record_columns +
                                             " FROM records WHERE kind = $1 AND NOT retired ORDER BY id",
                                         kind.name);
    std::vector<Record> records;
    for (const auto& row : rows) {
        auto record = read_postgres_record(row);
        if (!record) return record.error();
        records.push_back(std::move(record).value());
    }
    return records;
}

template <>
Result<bool> PostgresRecordTransaction::live_key_exists(std::string_view kind, std::string_view key) {
    auto rows = transaction_.exec_params("SELECT 1 FROM records WHERE kind = $1 AND key = $2 AND NOT retired",
                                         std::string(kind), std::string(key));
    return !rows.empty();
}

template <>
Result<std::int64_t> PostgresRecordTransaction::insert(const Record& record, const RecordColumns& columns) {
    auto row = transaction_.exec_params1(
        "INSERT INTO records (kind, key, version, retired, created_at, updated_at, date_first, date_last, "
        "country, "
        "mission, body) VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8::date, $9, $10, $11::jsonb) RETURNING "
        "id",
        record.kind, or_null(columns.key), record.version, record.retired, record.created_at,
        record.updated_at, or_null(columns.date_first), or_null(columns.date_last), or_null(columns.country),
        or_null(columns.mission), columns.body);
    return row[0].as<std::int64_t>();
}

template <>
Result<void> PostgresRecordTransaction::update(const Record& record, const RecordColumns& columns) {
    transaction_.exec_params0(
        "UPDATE records SET key = $2, version = $3, retired = $4, updated_at = $5, date_first = $6::date, "
        "date_last = $7::date, country = $8, mission = $9, body = $10::jsonb WHERE id = $1",
        record.id, or_null(columns.key), record.version, record.retired, record.updated_at,
        or_null(columns.date_first), or_null(columns.date_last), or_null(columns.country),
        or_null(columns.mission), columns.body);
    return {};
}

template <>
Result<void> PostgresRecordTransaction::append_audit(const AuditEntry& entry) {
    append_postgres_audit(transaction_, entry);
    return {};
}

void append_postgres_audit(pqxx::work& transaction, const AuditEntry& entry) {
    note_written_kind(entry.kind);
    transaction.exec_params0(
        "INSERT INTO audit (at, actor, action, kind, record_id, before, after) VALUES ($1, $2, $3, $4, $5, "
        "$6, $7)",
        entry.at, entry.actor, entry.action, entry.kind, entry.record_id, entry.before, entry.after);
}

}  // namespace mssops::store
