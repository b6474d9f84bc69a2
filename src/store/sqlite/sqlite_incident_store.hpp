#pragma once

#include "store/incident_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// IncidentStore on a SQLite database: the `incidents` table in typed columns and the
/// incident_rollup_adm1 / _adm2 tables, kept current in every write's transaction
/// (migrations/002_incidents.sql). Audit rows go to the shared `audit` table.
class SqliteIncidentStore final : public IncidentStore {
public:
    explicit SqliteIncidentStore(SqliteDatabase& database) : database_(database) {}

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
    SqliteDatabase& database_;
};

}  // namespace mssops::store
