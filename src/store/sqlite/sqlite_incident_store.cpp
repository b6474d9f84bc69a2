#include "store/sqlite/sqlite_incident_store.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <vector>

#include "domain/kind_names.hpp"
#include "domain/record_validation.hpp"
#include "store/record_errors.hpp"
#include "store/sqlite/sqlite_incident_queries.hpp"
#include "store/sqlite/sqlite_incident_rows.hpp"
#include "store/sqlite/sqlite_record_transaction.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {
namespace {

using domain::Fields;
using domain::Record;
using domain::Result;

// About 5 MB of accumulator (a half-full table of 48-byte slots per level, and its sort on writing).
constexpr std::size_t rollup_cells_held = std::size_t{1} << 15;
// The import's page cache: enough for the key index's working set and the rollup tables' pages,
// bounded whatever the file's size (SQLite spills older dirty pages to the file). It also bounds
// the sorter building each deferred index, which keeps up to this much in memory before it merges
// runs from a temporary file.
constexpr const char* import_cache_pragma = "PRAGMA cache_size = -16384";

/// The import's writes inside the transaction SqliteDatabase::write() holds open.
class SqliteIncidentImport final : public IncidentImport {
public:
    SqliteIncidentImport(SqliteConnection& connection, const Actor& who, std::string now)
        : connection_(connection), who_(who), now_(std::move(now)), rows_(connection) {}

    Result<UpsertOutcome> put(const IncidentRow& row) override {
        static const std::size_t key = incident_column("key"), source = incident_column("source_id");
        if (row.has(source))
            if (auto ok = check_incident_source(connection_, row.text(source), sources_); !ok)
                return ok.error();
        auto id = rows_.insert(row, now_);
        if (!id) return id.error();
        if (*id != 0) {
            rollups_.add(row, +1);
            if (auto flushed = flush_rollups_when_full(); !flushed) return flushed.error();
            ++counts_.created;
            return UpsertOutcome::created;
        }
        auto stored = rows_.find(row.text(key));
        if (!stored) return stored.error();
        if (*stored && !(*stored)->retired && (*stored)->content_hash == row.content_hash()) {
            ++counts_.unchanged;
            return UpsertOutcome::unchanged;
        }
        // A changed or revived event: rare, and audited with the whole record, so the Fields path.
        return put(row.to_fields());
    }

    Result<UpsertOutcome> put(const Fields& fields) override {
        Record record;
        record.kind = domain::kinds::incidents;
        record.version = 1;
        record.created_at = now_;
        record.updated_at = now_;
        record.fields = fields;
        normalise_incident_fields(record.fields);
        if (auto ok = check_incident_source(connection_, record.fields, sources_); !ok) return ok.error();
        // Insert first: on a fresh import nearly every key is new, so this saves a lookup per row.
        auto id = insert_incident(connection_, record, OnTakenKey::ignore);
        if (!id) return id.error();
        if (*id != 0) {
            rollups_.add(record.fields, +1);
            if (auto flushed = flush_rollups_when_full(); !flushed) return flushed.error();
            ++counts_.created;
            return UpsertOutcome::created;
        }
        auto stored = find_incident(connection_, record.key());
        if (!stored) return stored.error();
        const Record& before = (*stored)->record;
        if (!before.retired && (*stored)->content_hash == incident_content_hash(record.fields)) {
            ++counts_.unchanged;
            return UpsertOutcome::unchanged;
        }
        record.id = before.id;
        record.version = before.version + 1;
        record.created_at = before.created_at;
        if (auto written = update_incident(connection_, record); !written) return written.error();
        if (!before.retired) rollups_.add(before.fields, -1);
        rollups_.add(record.fields, +1);
        if (auto flushed = flush_rollups_when_full(); !flushed) return flushed.error();
        if (auto audited = audit_incident(connection_, who_, "update", &before, record); !audited)
            return audited.error();
        ++counts_.updated;
        return UpsertOutcome::updated;
    }

    Result<bool> retire_key(std::string_view key) override {
        auto stored = find_incident(connection_, key);
        if (!stored) return stored.error();
        if (!*stored || (*stored)->record.retired) return false;
        Record before = (*stored)->record;
        Record after = before;
        after.retired = true;
        after.version += 1;
        after.updated_at = now_;
        if (auto written = update_incident(connection_, after); !written) return written.error();
        rollups_.add(before.fields, -1);
        if (auto audited = audit_incident(connection_, who_, "retire", &before, after); !audited)
            return audited.error();
        ++counts_.retired;
        return true;
    }

