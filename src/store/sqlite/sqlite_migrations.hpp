#pragma once

#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace mssops::store {

/// Applies the embedded sqlite migrations not yet recorded in schema_migrations, in order, each in
/// its own transaction. unavailable when one fails or the file has a newer schema than this binary.
domain::Result<void> apply_sqlite_migrations(SqliteConnection& connection);

/// The names of the applied migrations, oldest first: {"001_records", ...}.
domain::Result<std::vector<std::string>> applied_sqlite_migrations(SqliteConnection& connection);

}  // namespace mssops::store
