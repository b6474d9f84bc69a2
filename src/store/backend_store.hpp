#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "store/account_store.hpp"
#include "store/alert_store.hpp"
#include "store/alert_tables.hpp"
#include "store/audit_log.hpp"
#include "store/extraction_store.hpp"
#include "store/incident_row_writer.hpp"
#include "store/incident_store.hpp"
#include "store/query_checks.hpp"
#include "store/record_errors.hpp"
#include "store/record_store.hpp"
#include "store/record_transaction.hpp"
#include "store/record_writes.hpp"
#include "store/store.hpp"
#include "store/timestamp.hpp"

// The classes a backend implements, declared once for both: SQLite and PostgreSQL differ in their
// SQL, not in what they offer. `Database` is SqliteDatabase or PostgresDatabase (`Transaction`, its
// open transaction: SqliteConnection or pqxx::work). Each backend defines the members that run SQL as
// explicit specializations in its own folder (store/sqlite/sqlite_account_store.cpp defines
// BackendAccountStore<SqliteDatabase>::create_user...) and names the classes with aliases
// (SqliteAccountStore); what needs no SQL of its own is defined once, at the end of this file.

namespace mssops::store {

/// AccountStore on a backend's database.
template <class Database>
class BackendAccountStore final : public AccountStore {
public:
    explicit BackendAccountStore(Database& database) : database_(database) {}

    Result<User> create_user(const User& user, const Actor& who) override;
    Result<User> update_user(std::string_view name, const UserChange& change, const Actor& who) override;
    Result<User> find_user(std::string_view name) override;
    Result<std::vector<User>> list_users() override;

    Result<void> create_session(const Session& session) override;
    Result<Session> find_session(std::string_view token_hash, std::string_view now) override;
    Result<void> delete_session(std::string_view token_hash) override;
    Result<void> delete_expired_sessions(std::string_view now) override;

    Result<ApiToken> create_token(const ApiToken& token, const Actor& who) override;
    Result<ApiToken> find_token(std::string_view token_hash) override;
    Result<void> touch_token(std::int64_t id, std::string_view now) override;
    Result<ApiToken> revoke_token(std::int64_t id, const Actor& who) override;
    Result<std::vector<ApiToken>> list_tokens(std::string_view user) override;

    Result<void> record_failed_sign_in(std::string_view user_name, std::string_view client,
                                       std::string_view at) override;
    Result<FailedSignIns> failed_sign_ins_for_user(std::string_view user_name,
                                                   std::string_view since) override;
    Result<FailedSignIns> failed_sign_ins_from_client(std::string_view client,
                                                      std::string_view since) override;
    Result<FailedSignIns> failed_sign_ins_for_user_from_client(std::string_view user_name,
                                                               std::string_view client,
                                                               std::string_view since) override;
    Result<void> clear_failed_sign_ins(std::string_view user_name, std::string_view client) override;
    Result<void> forget_failed_sign_ins(std::string_view before) override;

private:
    Database& database_;
};

/// AlertStore on a backend's database (migration 009_alerts).
template <class Database>
class BackendAlertStore final : public AlertStore {
public:
    explicit BackendAlertStore(Database& database) : database_(database) {}

    Result<std::vector<RaisedAlert>> record_alerts(
        const std::vector<RaisedAlert>& current,
        const std::function<std::vector<std::int64_t>(const RaisedAlert&)>& webhooks_for,
        const Actor& who) override;
    Result<std::vector<RaisedAlert>> list_alerts(const AlertQuery& query) override;
    Result<std::vector<std::pair<std::string, AlertSubscription>>> subscriptions(
        std::string_view user) override;
    Result<void> replace_subscriptions(std::string_view user, const std::vector<AlertSubscription>& wanted,
                                       const Actor& who) override;
    Result<void> create_feed_token(std::string_view user, std::string_view token_hash,
                                   const Actor& who) override;
    Result<void> revoke_feed_token(std::string_view user, const Actor& who) override;
    Result<std::string> feed_token_user(std::string_view token_hash) override;
    Result<std::optional<std::string>> feed_token_created(std::string_view user) override;
    Result<Webhook> create_webhook(const Webhook& webhook, const Actor& who) override;
    Result<std::vector<Webhook>> webhooks(std::string_view user) override;
    Result<void> delete_webhook(std::string_view user, std::int64_t id, const Actor& who) override;
    Result<std::vector<AlertDelivery>> due_deliveries(std::string_view now, std::int64_t limit) override;
    Result<AlertDelivery> record_attempt(const AttemptOutcome& outcome, const Actor& who) override;
    Result<std::vector<AlertDelivery>> deliveries(std::int64_t limit) override;
    Result<RaisedAlert> alert(std::int64_t id) override;

