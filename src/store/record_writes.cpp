#include "store/record_writes.hpp"

#include <boost/json/serialize.hpp>

#include "domain/record_validation.hpp"
#include "store/entry_checks.hpp"
#include "store/query_checks.hpp"
#include "store/record_errors.hpp"
#include "store/record_json.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {

using domain::Error;
using domain::Fields;
using domain::KindSpec;
using domain::Record;
using domain::Result;

namespace {

// Checks each reference field whose value is new against `before` (all of them when there is no
// `before`): a record that stays unchanged keeps working even after what it names is retired.
Result<void> check_references(RecordTransaction& transaction, const KindSpec& kind, const Fields& fields,
                              const Fields* before) {
    for (const auto& spec : kind.fields) {
        if (spec.type != domain::FieldType::reference) continue;
        const std::string* key = domain::text_of(fields, spec.name);
        if (!key) continue;
        if (before) {
            const std::string* old_key = domain::text_of(*before, spec.name);
            if (old_key && *old_key == *key) continue;
        }
        auto exists = transaction.live_key_exists(spec.references, *key);
        if (!exists) return exists.error();
        if (!*exists) return missing_reference(spec, *key);
    }
    return {};
}

Result<void> check_key_free(RecordTransaction& transaction, const KindSpec& kind, const Fields& fields,
                            std::int64_t own_id) {
    const std::string* key = domain::text_of(fields, "key");
    if (!key) return {};
    auto holder = transaction.find_by_key(kind, *key);
    if (!holder) return holder.error();
    if (*holder && (*holder)->id != own_id) return key_taken(kind, *key);
    return {};
}

Result<void> audit(RecordTransaction& transaction, const Actor& who, std::string_view action,
                   const Record* before, const Record& after, const std::string& now) {
    AuditEntry entry;
    entry.at = now;
    entry.actor = who.name;
    entry.action = std::string(action);
    entry.kind = after.kind;
    entry.record_id = after.id;
    entry.before = before ? audit_text(*before) : std::string{};
    entry.after = audit_text(after);
    return transaction.append_audit(entry);
}

Result<Record> insert_new(RecordTransaction& transaction, const KindSpec& kind, Fields fields,
                          const Actor& who, std::string_view action, const std::string& now) {
    if (auto ok = check_utf8_fields(kind.name, fields); !ok) return ok.error();
    if (auto ok = check_references(transaction, kind, fields, nullptr); !ok) return ok.error();
    if (auto ok = check_entry_rules(transaction, kind, fields, now); !ok) return ok.error();
    if (auto ok = check_key_free(transaction, kind, fields, 0); !ok) return ok.error();
    Record record;
    record.kind = kind.name;
    record.version = 1;
    record.created_at = now;
    record.updated_at = now;
    record.fields = std::move(fields);
    auto id = transaction.insert(record, columns_of(kind, record.fields));
    if (!id) return id.error();
    record.id = *id;
    if (auto ok = audit(transaction, who, action, nullptr, record, now); !ok) return ok.error();
    return record;
}

Result<Record> replace_fields(RecordTransaction& transaction, const KindSpec& kind, const Record& current,
                              Fields fields, const Actor& who, std::string_view action,
                              const std::string& now) {
    if (auto ok = check_utf8_fields(kind.name, fields); !ok) return ok.error();
    if (auto ok = check_references(transaction, kind, fields, &current.fields); !ok) return ok.error();
    if (auto ok = check_entry_rules(transaction, kind, fields, now); !ok) return ok.error();
    if (auto ok = check_key_free(transaction, kind, fields, current.id); !ok) return ok.error();
    Record next = current;
    next.fields = std::move(fields);
    next.version = current.version + 1;
    next.updated_at = now;
    if (auto ok = transaction.update(next, columns_of(kind, next.fields)); !ok) return ok.error();
    if (auto ok = audit(transaction, who, action, &current, next, now); !ok) return ok.error();
    return next;
}

Result<Record> existing(RecordTransaction& transaction, const KindSpec& kind, std::int64_t id) {
    auto found = transaction.find(kind, id);
    if (!found) return found.error();
    if (!*found) return record_not_found(kind, id);
    return std::move(**found);
}

// A retired record is out of lists and reports; a change to it would land where no one sees it, and
// a later restore would bring back fields nobody reviewed.
Error retired_record(const Record& record) {
    const std::string* key = domain::text_of(record.fields, "key");
    // The problem's detail reads "record 12 (deployment_events ken-...) is retired; restore it first".
    return Error::conflict("record", std::to_string(record.id) + " (" + record.kind +
                                         (key ? " " + *key : std::string()) +
                                         ") is retired; restore it first");
}

// A database failure is not the change's fault, so it keeps its own (empty) field.
Error prefixed(const Error& error, const std::string& prefix) {
    if (error.code == domain::ErrorCode::unavailable || error.code == domain::ErrorCode::internal)
        return error;
    Error moved = error;
    moved.field = prefix + error.field;
    return moved;
}

}  // namespace

