#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/incident_row_writer.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// The incident store's reads and single writes inside one transaction of either backend, over its
/// IncidentRowWriter: each write keeps the rollups current and appends its audit row.
class IncidentTransaction {
public:
    explicit IncidentTransaction(IncidentRowWriter& rows) : rows_(rows) {}

    /// not_found naming "id" or "key" when no incident has it.
    domain::Result<domain::Record> get(std::int64_t id);
    domain::Result<domain::Record> find_by_key(std::string_view key);
    /// Creates an incident from fields validate_fields() has checked as a whole record; conflict when
    /// the key is taken, invalid_input for a source that is not stored or text that is not UTF-8.
    /// Without a key it gets "mssops-<id>".
    domain::Result<domain::Record> create(const domain::Fields& valid, const Actor& who);
    /// Applies `changes` (null removes a field); conflict when `expected_version` is stale or the new
    /// key is taken.
    domain::Result<domain::Record> update(std::int64_t id, const domain::Fields& changes, const Actor& who,
                                          std::optional<std::int64_t> expected_version);
    /// Marks the incident retired (a retired one is returned as it is).
    domain::Result<domain::Record> retire(std::int64_t id, const Actor& who);

private:
    domain::Result<void> check_source(const domain::Fields& fields);
    domain::Result<domain::Record> write_change(const domain::Record& before, domain::Record after,
                                                const Actor& who, std::string_view action);

    IncidentRowWriter& rows_;
};

}  // namespace mssops::store