    /// dump_alert_tables and load_alert_tables (store/alert_tables.hpp) on this database; in
    /// <backend>_alert_tables.cpp.
    Result<std::vector<AlertTableRows>> dump_tables();
    Result<void> load_tables(const std::vector<AlertTableRows>& tables, const Actor& who);

private:
    Database& database_;
};

/// AuditLog on a backend's `audit` table, which triggers keep append-only.
template <class Database>
class BackendAuditLog final : public AuditLog {
public:
    explicit BackendAuditLog(Database& database) : database_(database) {}

    domain::Result<std::vector<AuditEntry>> list(const AuditQuery& query) override;
    domain::Result<std::int64_t> latest_id() override;

private:
    Database& database_;
};

/// ExtractionStore on a backend's database (migration 007_extractions).
template <class Database>
class BackendExtractionStore final : public ExtractionStore {
public:
    explicit BackendExtractionStore(Database& database) : database_(database) {}

    Result<StoredExtraction> create(const StoredExtraction& extraction, const Actor& who) override;
    Result<ExtractionPage> list(std::int64_t limit, std::int64_t offset) override;
    Result<StoredExtraction> get(std::int64_t id) override;
    Result<StoredExtraction> decide(const CandidateDecision& decision, const Actor& who) override;

private:
    Database& database_;
};

/// IncidentStore on a backend's database: the `incidents` table in typed columns and the rollup
/// tables, kept current in every write's transaction (migration 002_incidents). Audit rows go to the
/// shared `audit` table.
template <class Database>
class BackendIncidentStore final : public IncidentStore {
public:
    explicit BackendIncidentStore(Database& database) : database_(database) {}

    domain::Result<domain::Record> create(const domain::Fields& fields, const Actor& who) override;
    domain::Result<domain::Record> get(std::int64_t id) override;
    domain::Result<domain::Record> find_by_key(std::string_view key) override;
    domain::Result<domain::Record> update(
        std::int64_t id, const domain::Fields& changes, const Actor& who,
        std::optional<std::int64_t> expected_version = std::nullopt) override;
    domain::Result<domain::Record> retire(std::int64_t id, const Actor& who) override;
    domain::Result<Page> list(const IncidentQuery& query) override;
    domain::Result<void> each(const IncidentQuery& query,
                              const std::function<void(const domain::Record&)>& visit) override;
    domain::Result<std::vector<AggregateRow>> aggregate(const AggregateQuery& query) override;
    domain::Result<std::vector<SourceCitationCount>> citation_counts() override;
    domain::Result<ImportCounts> import(const Actor& who, const ImportWork& work) override;

private:
    Database& database_;
};

/// What a backend's IncidentRowWriter keeps from one row to the next: nothing, unless the backend
/// specializes it (SQLite keeps a bulk import's insert and key lookup prepared).
template <class Transaction>
struct PreparedIncidentRows {};

/// IncidentRowWriter on a backend's open write transaction: the statements under IncidentTransaction
/// and IncidentImporter.
template <class Transaction>
class BackendIncidentRowWriter final : public IncidentRowWriter {
public:
    explicit BackendIncidentRowWriter(Transaction& transaction) : transaction_(transaction) {}

    domain::Result<std::optional<StoredIncident>> find(std::int64_t id) override;
    domain::Result<std::optional<StoredIncident>> find(std::string_view key) override;
    domain::Result<std::optional<KeyState>> find_state(std::string_view key) override;
    domain::Result<std::int64_t> next_id() override;
    domain::Result<bool> source_exists(std::string_view key) override;
    domain::Result<std::int64_t> insert(const domain::Record& record, OnTakenKey on_taken) override;
    domain::Result<std::int64_t> insert(const IncidentRow& row, std::string_view now) override;
    domain::Result<void> update(const domain::Record& record) override;
    domain::Result<void> apply_rollups(const RollupAccumulator& changes) override;
    domain::Result<void> append_audit(const AuditEntry& entry) override;

private:
    Transaction& transaction_;
    PreparedIncidentRows<Transaction> prepared_;
};

template <class Transaction>
class BackendRecordTransaction;

/// RecordStore on a backend's database: rows of the `records` table with the body as JSON and the
/// filter columns (dates, country, mission) beside it.
template <class Database>
class BackendRecordStore final : public RecordStore {
public:
    explicit BackendRecordStore(Database& database) : database_(database) {}

