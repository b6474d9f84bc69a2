#pragma once

#include "store/backend_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace mssops::store {

/// The columns every record query selects, in the order read_sqlite_record() reads them.
inline constexpr const char* sqlite_record_columns =
    "id, kind, version, retired, created_at, updated_at, body";

/// Reads the current row of a statement that selected sqlite_record_columns.
domain::Result<domain::Record> read_sqlite_record(const SqliteStatement& row);

/// Binds what an insert and an update of a `records` row both write, as ?2 to ?10: key, version,
/// retired, updated_at, date_first, date_last, country, mission and body. The statement binds the rest.
void bind_record_columns(SqliteStatement& statement, const domain::Record& record,
                         const RecordColumns& columns);

/// RecordTransaction on a SQLite connection that is inside a write transaction.
using SqliteRecordTransaction = BackendRecordTransaction<SqliteConnection>;

/// Appends one audit row on a connection inside a write transaction (for stores beside the records).
domain::Result<void> append_sqlite_audit(SqliteConnection& connection, const AuditEntry& entry);

}  // namespace mssops::store
