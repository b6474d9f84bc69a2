#pragma once

#include "store/audit_log.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// AuditLog on the SQLite `audit` table, which triggers keep append-only.
class SqliteAuditLog final : public AuditLog {
public:
    explicit SqliteAuditLog(SqliteDatabase& database) : database_(database) {}

    domain::Result<std::vector<AuditEntry>> list(const AuditQuery& query) override;
    domain::Result<std::int64_t> latest_id() override;

private:
    SqliteDatabase& database_;
};

}  // namespace mssops::store
