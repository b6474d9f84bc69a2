#pragma once

#include <pqxx/pqxx>

#include "store/record_transaction.hpp"

namespace mssops::store {

/// The columns every record query selects, in the order read_postgres_record() reads them.
inline constexpr const char* postgres_record_columns =
    "id, kind, version, retired, created_at, updated_at, body::text";

/// Reads a row that selected postgres_record_columns.
domain::Result<domain::Record> read_postgres_record(const pqxx::row& row);

/// RecordTransaction on an open PostgreSQL write transaction.
class PostgresRecordTransaction final : public RecordTransaction {
public:
    explicit PostgresRecordTransaction(pqxx::work& transaction) : transaction_(transaction) {}

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
    pqxx::work& transaction_;
};

/// Appends one audit row inside an open write transaction (for stores beside the records).
void append_postgres_audit(pqxx::work& transaction, const AuditEntry& entry);

}  // namespace mssops::store
