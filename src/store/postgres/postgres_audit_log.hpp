#pragma once

#include "store/audit_log.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// AuditLog on the PostgreSQL `audit` table, which triggers keep append-only.
class PostgresAuditLog final : public AuditLog {
public:
    explicit PostgresAuditLog(PostgresDatabase& database) : database_(database) {}

    domain::Result<std::vector<AuditEntry>> list(const AuditQuery& query) override;
    domain::Result<std::int64_t> latest_id() override;

private:
    PostgresDatabase& database_;
};

}  // namespace mssops::store
