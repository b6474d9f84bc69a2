#pragma once

#include <memory>
#include <string>

#include "store/postgres/postgres_account_store.hpp"
#include "store/postgres/postgres_alert_store.hpp"
#include "store/postgres/postgres_audit_log.hpp"
#include "store/postgres/postgres_database.hpp"
#include "store/postgres/postgres_extraction_store.hpp"
#include "store/postgres/postgres_incident_store.hpp"
#include "store/postgres/postgres_record_store.hpp"
#include "store/store.hpp"

namespace mssops::store {

/// The multi-user store: a PostgreSQL 15 database, reached by a postgresql:// URL.
class PostgresStore final : public Store {
public:
    /// Connects to `url` and applies pending migrations; unavailable when the server cannot be reached.
    static domain::Result<std::unique_ptr<PostgresStore>> open(std::string url);

    RecordStore& records() override { return records_; }
    IncidentStore& incidents() override { return incidents_; }
    AuditLog& audit() override { return audit_; }
    AccountStore& accounts() override { return accounts_; }
    ExtractionStore& extractions() override { return extractions_; }
    AlertStore& alerts() override { return alerts_; }
    /// The newest audit id: every write through a store appends to the audit log. One autocommit
    /// query, no transaction: a busy server asks up to a thousand times a second.
    domain::Result<std::int64_t> change_counter() override;
    /// Positions are audit ids: writers queue on one advisory lock before they insert, so ids grow
    /// in commit order.
    domain::Result<ChangedKinds> changed_kinds(std::int64_t after) override;
    std::string backend() const override { return "postgresql"; }
    /// Refused with invalid_input on "destination": PostgreSQL is backed up with pg_dump.
    domain::Result<void> backup(std::string_view destination_path) override;
    domain::Result<std::vector<std::string>> applied_migrations() override;
    domain::Result<void> load_snapshot(const std::vector<domain::Record>& records,
                                       const std::vector<AuditEntry>& audit) override;

    /// The database, for stores that keep their own tables in it.
    PostgresDatabase& database() { return *database_; }

private:
    explicit PostgresStore(std::unique_ptr<PostgresDatabase> database)
        : database_(std::move(database)),
          records_(*database_),
          audit_(*database_),
          accounts_(*database_),
          incidents_(*database_),
          extractions_(*database_),
          alerts_(*database_) {}

    std::unique_ptr<PostgresDatabase> database_;
    PostgresRecordStore records_;
    PostgresAuditLog audit_;
    PostgresAccountStore accounts_;
    PostgresIncidentStore incidents_;
    PostgresExtractionStore extractions_;
    PostgresAlertStore alerts_;
};

}  // namespace mssops::store
