#pragma once

#include "store/backend_store.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// ExtractionStore on a PostgreSQL database (migration 007_extractions).
using PostgresExtractionStore = BackendExtractionStore<PostgresDatabase>;

}  // namespace mssops::store
