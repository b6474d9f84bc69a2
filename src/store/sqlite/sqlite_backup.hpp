#pragma once

#include <string_view>

#include "domain/result.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace mssops::store {

/// Copies the database behind `source` into a new file at `destination` with SQLite's online backup
/// API. invalid_input on "destination" when that file already exists; unavailable when the copy fails
/// (the partial file is removed).
domain::Result<void> backup_sqlite(SqliteConnection& source, std::string_view destination);

/// Replaces the SQLite database at `database_path` with the backup at `backup_path`. Nothing may
/// have the database open. not_found on "backup" when the backup is missing; invalid_input when it
/// is not an mssops database or fails SQLite's integrity check.
domain::Result<void> restore_sqlite(std::string_view backup_path, std::string_view database_path);

}  // namespace mssops::store
