#include "store/postgres/postgres_incident_store.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "domain/kind_names.hpp"
#include "domain/record_validation.hpp"
#include "store/postgres/postgres_incident_queries.hpp"
#include "store/postgres/postgres_incident_rows.hpp"
#include "store/postgres/postgres_record_transaction.hpp"
#include "store/record_errors.hpp"
#include "store/sqlite/sqlite_incident_queries.hpp"
#include "store/timestamp.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {
namespace {

using domain::Fields;
using domain::Record;
using domain::Result;

// A few MB of map nodes with their texts.
constexpr std::size_t rollup_cells_held = std::size_t{1} << 15;

/// The import's writes inside the transaction PostgresDatabase::write() holds open.
class PostgresIncidentImport final : public IncidentImport {
public:
    PostgresIncidentImport(pqxx::work& work, const Actor& who, std::string now)
        : work_(work), who_(who), now_(std::move(now)) {}

    Result<UpsertOutcome> put(const Fields& fields) override {
        Record record;
        record.kind = domain::kinds::incidents;
        record.version = 1;
        record.created_at = now_;
        record.updated_at = now_;
        record.fields = fields;
        normalise_incident_fields(record.fields);
        if (auto ok = check_utf8_fields(domain::kinds::incidents, record.fields); !ok) return ok.error();
        if (auto ok = check_postgres_incident_source(work_, record.fields, sources_); !ok) return ok.error();
        // Insert first: on a fresh import nearly every key is new, so this saves a lookup per row.
        if (insert_postgres_incident(work_, record, OnTakenKey::ignore) != 0) {
            rollups_.add(record.fields, +1);
            flush_rollups_when_full();
            ++counts_.created;
            return UpsertOutcome::created;
        }
        auto stored = find_postgres_incident(work_, record.key());
        MSSOPS_VERIFY(stored.has_value());  // The insert just found the key taken, inside this transaction.
        const Record& before = stored->record;
        if (!before.retired && stored->content_hash == incident_content_hash(record.fields)) {
            ++counts_.unchanged;
            return UpsertOutcome::unchanged;
        }
        record.id = before.id;
        record.version = before.version + 1;
        record.created_at = before.created_at;
        update_postgres_incident(work_, record);
        if (!before.retired) rollups_.add(before.fields, -1);
        rollups_.add(record.fields, +1);
        flush_rollups_when_full();
        audit_postgres_incident(work_, who_, "update", &before, record);
        ++counts_.updated;
        return UpsertOutcome::updated;
    }

    Result<bool> retire_key(std::string_view key) override {
        auto stored = find_postgres_incident(work_, key);
        if (!stored || stored->record.retired) return false;
        Record before = stored->record;
        Record after = before;
        after.retired = true;
        after.version += 1;
        after.updated_at = now_;
        update_postgres_incident(work_, after);
        rollups_.add(before.fields, -1);
        audit_postgres_incident(work_, who_, "retire", &before, after);
        ++counts_.retired;
        return true;
    }

    /// Writes the gathered rollup changes and the import's audit row.
    ImportCounts finish(const std::string& summary) {
        apply_postgres_rollups(work_, rollups_);
        boost::json::object after;
        boost::system::error_code error;
        auto parsed = boost::json::parse(summary, error);
        if (!error && parsed.is_object()) after = parsed.as_object();
        after["created"] = counts_.created;
        after["updated"] = counts_.updated;
        after["unchanged"] = counts_.unchanged;
        after["retired"] = counts_.retired;
        append_postgres_audit(work_, {0, now_, who_.name, "import", std::string(domain::kinds::incidents), 0,
                                      "", boost::json::serialize(after)});
        return counts_;
    }

private:
    /// Writes the gathered rollup cells once there are rollup_cells_held of them, so that the map
    /// does not grow with the file (cells add up: several goes leave the tables as one would).
    void flush_rollups_when_full() {
        if (rollups_.adm1.size() + rollups_.adm2.size() < rollup_cells_held) return;
        apply_postgres_rollups(work_, rollups_);
        rollups_ = RollupChanges{};
    }

    pqxx::work& work_;
    const Actor& who_;
    std::string now_;
    ImportCounts counts_;
    RollupChanges rollups_;
    std::set<std::string, std::less<>> sources_;
};

Result<Record> found_or_missing(std::optional<StoredIncident> found, const std::string& missing_field,
                                const std::string& missing_text) {
    if (!found) return domain::Error::not_found(missing_field, missing_text);
    return std::move(found->record);
}

std::string no_id(std::int64_t id) {
    return "no incident has id " + std::to_string(id);
}

/// Writes a changed incident: the row, the rollups (a live row counts, a retired one does not) and the audit
/// row.
Record write_change(pqxx::work& work, const Record& before, Record after, const Actor& who,
                    std::string_view action) {
    update_postgres_incident(work, after);
    RollupChanges rollups;
    if (!before.retired) rollups.add(before.fields, -1);
    if (!after.retired) rollups.add(after.fields, +1);
    apply_postgres_rollups(work, rollups);
    audit_postgres_incident(work, who, action, &before, after);
    return after;
}

}  // namespace

