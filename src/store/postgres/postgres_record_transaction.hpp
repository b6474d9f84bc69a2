#pragma once

#include <pqxx/pqxx>

#include "store/backend_store.hpp"

namespace mssops::store {

/// The columns every record query selects, in the order read_postgres_record() reads them.
inline constexpr const char* postgres_record_columns =
    "id, kind, version, retired, created_at, updated_at, body::text";

/// Reads a row that selected postgres_record_columns.
domain::Result<domain::Record> read_postgres_record(const pqxx::row& row);

/// RecordTransaction on an open PostgreSQL write transaction.
using PostgresRecordTransaction = BackendRecordTransaction<pqxx::work>;

/// Appends one audit row inside an open write transaction (for stores beside the records).
void append_postgres_audit(pqxx::work& transaction, const AuditEntry& entry);

}  // namespace mssops::store