    Result<Record> create(std::string_view kind, const Fields& fields, const Actor& who) override;
    Result<Record> update(std::string_view kind, std::int64_t id, const Fields& changes, const Actor& who,
                          std::optional<std::int64_t> expected_version = std::nullopt) override;
    Result<Record> retire(std::string_view kind, std::int64_t id, const Actor& who) override;
    Result<Record> restore(std::string_view kind, std::int64_t id, const Actor& who) override;
    Result<Record> get(std::string_view kind, std::int64_t id) override;
    Result<Record> find_by_key(std::string_view kind, std::string_view key) override;
    Result<Page> list(const ListQuery& query) override;
    Result<BatchSummary> apply(const std::vector<Change>& changes, const Actor& who) override;
    Result<BatchSummary> apply_and_retire(const std::vector<Change>& changes,
                                          const std::vector<Retirement>& retirements,
                                          const Actor& who) override;

private:
    /// Runs `write(RecordTransaction&)` in one write transaction of the database.
    template <class Write>
    auto write_records(Write&& write) {
        return database_.write([&](auto& transaction) {
            BackendRecordTransaction<std::remove_reference_t<decltype(transaction)>> records(transaction);
            return write(static_cast<RecordTransaction&>(records));
        });
    }

    /// Runs `read(RecordTransaction&)` in one read transaction of the database.
    template <class Read>
    auto read_records(Read&& read) {
        return database_.read([&](auto& transaction) {
            BackendRecordTransaction<std::remove_reference_t<decltype(transaction)>> records(transaction);
            return read(static_cast<RecordTransaction&>(records));
        });
    }

    Database& database_;
};

/// RecordTransaction on a backend's open write transaction: a pqxx::work, or a SqliteConnection
/// inside a write transaction.
template <class Transaction>
class BackendRecordTransaction final : public RecordTransaction {
public:
    explicit BackendRecordTransaction(Transaction& transaction) : transaction_(transaction) {}

    domain::Result<std::optional<domain::Record>> find(const domain::KindSpec& kind,
                                                       std::int64_t id) override;
    domain::Result<std::optional<domain::Record>> find_by_key(const domain::KindSpec& kind,
                                                              std::string_view key) override;
    domain::Result<std::vector<domain::Record>> live_records(const domain::KindSpec& kind) override;
    domain::Result<bool> live_key_exists(std::string_view kind, std::string_view key) override;
    domain::Result<std::int64_t> insert(const domain::Record& record, const RecordColumns& columns) override;
    domain::Result<void> update(const domain::Record& record, const RecordColumns& columns) override;
    domain::Result<void> append_audit(const AuditEntry& entry) override;
    /// A page of `kind`'s records as `query` asks (RecordStore::list, checked); a read, so not part
    /// of RecordTransaction.
    domain::Result<Page> list(const domain::KindSpec& kind, const ListQuery& query);

private:
    Transaction& transaction_;
};

/// Store on a backend's database, holding the stores above on it.
template <class Database>
class BackendStore final : public Store {
public:
    /// Opens the database at `location` (Database::open: a file path or a postgresql:// URL) and
    /// applies pending migrations; unavailable when it cannot be reached.
    static domain::Result<std::unique_ptr<BackendStore>> open(std::string location) {
        auto database = Database::open(std::move(location));
        if (!database) return database.error();
        return std::unique_ptr<BackendStore>(new BackendStore(std::move(database).value()));
    }

