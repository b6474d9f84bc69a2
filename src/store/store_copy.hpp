#pragma once

#include <cstdint>

#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::store {

/// What copy_store() moved.
struct CopySummary {
    std::int64_t records = 0;
    std::int64_t audit_entries = 0;
};

/// Copies every record (retired ones too) and every audit entry from `from` into `to`, keeping ids,
/// versions and stamps, in one transaction on `to` (Store::load_snapshot): `mssops migrate` moves a
/// SQLite store into PostgreSQL with it. conflict on "destination" when `to` already holds records
/// or audit entries. Incidents and accounts are not copied.
domain::Result<CopySummary> copy_store(Store& from, Store& to);

}  // namespace mssops::store
