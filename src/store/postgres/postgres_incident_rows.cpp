#include "store/postgres/postgres_incident_rows.hpp"

#include "domain/kind_names.hpp"
#include "store/postgres/postgres_record_transaction.hpp"
#include "store/postgres/postgres_stored_row.hpp"

namespace mssops::store {
namespace {

/// "$first, $first+1, ...": the numbered parameters of a PostgreSQL statement.
std::string numbered_parameters(int first, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i)
        text += (i ? ", $" : "$") + std::to_string(first + static_cast<int>(i));
    return text;
}

std::string insert_sql(OnTakenKey on_taken) {
    std::string names = "version, retired, created_at, updated_at, day, content_hash";
    for (const auto& column : incident_columns()) names += ", " + std::string(column.name);
    std::string sql = "INSERT INTO incidents (" + names + ") VALUES (" +
                      numbered_parameters(1, 6 + incident_columns().size()) + ")";
    if (on_taken == OnTakenKey::ignore) sql += " ON CONFLICT (key) DO NOTHING";
    return sql + " RETURNING id";
}

std::string update_sql() {
    std::string sql =
        "UPDATE incidents SET version = $1, retired = $2, created_at = $3, updated_at = $4, day = $5, "
        "content_hash = $6";
    int index = 7;
    for (const auto& column : incident_columns())
        sql += ", " + std::string(column.name) + " = $" + std::to_string(index++);
    return sql + " WHERE id = $" + std::to_string(index);
}

/// The record's stamps and fields as text parameters, in the order insert_sql() and update_sql() name them.
std::vector<std::optional<std::string>> record_parameters(const domain::Record& record) {
    std::vector<std::optional<std::string>> values{std::to_string(record.version),
                                                   record.retired ? "true" : "false",
                                                   record.created_at,
                                                   record.updated_at,
                                                   std::to_string(incident_day(record.fields)),
                                                   std::to_string(incident_content_hash(record.fields))};
    for (const auto& column : incident_columns()) {
        auto it = record.fields.find(column.name);
        std::optional<std::string> value;
        if (it != record.fields.end()) {
            if (auto* text = std::get_if<std::string>(&it->second))
                value = *text;
            else if (auto* whole = std::get_if<std::int64_t>(&it->second))
                value = std::to_string(*whole);
            else if (auto* real = std::get_if<double>(&it->second))
                value = pqxx::to_string(*real);
        }
        values.push_back(std::move(value));
    }
    return values;
}

pqxx::result exec_with(pqxx::work& work, const std::string& sql,
                       const std::vector<std::optional<std::string>>& values) {
    std::vector<const char*> pointers;
    pointers.reserve(values.size());
    for (const auto& value : values) pointers.push_back(value ? value->c_str() : nullptr);
    return work.exec_params(sql, pqxx::prepare::make_dynamic_params(pointers));
}

std::optional<StoredIncident> first_incident(const pqxx::result& rows) {
    if (rows.empty()) return std::nullopt;
    return read_postgres_incident(rows[0]);
}

void apply_level(pqxx::work& work, const char* table, const std::map<RollupKey, RollupDelta>& level) {
    const std::string upsert_sql = std::string("INSERT INTO ") + table +
                                   " AS cell (day, week, month, pcode, unit, event_type, events, fatalities) "
                                   "VALUES ($1, $2, $3, $4, $5, $6, $7, "
                                   "$8) ON CONFLICT (day, pcode, unit, event_type) DO UPDATE SET events = "
                                   "cell.events + excluded.events, "
                                   "fatalities = cell.fatalities + excluded.fatalities";
    // A cell losing events already exists: UPDATE it (an INSERT of a negative count would fail the
    // table's CHECK), then drop it if it is empty.
    const std::string subtract_sql = std::string("UPDATE ") + table +
                                     " SET events = events + $5, fatalities = fatalities + $6 "
                                     "WHERE day = $1 AND pcode = $2 AND unit = $3 AND event_type = $4";
    const std::string prune_sql =
        std::string("DELETE FROM ") + table +
        " WHERE day = $1 AND pcode = $2 AND unit = $3 AND event_type = $4 AND events = 0";
    for (const auto& [key, delta] : level) {
        if (delta.events == 0 && delta.fatalities == 0) continue;
        if (delta.events >= 0) {
            work.exec_params0(upsert_sql, key.day, week_of_day(key.day), month_of_day(key.day), key.pcode,
                              key.unit, key.event_type, delta.events, delta.fatalities);
            continue;
        }
        work.exec_params0(subtract_sql, key.day, key.pcode, key.unit, key.event_type, delta.events,
                          delta.fatalities);
        work.exec_params0(prune_sql, key.day, key.pcode, key.unit, key.event_type);
    }
}

}  // namespace

