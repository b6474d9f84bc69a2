#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace mssops::store {

/// One change as the append-only audit log keeps it. before/after are the record as JSON
/// ("" when there was none).
struct AuditEntry {
    std::int64_t id = 0;
    std::string at;      // UTC ISO 8601.
    std::string actor;   // Actor::name.
    std::string action;  // create, update, retire, import.
    std::string kind;
    std::int64_t record_id = 0;
    std::string before;
    std::string after;
};

struct AuditQuery {
    std::optional<std::string> kind;
    std::optional<std::int64_t> record_id;
    std::optional<std::string> actor;
    std::int64_t limit = 100;
    std::int64_t offset = 0;
};

/// The append-only log of every write; the stores append to it in the write's own transaction.
class AuditLog {
public:
    virtual ~AuditLog() = default;
    /// Newest first.
    virtual domain::Result<std::vector<AuditEntry>> list(const AuditQuery& query) = 0;
    /// The id of the newest entry, 0 when there is none. Every write appends an entry, so a
    /// cache can tell from this one number whether anything changed, whichever process wrote.
    virtual domain::Result<std::int64_t> latest_id() = 0;
};

}  // namespace mssops::store