std::string audit_text(const Record& record) {
    return boost::json::serialize(record_to_json(record));
}

Result<Record> create_record(RecordTransaction& transaction, const KindSpec& kind, const Fields& fields,
                             const Actor& who, const std::string& now) {
    auto valid = domain::validate_fields(kind, fields, domain::Completeness::whole_record);
    if (!valid) return valid.error();
    return insert_new(transaction, kind, canonical_numbers(kind, std::move(valid).value()), who, "create",
                      now);
}

Result<Record> update_record(RecordTransaction& transaction, const KindSpec& kind, std::int64_t id,
                             const Fields& changes, const Actor& who,
                             std::optional<std::int64_t> expected_version, const std::string& now) {
    auto current = existing(transaction, kind, id);
    if (!current) return current.error();
    if (current->retired) return retired_record(*current);
    if (expected_version && *expected_version != current->version)
        return stale_version(*expected_version, current->version);
    auto merged = domain::merge_changes(kind, current->fields, changes);
    if (!merged) return merged.error();
    Fields next = canonical_numbers(kind, std::move(merged).value());
    if (next == current->fields) return current;
    return replace_fields(transaction, kind, *current, std::move(next), who, "update", now);
}

Result<Record> retire_record(RecordTransaction& transaction, const KindSpec& kind, std::int64_t id,
                             const Actor& who, const std::string& now) {
    auto current = existing(transaction, kind, id);
    if (!current) return current.error();
    if (current->retired) return current;
    Record next = *current;
    next.retired = true;
    next.version = current->version + 1;
    next.updated_at = now;
    if (auto ok = transaction.update(next, columns_of(kind, next.fields)); !ok) return ok.error();
    if (auto ok = audit(transaction, who, "retire", &*current, next, now); !ok) return ok.error();
    return next;
}

Result<Record> restore_record(RecordTransaction& transaction, const KindSpec& kind, std::int64_t id,
                              const Actor& who, const std::string& now) {
    auto current = existing(transaction, kind, id);
    if (!current) return current.error();
    if (!current->retired) return current;
    // What it names may have been retired since: a live record must name live ones.
    if (auto ok = check_references(transaction, kind, current->fields, nullptr); !ok) return ok.error();
    Record next = *current;
    next.retired = false;
    next.version = current->version + 1;
    next.updated_at = now;
    if (auto ok = transaction.update(next, columns_of(kind, next.fields)); !ok) return ok.error();
    if (auto ok = audit(transaction, who, "restore", &*current, next, now); !ok) return ok.error();
    return next;
}

Result<BatchSummary> apply_changes(RecordTransaction& transaction, const std::vector<Change>& changes,
                                   const Actor& who, const std::string& now) {
    BatchSummary summary;
    for (std::size_t index = 0; index < changes.size(); ++index) {
        const Change& change = changes[index];
        const std::string prefix = change.kind + "[" + std::to_string(index) + "].";
        auto kind = stored_kind(change.kind);
        if (!kind) return prefixed(kind.error(), prefix);
        auto checked = domain::validate_fields(**kind, change.fields, domain::Completeness::whole_record);
        if (!checked) return prefixed(checked.error(), prefix);
        auto valid = canonical_numbers(**kind, std::move(checked).value());
        std::optional<Record> current;
        if (const std::string* key = domain::text_of(valid, "key")) {
            auto found = transaction.find_by_key(**kind, *key);
            if (!found) return found.error();
            current = std::move(*found);
        }
        if (current && current->fields == valid) {
            ++summary.unchanged;
            continue;
        }
        if (current && current->retired) return prefixed(retired_record(*current), prefix);
        auto written =
            current ? replace_fields(transaction, **kind, *current, std::move(valid), who, "import", now)
                    : insert_new(transaction, **kind, std::move(valid), who, "import", now);
        if (!written) return prefixed(written.error(), prefix);
        ++(current ? summary.updated : summary.created);
    }
    return summary;
}

Result<BatchSummary> apply_and_retire_changes(RecordTransaction& transaction,
                                              const std::vector<Change>& changes,
                                              const std::vector<Retirement>& retirements, const Actor& who,
                                              const std::string& now) {
    auto summary = apply_changes(transaction, changes, who, now);
    if (!summary) return summary.error();
    for (std::size_t index = 0; index < retirements.size(); ++index) {
        const Retirement& retirement = retirements[index];
        auto kind = stored_kind(retirement.kind);
        Result<Record> gone =
            kind ? retire_record(transaction, **kind, retirement.id, who, now) : Result<Record>(kind.error());
        if (!gone) {
            Error error = gone.error();
            error.field = "retire[" + std::to_string(index) + "]";
            return error;
        }
        ++summary->retired;
    }
    return summary;
}

}  // namespace mssops::store
