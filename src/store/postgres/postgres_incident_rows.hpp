#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/incident_columns.hpp"
#include "store/incident_row_writer.hpp"
#include "store/rollup_accumulator.hpp"
#include "store/stored_incident.hpp"

namespace mssops::store {

// The SQL of the PostgreSQL incidents table, its rollups and their audit rows, inside an open
// transaction.

/// Reads a row that selected incident_select_columns().
StoredIncident read_postgres_incident(const pqxx::row& row);

/// The PostgreSQL statements under IncidentTransaction and IncidentImporter. libpqxx reports a failed
/// statement by throwing; PostgresDatabase turns that into an Error and rolls the transaction back.
class PostgresIncidentRowWriter final : public IncidentRowWriter {
public:
    explicit PostgresIncidentRowWriter(pqxx::work& work) : work_(work) {}

    domain::Result<std::optional<StoredIncident>> find(std::int64_t id) override;
    domain::Result<std::optional<StoredIncident>> find(std::string_view key) override;
    domain::Result<std::optional<KeyState>> find_state(std::string_view key) override;
    domain::Result<std::int64_t> next_id() override;
    domain::Result<bool> source_exists(std::string_view key) override;
    domain::Result<std::int64_t> insert(const domain::Record& record, OnTakenKey on_taken) override;
    /// Written as the row's Fields: the same statement as a single insert.
    domain::Result<std::int64_t> insert(const IncidentRow& row, std::string_view now) override;
    domain::Result<void> update(const domain::Record& record) override;
    domain::Result<void> apply_rollups(const RollupAccumulator& changes) override;
    domain::Result<void> append_audit(const AuditEntry& entry) override;

private:
    pqxx::work& work_;
};

}  // namespace mssops::store
