#pragma once

#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace mssops::store {

/// Applies the embedded postgres migrations not yet recorded in schema_migrations, in order, each
/// in its own transaction under an advisory lock (so concurrent opens apply each once). unavailable
/// when the database has a newer schema than this binary. libpqxx exceptions pass through.
domain::Result<void> apply_postgres_migrations(pqxx::connection& connection);

/// The names of the applied migrations, oldest first.
domain::Result<std::vector<std::string>> applied_postgres_migrations(pqxx::work& transaction);

}  // namespace mssops::store
