#pragma once

#include <vector>

#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/kind_catalog.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/audit_log.hpp"
#include "store/record_columns.hpp"

namespace mssops::store {

/// The row operations a backend performs inside one open write transaction. record_writes.hpp
/// builds every RecordStore write from them, so that SQLite and PostgreSQL behave alike.
class RecordTransaction {
public:
    virtual ~RecordTransaction() = default;
    /// The record of `kind` with `id`, retired or not; nullopt when there is none.
    virtual domain::Result<std::optional<domain::Record>> find(const domain::KindSpec& kind,
                                                               std::int64_t id) = 0;
    /// The record of `kind` whose key is `key`, retired or not; nullopt when there is none.
    virtual domain::Result<std::optional<domain::Record>> find_by_key(const domain::KindSpec& kind,
                                                                      std::string_view key) = 0;
    /// Every record of `kind` that is not retired, in id order (for rules that read other records).
    virtual domain::Result<std::vector<domain::Record>> live_records(const domain::KindSpec& kind) = 0;
    /// Whether a record of `kind` that is not retired has `key`.
    virtual domain::Result<bool> live_key_exists(std::string_view kind, std::string_view key) = 0;
    /// Stores a new row (record.id is ignored) and returns the id it was given.
    virtual domain::Result<std::int64_t> insert(const domain::Record& record,
                                                const RecordColumns& columns) = 0;
    /// Overwrites the row of record.id with the record.
    virtual domain::Result<void> update(const domain::Record& record, const RecordColumns& columns) = 0;
    /// Appends one audit row (entry.id is ignored).
    virtual domain::Result<void> append_audit(const AuditEntry& entry) = 0;
};

}  // namespace mssops::store
