#include "store/incident_row_writer.hpp"

#include "domain/kind_names.hpp"
#include "store/record_errors.hpp"
#include "store/record_writes.hpp"

namespace mssops::store {

domain::Result<void> check_incident_source(IncidentRowWriter& rows, std::string_view source,
                                           std::set<std::string, std::less<>>& known) {
    if (known.find(source) != known.end()) return {};
    auto exists = rows.source_exists(source);
    if (!exists) return exists.error();
    if (!*exists) return missing_reference(*incident_kind().field("source_id"), source);
    known.emplace(source);
    return {};
}

AuditEntry incident_audit_entry(const Actor& who, std::string_view action, const domain::Record* before,
                                const domain::Record& after) {
    AuditEntry entry;
    entry.at = after.updated_at;
    entry.actor = who.name;
    entry.action = std::string(action);
    entry.kind = domain::kinds::incidents;
    entry.record_id = after.id;
    entry.before = before ? audit_text(*before) : std::string{};
    entry.after = audit_text(after);
    return entry;
}

}  // namespace mssops::store
