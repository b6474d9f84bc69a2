#include "store/incident_importer.hpp"

#include "domain/kind_names.hpp"
#include "store/timestamp.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {
namespace {

using domain::Fields;
using domain::Record;
using domain::Result;

// About 5 MB of accumulator (a half-full table of 48-byte slots per level, and its sort on writing).
constexpr std::size_t rollup_cells_held = std::size_t{1} << 15;

}  // namespace

Result<UpsertOutcome> IncidentImporter::put(const IncidentRow& row) {
    static const std::size_t key = incident_column("key"), source = incident_column("source_id");
    if (auto ok = check_.check(row); !ok) return ok.error();
    if (auto ok = check_utf8_row(row); !ok) return ok.error();
    if (row.has(source))
        if (auto ok = check_incident_source(rows_, row.text(source), sources_); !ok) return ok.error();
    // Insert first: on a fresh import nearly every key is new, so this saves a lookup per row.
    auto id = rows_.insert(row, now_);
    if (!id) return id.error();
    if (*id != 0) {
        rollups_.add(row, +1);
        return created();
    }
    auto stored = rows_.find_state(row.text(key));
    if (!stored) return stored.error();
    if (*stored && !(*stored)->retired && (*stored)->content_hash == row.content_hash()) {
        ++counts_.unchanged;
        return UpsertOutcome::unchanged;
    }
    // A changed or revived event: rare, and audited with the whole record, so the Fields path.
    return put(row.to_fields());
}

Result<UpsertOutcome> IncidentImporter::put(const Fields& fields) {
    Record record;
    record.kind = domain::kinds::incidents;
    record.version = 1;
    record.created_at = now_;
    record.updated_at = now_;
    record.fields = fields;
    normalise_incident_fields(record.fields);
    if (auto ok = check_utf8_fields(domain::kinds::incidents, record.fields); !ok) return ok.error();
    if (auto* source = domain::text_of(record.fields, "source_id"))
        if (auto ok = check_incident_source(rows_, *source, sources_); !ok) return ok.error();
    auto id = rows_.insert(record, OnTakenKey::ignore);
    if (!id) return id.error();
    if (*id != 0) {
        rollups_.add(record.fields, +1);
        return created();
    }
    auto stored = rows_.find(record.key());
    if (!stored) return stored.error();
    MSSOPS_VERIFY(stored->has_value());  // The insert just found the key taken, inside this transaction.
    const Record& before = (*stored)->record;
    if (!before.retired && (*stored)->content_hash == incident_content_hash(record.fields)) {
        ++counts_.unchanged;
        return UpsertOutcome::unchanged;
    }
    record.id = before.id;
    record.version = before.version + 1;
    record.created_at = before.created_at;
    if (auto written = rows_.update(record); !written) return written.error();
    if (!before.retired) rollups_.add(before.fields, -1);
    rollups_.add(record.fields, +1);
    if (auto flushed = flush_rollups_when_full(); !flushed) return flushed.error();
    if (auto audited = rows_.append_audit(incident_audit_entry(who_, "update", &before, record)); !audited)
        return audited.error();
    ++counts_.updated;
    return UpsertOutcome::updated;
}

Result<UpsertOutcome> IncidentImporter::created() {
    if (auto flushed = flush_rollups_when_full(); !flushed) return flushed.error();
    ++counts_.created;
    return UpsertOutcome::created;
}

Result<bool> IncidentImporter::retire_key(std::string_view key) {
    auto stored = rows_.find(key);
    if (!stored) return stored.error();
    if (!*stored || (*stored)->record.retired) return false;
    Record before = (*stored)->record;
    Record after = before;
    after.retired = true;
    after.version += 1;
    after.updated_at = now_;
    if (auto written = rows_.update(after); !written) return written.error();
    rollups_.add(before.fields, -1);
    if (auto audited = rows_.append_audit(incident_audit_entry(who_, "retire", &before, after)); !audited)
        return audited.error();
    ++counts_.retired;
    return true;
}

Result<ImportCounts> IncidentImporter::finish(const ImportSummary& summary) {
    if (auto applied = rows_.apply_rollups(rollups_); !applied) return applied.error();
    rollups_.clear_cells();
    AuditEntry entry{0,
                     now_,
                     who_.name,
                     "import",
                     std::string(domain::kinds::incidents),
                     0,
                     "",
                     import_audit_text(summary, counts_)};
    if (auto audited = rows_.append_audit(entry); !audited) return audited.error();
    return counts_;
}

/// Writes the gathered rollup cells once there are rollup_cells_held of them: a file spanning many
/// days and units would otherwise grow the accumulator with its size. Cells add up, so writing them in
/// several goes leaves the tables as one go would.
Result<void> IncidentImporter::flush_rollups_when_full() {
    if (rollups_.cell_count() < rollup_cells_held) return {};
    if (auto applied = rows_.apply_rollups(rollups_); !applied) return applied.error();
    rollups_.clear_cells();
    return {};
}

Result<ImportCounts> run_incident_import(IncidentRowWriter& rows, const Actor& who, const ImportWork& work) {
    IncidentImporter import(rows, who, utc_timestamp_now());
    auto summary = work(import);
    if (!summary) return summary.error();
    return import.finish(*summary);
}

}  // namespace mssops::store
