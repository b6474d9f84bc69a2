#include "store/sqlite/sqlite_incident_rows.hpp"

#include <sqlite3.h>

#include <functional>
#include <memory>

#include "store/sqlite/sqlite_record_transaction.hpp"
#include "store/sqlite/sqlite_stored_row.hpp"

namespace mssops::store {
namespace {

std::string insert_sql(OnTakenKey on_taken) {
    std::string names = "version, retired, created_at, updated_at, day, content_hash";
    std::string values = "?1, ?2, ?3, ?4, ?5, ?6";
    int index = 7;
    for (const auto& column : incident_columns()) {
        names += ", " + std::string(column.name);
        values += ", ?" + std::to_string(index++);
    }
    std::string sql = "INSERT INTO incidents (" + names + ") VALUES (" + values + ")";
    if (on_taken == OnTakenKey::ignore) sql += " ON CONFLICT (key) DO NOTHING";
    return sql;
}

std::string update_sql() {
    std::string sql =
        "UPDATE incidents SET version = ?1, retired = ?2, created_at = ?3, updated_at = ?4, day = ?5, "
        "content_hash = ?6";
    int index = 7;
    for (const auto& column : incident_columns())
        sql += ", " + std::string(column.name) + " = ?" + std::to_string(index++);
    return sql + " WHERE id = ?" + std::to_string(index);
}

/// Binds the record's stamps and fields as ?1.. in the order insert_sql() and update_sql() name them.
void bind_record(SqliteStatement& statement, const domain::Record& record) {
    statement.bind(1, record.version)
        .bind(2, std::int64_t{record.retired ? 1 : 0})
        .bind(3, std::string_view(record.created_at))
        .bind(4, std::string_view(record.updated_at))
        .bind(5, incident_day(record.fields))
        .bind(6, incident_content_hash(record.fields));
    int index = 7;
    for (const auto& column : incident_columns()) {
        auto it = record.fields.find(column.name);
        if (it == record.fields.end()) {
            statement.bind_null(index++);
            continue;
        }
        const auto& value = it->second;
        if (auto* text = std::get_if<std::string>(&value))
            statement.bind(index, std::string_view(*text));
        else if (auto* whole = std::get_if<std::int64_t>(&value))
            statement.bind(index, *whole);
        else if (auto* real = std::get_if<double>(&value))
            statement.bind(index, *real);
        else
            statement.bind_null(index);
        ++index;
    }
}

domain::Result<std::optional<StoredIncident>> find_where(SqliteConnection& connection, const char* where,
                                                         const std::function<void(SqliteStatement&)>& bind) {
    auto statement =
        connection.prepare("SELECT " + incident_select_columns() + " FROM incidents WHERE " + where);
    if (!statement) return statement.error();
    bind(*statement);
    auto row = statement->step();
    if (!row) return row.error();
    if (!*row) return std::optional<StoredIncident>{};
    return std::optional<StoredIncident>{read_incident(*statement)};
}

/// Calls `visit(cell, delta)` for each gathered rollup change, in primary key order.
using CellVisits = std::function<void(const std::function<void(const RollupCellView&, const RollupDelta&)>&)>;

domain::Result<void> apply_level(SqliteConnection& connection, const char* table, const CellVisits& cells) {
    const std::string upsert_sql =
        std::string("INSERT INTO ") + table +
        " (day, week, month, pcode, unit, event_type, events, fatalities) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8) "
        "ON CONFLICT (day, pcode, unit, event_type) DO UPDATE SET events = events + excluded.events, "
        "fatalities = fatalities + excluded.fatalities";
    // A cell losing events already exists: UPDATE it (an INSERT of a negative count would fail the
    // table's CHECK before the conflict clause applies), then drop it if it is empty.
    const std::string subtract_sql = std::string("UPDATE ") + table +
                                     " SET events = events + ?5, fatalities = fatalities + ?6 "
                                     "WHERE day = ?1 AND pcode = ?2 AND unit = ?3 AND event_type = ?4";
    const std::string prune_sql =
        std::string("DELETE FROM ") + table +
        " WHERE day = ?1 AND pcode = ?2 AND unit = ?3 AND event_type = ?4 AND events = 0";
    // Prepared once per call, on first use: a bulk import writes hundreds of thousands of cells,
    // and a lookup in the connection's statement cache per cell would cost as much as the write.
    sqlite3* db = connection.handle();
    const std::string* sqls[3] = {&upsert_sql, &subtract_sql, &prune_sql};
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statements[3] = {
        {nullptr, sqlite3_finalize}, {nullptr, sqlite3_finalize}, {nullptr, sqlite3_finalize}};
    auto statement_for = [&](int which) -> sqlite3_stmt* {
        if (!statements[which]) {
            sqlite3_stmt* prepared = nullptr;
            if (sqlite3_prepare_v2(db, sqls[which]->c_str(), -1, &prepared, nullptr) != SQLITE_OK)
                return nullptr;
            statements[which].reset(prepared);
        }
        return statements[which].get();
    };
    int failed = SQLITE_OK;
    auto run = [&](sqlite3_stmt* statement) {
        int code = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (code != SQLITE_DONE && failed == SQLITE_OK) failed = code;
    };
    auto bind_text = [](sqlite3_stmt* statement, int index, std::string_view text) {
        sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    };
    cells([&](const RollupCellView& cell, const RollupDelta& delta) {
        if (failed != SQLITE_OK || (delta.events == 0 && delta.fatalities == 0)) return;
        if (delta.events >= 0) {
            sqlite3_stmt* statement = statement_for(0);
            if (!statement) {
                failed = sqlite3_errcode(db);
                return;
            }
            sqlite3_bind_int64(statement, 1, cell.day);
            sqlite3_bind_int64(statement, 2, week_of_day(cell.day));
            sqlite3_bind_int64(statement, 3, month_of_day(cell.day));
            bind_text(statement, 4, cell.pcode);
            bind_text(statement, 5, cell.unit);
            bind_text(statement, 6, cell.event_type);
            sqlite3_bind_int64(statement, 7, delta.events);
            sqlite3_bind_int64(statement, 8, delta.fatalities);
            run(statement);
            return;
        }
        for (int which : {1, 2}) {
            sqlite3_stmt* statement = statement_for(which);
            if (!statement) {
                failed = sqlite3_errcode(db);
                return;
            }
            sqlite3_bind_int64(statement, 1, cell.day);
            bind_text(statement, 2, cell.pcode);
            bind_text(statement, 3, cell.unit);
            bind_text(statement, 4, cell.event_type);
            if (which == 1) {
                sqlite3_bind_int64(statement, 5, delta.events);
                sqlite3_bind_int64(statement, 6, delta.fatalities);
            }
            run(statement);
        }
    });
    if (failed != SQLITE_OK) return sqlite_error(failed, sqlite3_errmsg(db));
    return {};
}

}  // namespace

StoredIncident read_incident(const SqliteStatement& row) {
    return read_stored_incident(SqliteStoredRow(row));
}

PreparedIncidentRows<SqliteConnection>::~PreparedIncidentRows() {
    sqlite3_finalize(insert);
    sqlite3_finalize(find);
}

template <>
domain::Result<std::optional<StoredIncident>> SqliteIncidentRowWriter::find(std::int64_t id) {
    return find_where(transaction_, "id = ?1", [&](SqliteStatement& statement) { statement.bind(1, id); });
}

template <>
domain::Result<std::optional<StoredIncident>> SqliteIncidentRowWriter::find(std::string_view key) {
    return find_where(transaction_, "key = ?1", [&](SqliteStatement& statement) { statement.bind(1, key); });
}

template <>
domain::Result<std::int64_t> SqliteIncidentRowWriter::next_id() {
    auto next = transaction_.prepare("SELECT coalesce(max(id), 0) + 1 FROM incidents");
    if (!next) return next.error();
    if (auto row = next->step(); !row) return row.error();
    return next->integer(0);
}

template <>
domain::Result<bool> SqliteIncidentRowWriter::source_exists(std::string_view key) {
    SqliteRecordTransaction records(transaction_);
    return records.live_key_exists("sources", key);
}

template <>
domain::Result<std::int64_t> SqliteIncidentRowWriter::insert(const domain::Record& record,
                                                             OnTakenKey on_taken) {
    static const std::string fail_sql = insert_sql(OnTakenKey::fail);
    static const std::string ignore_sql = insert_sql(OnTakenKey::ignore);
    auto statement = transaction_.prepare(on_taken == OnTakenKey::ignore ? ignore_sql : fail_sql);
    if (!statement) return statement.error();
    bind_record(*statement, record);
    if (auto ran = statement->run(); !ran) return ran.error();
    if (sqlite3_changes(transaction_.handle()) == 0) return std::int64_t{0};
    return transaction_.last_insert_id();
}

template <>
domain::Result<std::int64_t> SqliteIncidentRowWriter::insert(const IncidentRow& row, std::string_view now) {
    sqlite3* db = transaction_.handle();
    if (!prepared_.insert) {
        static const std::string sql = insert_sql(OnTakenKey::ignore);
        int code =
            sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &prepared_.insert, nullptr);
        if (code != SQLITE_OK) return sqlite_error(code, sqlite3_errmsg(db));
    }
    // SQLITE_STATIC: the texts stay put until the step below is done, so SQLite need not copy them.
    sqlite3_bind_int64(prepared_.insert, 1, 1);
    sqlite3_bind_int64(prepared_.insert, 2, 0);
    sqlite3_bind_text(prepared_.insert, 3, now.data(), static_cast<int>(now.size()), SQLITE_STATIC);
    sqlite3_bind_text(prepared_.insert, 4, now.data(), static_cast<int>(now.size()), SQLITE_STATIC);
    sqlite3_bind_int64(prepared_.insert, 5, row.day());
    sqlite3_bind_int64(prepared_.insert, 6, row.content_hash());
    const auto& columns = incident_columns();
    for (std::size_t column = 0; column < columns.size(); ++column) {
        int index = static_cast<int>(column) + 7;
        if (!row.has(column)) {
            sqlite3_bind_null(prepared_.insert, index);
            continue;
        }
        switch (columns[column].type) {
            case ColumnType::text: {
                std::string_view text = row.text(column);
                sqlite3_bind_text(prepared_.insert, index, text.data(), static_cast<int>(text.size()),
                                  SQLITE_STATIC);
                break;
            }
            case ColumnType::integer:
                sqlite3_bind_int64(prepared_.insert, index, row.integer(column));
                break;
            case ColumnType::real:
                sqlite3_bind_double(prepared_.insert, index, row.real(column));
                break;
        }
    }
    int code = sqlite3_step(prepared_.insert);
    sqlite3_reset(prepared_.insert);
    if (code != SQLITE_DONE) return sqlite_error(code, sqlite3_errmsg(db));
    if (sqlite3_changes(db) == 0) return std::int64_t{0};
    return transaction_.last_insert_id();
}

