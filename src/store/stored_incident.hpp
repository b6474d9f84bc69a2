#pragma once

#include <cstdint>
#include <string>

#include "domain/record.hpp"
#include "store/stored_row.hpp"

namespace mssops::store {

// What both backends' incident tables hold beside the typed columns, and how they are read.

/// A stored incident with the hash of its fields.
struct StoredIncident {
    domain::Record record;
    std::int64_t content_hash = 0;
};

/// Whether the conflict on a taken key is an error or leaves the row alone.
enum class OnTakenKey { fail, ignore };

/// "id, version, retired, created_at, updated_at, content_hash, key, date, ..." as the backends read
/// them: the row's bookkeeping, then incident_columns() from index incident_first_field_column.
const std::string& incident_select_columns();
/// The index of the first typed column in incident_select_columns().
inline constexpr int incident_first_field_column = 6;

/// Reads a row that selected incident_select_columns().
StoredIncident read_stored_incident(const StoredRow& row);

/// Makes fields the table stores as REAL hold doubles, so that 19 and 19.0 hash alike.
void normalise_incident_fields(domain::Fields& fields);

}  // namespace mssops::store