    /// Writes the gathered rollup changes and the import's audit row.
    Result<ImportCounts> finish(const std::string& summary) {
        if (auto applied = apply_rollups(connection_, rollups_); !applied) return applied.error();
        boost::json::object after;
        boost::system::error_code error;
        auto parsed = boost::json::parse(summary, error);
        if (!error && parsed.is_object()) after = parsed.as_object();
        after["created"] = counts_.created;
        after["updated"] = counts_.updated;
        after["unchanged"] = counts_.unchanged;
        after["retired"] = counts_.retired;
        AuditEntry entry{0,
                         now_,
                         who_.name,
                         "import",
                         std::string(domain::kinds::incidents),
                         0,
                         "",
                         boost::json::serialize(after)};
        if (auto audited = append_sqlite_audit(connection_, entry); !audited) return audited.error();
        return counts_;
    }

private:
    /// Writes the gathered rollup cells once there are rollup_cells_held of them: a file spanning
    /// many days and units would otherwise grow the accumulator with its size. Cells add up, so
    /// writing them in several goes leaves the tables as one go would.
    Result<void> flush_rollups_when_full() {
        if (rollups_.cell_count() < rollup_cells_held) return {};
        if (auto applied = apply_rollups(connection_, rollups_); !applied) return applied.error();
        rollups_.clear_cells();
        return {};
    }

    SqliteConnection& connection_;
    const Actor& who_;
    std::string now_;
    SqliteIncidentRowWriter rows_;
    ImportCounts counts_;
    RollupAccumulator rollups_;
    std::set<std::string, std::less<>> sources_;
};

Result<Record> found_or_missing(Result<std::optional<StoredIncident>> found, const std::string& missing_field,
                                const std::string& missing_text) {
    if (!found) return found.error();
    if (!*found) return domain::Error::not_found(missing_field, missing_text);
    return std::move((*found)->record);
}

/// Drops the secondary indexes of the incidents and rollup tables when there are no incidents yet,
/// and returns the SQL that makes them again: building an index once from all the rows costs less
/// than keeping it current row by row. The statements come from sqlite_master, so the migration
/// stays their one definition.
Result<std::vector<std::string>> defer_secondary_indexes(SqliteConnection& connection) {
    std::vector<std::string> deferred;
    std::vector<std::string> names;
    // Statements are reset when their handles go: DROP INDEX fails while one is still stepping.
    {
        auto any = connection.prepare("SELECT EXISTS (SELECT 1 FROM incidents)");
        if (!any) return any.error();
        auto row = any->step();
        if (!row) return row.error();
        if (any->integer(0) != 0) return deferred;
    }
    {
        // Primary keys and the key's UNIQUE index have no SQL (they belong to their tables) and
        // stay: the import looks keys up and merges rollup cells by them.
        auto indexes = connection.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            "('incidents', 'incident_rollup_adm1', 'incident_rollup_adm2')");
        if (!indexes) return indexes.error();
        for (;;) {
            auto next = indexes->step();
            if (!next) return next.error();
            if (!*next) break;
            names.push_back(indexes->text(0));
            deferred.push_back(indexes->text(1));
        }
    }
    for (const auto& name : names)
        if (auto dropped = connection.exec("DROP INDEX \"" + name + "\""); !dropped) return dropped.error();
    return deferred;
}

std::string no_id(std::int64_t id) {
    return "no incident has id " + std::to_string(id);
}

/// Writes a changed incident: the row, the rollups (a live row counts, a retired one does not) and the audit
/// row.
Result<Record> write_change(SqliteConnection& connection, const Record& before, Record after,
                            const Actor& who, std::string_view action) {
    if (auto written = update_incident(connection, after); !written) return written.error();
    RollupChanges rollups;
    if (!before.retired) rollups.add(before.fields, -1);
    if (!after.retired) rollups.add(after.fields, +1);
    if (auto applied = apply_rollups(connection, rollups); !applied) return applied.error();
    if (auto audited = audit_incident(connection, who, action, &before, after); !audited)
        return audited.error();
    return after;
}

}  // namespace

Result<Record> SqliteIncidentStore::create(const Fields& fields, const Actor& who) {
    auto valid = domain::validate_fields(incident_kind(), fields, domain::Completeness::whole_record);
    if (!valid) return valid.error();
    return database_.write([&](SqliteConnection& connection) -> Result<Record> {
        Record record;
        record.kind = domain::kinds::incidents;
        record.version = 1;
        record.created_at = record.updated_at = utc_timestamp_now();
        record.fields = *valid;
        normalise_incident_fields(record.fields);
        std::set<std::string, std::less<>> sources;
        if (auto ok = check_incident_source(connection, record.fields, sources); !ok) return ok.error();
        if (record.key().empty()) {
            // Events entered by hand have no external id; the next row id makes one.
            auto next = connection.prepare("SELECT coalesce(max(id), 0) + 1 FROM incidents");
            if (!next) return next.error();
            if (auto row = next->step(); !row) return row.error();
            record.fields["key"] = "mssops-" + std::to_string(next->integer(0));
        }
        auto id = insert_incident(connection, record, OnTakenKey::ignore);
        if (!id) return id.error();
        if (*id == 0) return key_taken(incident_kind(), record.key());
        record.id = *id;
        RollupChanges rollups;
        rollups.add(record.fields, +1);
        if (auto applied = apply_rollups(connection, rollups); !applied) return applied.error();
        if (auto audited = audit_incident(connection, who, "create", nullptr, record); !audited)
            return audited.error();
        return record;
    });
}

