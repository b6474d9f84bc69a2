#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "store/audit_log.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// A database holding one or more missions: SQLite (one file, embedded) or PostgreSQL.
/// Callers see only these interfaces; the backend is chosen by open_store().
class Store {
public:
    virtual ~Store() = default;
    virtual RecordStore& records() = 0;
    virtual AuditLog& audit() = 0;
    /// "sqlite" or "postgresql".
    virtual std::string backend() const = 0;
};

/// Opens (creating if needed) the store at `location`: a file path for SQLite, or a
/// "postgresql://" URL. Applies pending migrations. unavailable when it cannot be reached.
domain::Result<std::unique_ptr<Store>> open_store(std::string_view location);

}  // namespace mssops::store