    RecordStore& records() override { return records_; }
    IncidentStore& incidents() override { return incidents_; }
    AuditLog& audit() override { return audit_; }
    AccountStore& accounts() override { return accounts_; }
    ExtractionStore& extractions() override { return extractions_; }
    AlertStore& alerts() override { return alerts_; }
    domain::Result<std::int64_t> change_counter() override;
    domain::Result<ChangedKinds> changed_kinds(std::int64_t after) override;
    std::string backend() const override;
    domain::Result<void> backup(std::string_view destination_path) override;
    domain::Result<std::vector<std::string>> applied_migrations() override;
    domain::Result<void> load_snapshot(const std::vector<domain::Record>& records,
                                       const std::vector<AuditEntry>& audit) override;

    /// The database, for stores that keep their own tables in it.
    Database& database() { return *database_; }

private:
    explicit BackendStore(std::unique_ptr<Database> database)
        : database_(std::move(database)),
          records_(*database_),
          audit_(*database_),
          accounts_(*database_),
          incidents_(*database_),
          extractions_(*database_),
          alerts_(*database_) {}

    std::unique_ptr<Database> database_;
    BackendRecordStore<Database> records_;
    BackendAuditLog<Database> audit_;
    BackendAccountStore<Database> accounts_;
    BackendIncidentStore<Database> incidents_;
    BackendExtractionStore<Database> extractions_;
    BackendAlertStore<Database> alerts_;
};

// A record write, and a read of one record, is the same on every backend: record_writes.hpp or a
// lookup over the backend's RecordTransaction. Each backend lists records its own way, in its folder.

template <class Database>
Result<Record> BackendRecordStore<Database>::get(std::string_view kind, std::int64_t id) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return read_records([&](RecordTransaction& transaction) -> Result<Record> {
        auto found = transaction.find(**spec, id);
        if (!found) return found.error();
        if (!*found) return record_not_found(**spec, id);
        return std::move(**found);
    });
}

template <class Database>
Result<Record> BackendRecordStore<Database>::find_by_key(std::string_view kind, std::string_view key) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return read_records([&](RecordTransaction& transaction) -> Result<Record> {
        auto found = transaction.find_by_key(**spec, key);
        if (!found) return found.error();
        if (!*found) return key_not_found(**spec, key);
        return std::move(**found);
    });
}

template <class Database>
Result<Page> BackendRecordStore<Database>::list(const ListQuery& query) {
    auto spec = check_list_query(query);
    if (!spec) return spec.error();
    return database_.read([&](auto& transaction) {
        return BackendRecordTransaction<std::remove_reference_t<decltype(transaction)>>(transaction)
            .list(**spec, query);
    });
}

template <class Database>
Result<Record> BackendRecordStore<Database>::create(std::string_view kind, const Fields& fields,
                                                    const Actor& who) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return write_records([&](RecordTransaction& transaction) {
        return create_record(transaction, **spec, fields, who, utc_timestamp_now());
    });
}

template <class Database>
Result<Record> BackendRecordStore<Database>::update(std::string_view kind, std::int64_t id,
                                                    const Fields& changes, const Actor& who,
                                                    std::optional<std::int64_t> expected_version) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return write_records([&](RecordTransaction& transaction) {
        return update_record(transaction, **spec, id, changes, who, expected_version, utc_timestamp_now());
    });
}

template <class Database>
Result<Record> BackendRecordStore<Database>::retire(std::string_view kind, std::int64_t id,
                                                    const Actor& who) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return write_records([&](RecordTransaction& transaction) {
        return retire_record(transaction, **spec, id, who, utc_timestamp_now());
    });
}

template <class Database>
Result<Record> BackendRecordStore<Database>::restore(std::string_view kind, std::int64_t id,
                                                     const Actor& who) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return write_records([&](RecordTransaction& transaction) {
        return restore_record(transaction, **spec, id, who, utc_timestamp_now());
    });
}

template <class Database>
Result<BatchSummary> BackendRecordStore<Database>::apply(const std::vector<Change>& changes,
                                                         const Actor& who) {
    return write_records([&](RecordTransaction& transaction) {
        return apply_changes(transaction, changes, who, utc_timestamp_now());
    });
}

template <class Database>
Result<BatchSummary> BackendRecordStore<Database>::apply_and_retire(
    const std::vector<Change>& changes, const std::vector<Retirement>& retirements, const Actor& who) {
    return write_records([&](RecordTransaction& transaction) {
        return apply_and_retire_changes(transaction, changes, retirements, who, utc_timestamp_now());
    });
}

}  // namespace mssops::store