template <>
domain::Result<std::optional<IncidentRowWriter::KeyState>> SqliteIncidentRowWriter::find_state(
    std::string_view key) {
    sqlite3* db = transaction_.handle();
    if (!prepared_.find) {
        const char* sql = "SELECT id, retired, content_hash FROM incidents WHERE key = ?1";
        int code = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &prepared_.find, nullptr);
        if (code != SQLITE_OK) return sqlite_error(code, sqlite3_errmsg(db));
    }
    sqlite3_bind_text(prepared_.find, 1, key.data(), static_cast<int>(key.size()), SQLITE_STATIC);
    int code = sqlite3_step(prepared_.find);
    std::optional<KeyState> state;
    if (code == SQLITE_ROW)
        state =
            KeyState{sqlite3_column_int64(prepared_.find, 0), sqlite3_column_int64(prepared_.find, 1) != 0,
                     sqlite3_column_int64(prepared_.find, 2)};
    sqlite3_reset(prepared_.find);
    if (code != SQLITE_ROW && code != SQLITE_DONE) return sqlite_error(code, sqlite3_errmsg(db));
    return state;
}

template <>
domain::Result<void> SqliteIncidentRowWriter::update(const domain::Record& record) {
    static const std::string sql = update_sql();
    auto statement = transaction_.prepare(sql);
    if (!statement) return statement.error();
    bind_record(*statement, record);
    statement->bind(static_cast<int>(incident_columns().size()) + 7, record.id);
    return statement->run();
}

template <>
domain::Result<void> SqliteIncidentRowWriter::apply_rollups(const RollupAccumulator& changes) {
    for (int level : {1, 2}) {
        auto visits = [&](const auto& visit) { changes.each_cell(level, visit); };
        const char* table = level == 1 ? "incident_rollup_adm1" : "incident_rollup_adm2";
        if (auto done = apply_level(transaction_, table, visits); !done) return done;
    }
    return {};
}

template <>
domain::Result<void> SqliteIncidentRowWriter::append_audit(const AuditEntry& entry) {
    return append_sqlite_audit(transaction_, entry);
}

}  // namespace mssops::store
