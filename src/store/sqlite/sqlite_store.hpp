#pragma once

#include <memory>
#include <string>

#include "store/sqlite/sqlite_account_store.hpp"
#include "store/sqlite/sqlite_alert_store.hpp"
#include "store/sqlite/sqlite_audit_log.hpp"
#include "store/sqlite/sqlite_database.hpp"
#include "store/sqlite/sqlite_extraction_store.hpp"
#include "store/sqlite/sqlite_incident_store.hpp"
#include "store/sqlite/sqlite_record_store.hpp"
#include "store/store.hpp"

namespace mssops::store {

/// The embedded store: one SQLite file in WAL mode.
class SqliteStore final : public Store {
public:
    /// Opens (creating if needed) the file at `path` and applies pending migrations.
    static domain::Result<std::unique_ptr<SqliteStore>> open(std::string path);

    RecordStore& records() override { return records_; }
    IncidentStore& incidents() override { return incidents_; }
    AuditLog& audit() override { return audit_; }
    AccountStore& accounts() override { return accounts_; }
    ExtractionStore& extractions() override { return extractions_; }
    AlertStore& alerts() override { return alerts_; }
    domain::Result<std::int64_t> change_counter() override { return database_->data_version(); }
    /// Positions are audit ids: one writer at a time, so ids grow in commit order.
    domain::Result<ChangedKinds> changed_kinds(std::int64_t after) override;
    std::string backend() const override { return "sqlite"; }
    domain::Result<void> backup(std::string_view destination_path) override;
    domain::Result<std::vector<std::string>> applied_migrations() override;
    domain::Result<void> load_snapshot(const std::vector<domain::Record>& records,
                                       const std::vector<AuditEntry>& audit) override;

    /// The database, for stores that keep their own tables in the same file (incidents, accounts).
    SqliteDatabase& database() { return *database_; }

private:
    explicit SqliteStore(std::unique_ptr<SqliteDatabase> database)
        : database_(std::move(database)),
          records_(*database_),
          audit_(*database_),
          accounts_(*database_),
          incidents_(*database_),
          extractions_(*database_),
          alerts_(*database_) {}

    std::unique_ptr<SqliteDatabase> database_;
    SqliteRecordStore records_;
    SqliteAuditLog audit_;
    SqliteAccountStore accounts_;
    SqliteIncidentStore incidents_;
    SqliteExtractionStore extractions_;
    SqliteAlertStore alerts_;
};

}  // namespace mssops::store