StoredIncident read_postgres_incident(const pqxx::row& row) {
    return read_stored_incident(PostgresStoredRow(row));
}

template <>
domain::Result<std::optional<StoredIncident>> PostgresIncidentRowWriter::find(std::int64_t id) {
    return first_incident(transaction_.exec_params(
        "SELECT " + incident_select_columns() + " FROM incidents WHERE id = $1", id));
}

template <>
domain::Result<std::optional<StoredIncident>> PostgresIncidentRowWriter::find(std::string_view key) {
    return first_incident(transaction_.exec_params(
        "SELECT " + incident_select_columns() + " FROM incidents WHERE key = $1", std::string(key)));
}

template <>
domain::Result<std::optional<IncidentRowWriter::KeyState>> PostgresIncidentRowWriter::find_state(
    std::string_view key) {
    auto rows = transaction_.exec_params("SELECT id, retired, content_hash FROM incidents WHERE key = $1",
                                         std::string(key));
    if (rows.empty()) return std::optional<KeyState>{};
    return std::optional<KeyState>{
        KeyState{rows[0][0].as<std::int64_t>(), rows[0][1].as<bool>(), rows[0][2].as<std::int64_t>()}};
}

template <>
domain::Result<std::int64_t> PostgresIncidentRowWriter::next_id() {
    return transaction_.exec1("SELECT coalesce(max(id), 0) + 1 FROM incidents")[0].as<std::int64_t>();
}

template <>
domain::Result<bool> PostgresIncidentRowWriter::source_exists(std::string_view key) {
    PostgresRecordTransaction records(transaction_);
    return records.live_key_exists("sources", key);
}

template <>
domain::Result<std::int64_t> PostgresIncidentRowWriter::insert(const domain::Record& record,
                                                               OnTakenKey on_taken) {
    static const std::string fail_sql = insert_sql(OnTakenKey::fail);
    static const std::string ignore_sql = insert_sql(OnTakenKey::ignore);
    auto rows = exec_with(transaction_, on_taken == OnTakenKey::ignore ? ignore_sql : fail_sql,
                          record_parameters(record));
    return rows.empty() ? std::int64_t{0} : rows[0][0].as<std::int64_t>();
}

// Written as the row's Fields: the same statement as a single insert.
template <>
domain::Result<std::int64_t> PostgresIncidentRowWriter::insert(const IncidentRow& row, std::string_view now) {
    domain::Record record;
    record.kind = domain::kinds::incidents;
    record.version = 1;
    record.created_at = record.updated_at = std::string(now);
    record.fields = row.to_fields();
    return insert(record, OnTakenKey::ignore);
}

template <>
domain::Result<void> PostgresIncidentRowWriter::update(const domain::Record& record) {
    static const std::string sql = update_sql();
    auto values = record_parameters(record);
    values.emplace_back(std::to_string(record.id));
    exec_with(transaction_, sql, values);
    return {};
}

template <>
domain::Result<void> PostgresIncidentRowWriter::apply_rollups(const RollupAccumulator& changes) {
    RollupChanges cells = changes.changes();
    apply_level(transaction_, "incident_rollup_adm1", cells.adm1);
    apply_level(transaction_, "incident_rollup_adm2", cells.adm2);
    return {};
}

template <>
domain::Result<void> PostgresIncidentRowWriter::append_audit(const AuditEntry& entry) {
    append_postgres_audit(transaction_, entry);
    return {};
}

}  // namespace mssops::store