Result<Record> SqliteIncidentStore::get(std::int64_t id) {
    return database_.read([&](SqliteConnection& connection) {
        return found_or_missing(find_incident(connection, id), "id", no_id(id));
    });
}

Result<Record> SqliteIncidentStore::find_by_key(std::string_view key) {
    return database_.read([&](SqliteConnection& connection) {
        return found_or_missing(find_incident(connection, key), "key",
                                "no incident has key \"" + std::string(key) + "\"");
    });
}

Result<Record> SqliteIncidentStore::update(std::int64_t id, const Fields& changes, const Actor& who,
                                           std::optional<std::int64_t> expected_version) {
    return database_.write([&](SqliteConnection& connection) -> Result<Record> {
        auto current = found_or_missing(find_incident(connection, id), "id", no_id(id));
        if (!current) return current.error();
        if (expected_version && *expected_version != current->version)
            return stale_version(*expected_version, current->version);
        auto merged = domain::merge_changes(incident_kind(), current->fields, changes);
        if (!merged) return merged.error();
        Record after = *current;
        after.fields = std::move(merged).value();
        normalise_incident_fields(after.fields);
        if (incident_content_hash(after.fields) == incident_content_hash(current->fields)) return current;
        if (after.key() != current->key()) {
            auto taken = find_incident(connection, after.key());
            if (!taken) return taken.error();
            if (*taken) return key_taken(incident_kind(), after.key());
        }
        std::set<std::string, std::less<>> sources;
        if (auto ok = check_incident_source(connection, after.fields, sources); !ok) return ok.error();
        after.version += 1;
        after.updated_at = utc_timestamp_now();
        return write_change(connection, *current, std::move(after), who, "update");
    });
}

Result<Record> SqliteIncidentStore::retire(std::int64_t id, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<Record> {
        auto current = found_or_missing(find_incident(connection, id), "id", no_id(id));
        if (!current) return current.error();
        if (current->retired) return current;
        Record after = *current;
        after.retired = true;
        after.version += 1;
        after.updated_at = utc_timestamp_now();
        return write_change(connection, *current, std::move(after), who, "retire");
    });
}

Result<Page> SqliteIncidentStore::list(const IncidentQuery& query) {
    if (auto ok = check_incident_query(query, true); !ok) return ok.error();
    return database_.read([&](SqliteConnection& connection) { return list_incidents(connection, query); });
}

Result<void> SqliteIncidentStore::each(const IncidentQuery& query,
                                       const std::function<void(const Record&)>& visit) {
    if (auto ok = check_incident_query(query, false); !ok) return ok;
    return database_.read(
        [&](SqliteConnection& connection) { return each_incident(connection, query, visit); });
}

Result<std::vector<AggregateRow>> SqliteIncidentStore::aggregate(const AggregateQuery& query) {
    return database_.read(
        [&](SqliteConnection& connection) { return aggregate_incidents(connection, query); });
}

Result<std::vector<SourceCitationCount>> SqliteIncidentStore::citation_counts() {
    return database_.read([&](SqliteConnection& connection) { return count_incident_citations(connection); });
}

Result<ImportCounts> SqliteIncidentStore::import(const Actor& who, const ImportWork& work) {
    // A bulk write: on a file no other connection has open, new pages are written once, not twice.
    return database_.bulk_write([&](SqliteConnection& connection) -> Result<ImportCounts> {
        // Memory bounded whatever the file's size: a fixed page cache (see import_cache_pragma), and
        // no memory map, whose pages touched by the index builds would count in the process's
        // resident set up to the map's 256 MB; reads go through the OS page cache instead.
        if (auto sized = connection.exec(std::string(import_cache_pragma) + "; PRAGMA mmap_size = 0"); !sized)
            return sized.error();
        struct RestoreCache {
            SqliteConnection& connection;
            ~RestoreCache() {
                (void)connection.exec("PRAGMA cache_size = -2000");
                (void)connection.exec(SqliteConnection::mmap_pragma);
            }
        } restore{connection};
        auto deferred = defer_secondary_indexes(connection);
        if (!deferred) return deferred.error();
        ImportCounts counts;
        {
            SqliteIncidentImport import(connection, who, utc_timestamp_now());
            auto summary = work(import);
            if (!summary) return summary.error();
            auto finished = import.finish(*summary);
            if (!finished) return finished.error();
            counts = *finished;
        }
        // In the same transaction: a failed or rolled-back import leaves the indexes as they were.
        for (const auto& sql : *deferred)
            if (auto made = connection.exec(sql); !made) return made.error();
        return counts;
    });
}

}  // namespace mssops::store
