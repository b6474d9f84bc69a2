#include "store/incident_transaction.hpp"

#include <set>
#include <string>

#include "domain/kind_names.hpp"
#include "domain/record_validation.hpp"
#include "store/record_errors.hpp"
#include "store/timestamp.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {
namespace {

using domain::Fields;
using domain::Record;
using domain::Result;

Result<Record> found_or_missing(Result<std::optional<StoredIncident>> found, const std::string& missing_field,
                                const std::string& missing_text) {
    if (!found) return found.error();
    if (!*found) return domain::Error::not_found(missing_field, missing_text);
    return std::move((*found)->record);
}

std::string no_id(std::int64_t id) {
    return "no incident has id " + std::to_string(id);
}

}  // namespace

Result<Record> IncidentTransaction::get(std::int64_t id) {
    return found_or_missing(rows_.find(id), "id", no_id(id));
}

Result<Record> IncidentTransaction::find_by_key(std::string_view key) {
    return found_or_missing(rows_.find(key), "key", "no incident has key \"" + std::string(key) + "\"");
}

Result<void> IncidentTransaction::check_source(const Fields& fields) {
    auto* source = domain::text_of(fields, "source_id");
    if (!source) return {};
    std::set<std::string, std::less<>> known;
    return check_incident_source(rows_, *source, known);
}

Result<Record> IncidentTransaction::create(const Fields& valid, const Actor& who) {
    Record record;
    record.kind = domain::kinds::incidents;
    record.version = 1;
    record.created_at = record.updated_at = utc_timestamp_now();
    record.fields = valid;
    normalise_incident_fields(record.fields);
    if (auto ok = check_utf8_fields(domain::kinds::incidents, record.fields); !ok) return ok.error();
    if (auto ok = check_source(record.fields); !ok) return ok.error();
    if (record.key().empty()) {
        // Events entered by hand have no external id; the next row id makes one.
        auto next = rows_.next_id();
        if (!next) return next.error();
        record.fields["key"] = "mssops-" + std::to_string(*next);
    }
    auto id = rows_.insert(record, OnTakenKey::ignore);
    if (!id) return id.error();
    if (*id == 0) return key_taken(incident_kind(), record.key());
    record.id = *id;
    RollupAccumulator rollups;
    rollups.add(record.fields, +1);
    if (auto applied = rows_.apply_rollups(rollups); !applied) return applied.error();
    if (auto audited = rows_.append_audit(incident_audit_entry(who, "create", nullptr, record)); !audited)
        return audited.error();
    return record;
}

Result<Record> IncidentTransaction::update(std::int64_t id, const Fields& changes, const Actor& who,
                                           std::optional<std::int64_t> expected_version) {
    auto current = get(id);
    if (!current) return current.error();
    if (expected_version && *expected_version != current->version)
        return stale_version(*expected_version, current->version);
    auto merged = domain::merge_changes(incident_kind(), current->fields, changes);
    if (!merged) return merged.error();
    Record after = *current;
    after.fields = std::move(merged).value();
    normalise_incident_fields(after.fields);
    if (auto ok = check_utf8_fields(domain::kinds::incidents, after.fields); !ok) return ok.error();
    if (incident_content_hash(after.fields) == incident_content_hash(current->fields)) return current;
    if (after.key() != current->key()) {
        auto taken = rows_.find(after.key());
        if (!taken) return taken.error();
        if (*taken) return key_taken(incident_kind(), after.key());
    }
    if (auto ok = check_source(after.fields); !ok) return ok.error();
    after.version += 1;
    after.updated_at = utc_timestamp_now();
    return write_change(*current, std::move(after), who, "update");
}

Result<Record> IncidentTransaction::retire(std::int64_t id, const Actor& who) {
    auto current = get(id);
    if (!current) return current.error();
    if (current->retired) return current;
    Record after = *current;
    after.retired = true;
    after.version += 1;
    after.updated_at = utc_timestamp_now();
    return write_change(*current, std::move(after), who, "retire");
}

Result<Record> IncidentTransaction::write_change(const Record& before, Record after, const Actor& who,
                                                 std::string_view action) {
    if (auto written = rows_.update(after); !written) return written.error();
    // A live row counts in the rollups, a retired one does not.
    RollupAccumulator rollups;
    if (!before.retired) rollups.add(before.fields, -1);
    if (!after.retired) rollups.add(after.fields, +1);
    if (auto applied = rows_.apply_rollups(rollups); !applied) return applied.error();
    if (auto audited = rows_.append_audit(incident_audit_entry(who, action, &before, after)); !audited)
        return audited.error();
    return after;
}

}  // namespace mssops::store
