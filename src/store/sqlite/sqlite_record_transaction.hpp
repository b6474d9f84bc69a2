#pragma once

#include "store/record_transaction.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace mssops::store {

/// The columns every record query selects, in the order read_sqlite_record() reads them.
inline constexpr const char* sqlite_record_columns =
    "id, kind, version, retired, created_at, updated_at, body";

/// Reads the current row of a statement that selected sqlite_record_columns.
domain::Result<domain::Record> read_sqlite_record(const SqliteStatement& row);

/// RecordTransaction on a SQLite connection that is inside a write transaction.
class SqliteRecordTransaction final : public RecordTransaction {
public:
    explicit SqliteRecordTransaction(SqliteConnection& connection) : connection_(connection) {}

    domain::Result<std::optional<domain::Record>> find(const domain::KindSpec& kind,
                                                       std::int64_t id) override;
    domain::Result<std::optional<domain::Record>> find_by_key(const domain::KindSpec& kind,
                                                              std::string_view key) override;
    domain::Result<std::vector<domain::Record>> live_records(const domain::KindSpec& kind) override;
    domain::Result<bool> live_key_exists(std::string_view kind, std::string_view key) override;
    domain::Result<std::int64_t> insert(const domain::Record& record, const RecordColumns& columns) override;
    domain::Result<void> update(const domain::Record& record, const RecordColumns& columns) override;
    domain::Result<void> append_audit(const AuditEntry& entry) override;

private:
    SqliteConnection& connection_;
};

/// Appends one audit row on a connection inside a write transaction (for stores beside the records).
domain::Result<void> append_sqlite_audit(SqliteConnection& connection, const AuditEntry& entry);

}  // namespace mssops::store