Result<Record> PostgresIncidentStore::create(const Fields& fields, const Actor& who) {
    auto valid = domain::validate_fields(incident_kind(), fields, domain::Completeness::whole_record);
    if (!valid) return valid.error();
    return database_.write([&](pqxx::work& work) -> Result<Record> {
        Record record;
        record.kind = domain::kinds::incidents;
        record.version = 1;
        record.created_at = record.updated_at = utc_timestamp_now();
        record.fields = *valid;
        normalise_incident_fields(record.fields);
        if (auto ok = check_utf8_fields(domain::kinds::incidents, record.fields); !ok) return ok.error();
        std::set<std::string, std::less<>> sources;
        if (auto ok = check_postgres_incident_source(work, record.fields, sources); !ok) return ok.error();
        if (record.key().empty()) {
            // Events entered by hand have no external id; the next row id makes one.
            auto next = work.exec1("SELECT coalesce(max(id), 0) + 1 FROM incidents")[0].as<std::int64_t>();
            record.fields["key"] = "mssops-" + std::to_string(next);
        }
        auto id = insert_postgres_incident(work, record, OnTakenKey::ignore);
        if (id == 0) return key_taken(incident_kind(), record.key());
        record.id = id;
        RollupChanges rollups;
        rollups.add(record.fields, +1);
        apply_postgres_rollups(work, rollups);
        audit_postgres_incident(work, who, "create", nullptr, record);
        return record;
    });
}

Result<Record> PostgresIncidentStore::get(std::int64_t id) {
    return database_.read([&](pqxx::work& work) {
        return found_or_missing(find_postgres_incident(work, id), "id", no_id(id));
    });
}

Result<Record> PostgresIncidentStore::find_by_key(std::string_view key) {
    return database_.read([&](pqxx::work& work) {
        return found_or_missing(find_postgres_incident(work, key), "key",
                                "no incident has key \"" + std::string(key) + "\"");
    });
}

Result<Record> PostgresIncidentStore::update(std::int64_t id, const Fields& changes, const Actor& who,
                                             std::optional<std::int64_t> expected_version) {
    return database_.write([&](pqxx::work& work) -> Result<Record> {
        auto current = found_or_missing(find_postgres_incident(work, id), "id", no_id(id));
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
        if (after.key() != current->key() && find_postgres_incident(work, after.key()))
            return key_taken(incident_kind(), after.key());
        std::set<std::string, std::less<>> sources;
        if (auto ok = check_postgres_incident_source(work, after.fields, sources); !ok) return ok.error();
        after.version += 1;
        after.updated_at = utc_timestamp_now();
        return write_change(work, *current, std::move(after), who, "update");
    });
}

Result<Record> PostgresIncidentStore::retire(std::int64_t id, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<Record> {
        auto current = found_or_missing(find_postgres_incident(work, id), "id", no_id(id));
        if (!current) return current.error();
        if (current->retired) return current;
        Record after = *current;
        after.retired = true;
        after.version += 1;
        after.updated_at = utc_timestamp_now();
        return write_change(work, *current, std::move(after), who, "retire");
    });
}

Result<Page> PostgresIncidentStore::list(const IncidentQuery& query) {
    if (auto ok = check_incident_query(query, true); !ok) return ok.error();
    return database_.read([&](pqxx::work& work) { return list_postgres_incidents(work, query); });
}

Result<void> PostgresIncidentStore::each(const IncidentQuery& query,
                                         const std::function<void(const Record&)>& visit) {
    if (auto ok = check_incident_query(query, false); !ok) return ok;
    return database_.read([&](pqxx::work& work) -> Result<void> {
        each_postgres_incident(work, query, visit);
        return {};
    });
}

Result<std::vector<AggregateRow>> PostgresIncidentStore::aggregate(const AggregateQuery& query) {
    return database_.read([&](pqxx::work& work) { return aggregate_postgres_incidents(work, query); });
}

Result<std::vector<SourceCitationCount>> PostgresIncidentStore::citation_counts() {
    return database_.read([&](pqxx::work& work) { return count_postgres_incident_citations(work); });
}

Result<ImportCounts> PostgresIncidentStore::import(const Actor& who, const ImportWork& work) {
    return database_.write([&](pqxx::work& transaction) -> Result<ImportCounts> {
        PostgresIncidentImport import(transaction, who, utc_timestamp_now());
        auto summary = work(import);
        if (!summary) return summary.error();
        return import.finish(*summary);
    });
}

}  // namespace mssops::store
