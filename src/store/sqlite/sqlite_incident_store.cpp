#include "store/sqlite/sqlite_incident_store.hpp"

#include <vector>

#include "domain/record_validation.hpp"
#include "store/incident_importer.hpp"
#include "store/incident_transaction.hpp"
#include "store/query_checks.hpp"
#include "store/sqlite/sqlite_incident_queries.hpp"
#include "store/sqlite/sqlite_incident_rows.hpp"

namespace mssops::store {
namespace {

using domain::Fields;
using domain::Record;
using domain::Result;

// The import's page cache: enough for the key index's working set and the rollup tables' pages,
// bounded whatever the file's size (SQLite spills older dirty pages to the file). It also bounds
// the sorter building each deferred index, which keeps up to this much in memory before it merges
// runs from a temporary file.
constexpr const char* import_cache_pragma = "PRAGMA cache_size = -16384";

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

}  // namespace

template <>
Result<Record> SqliteIncidentStore::create(const Fields& fields, const Actor& who) {
    auto valid = domain::validate_fields(incident_kind(), fields, domain::Completeness::whole_record);
    if (!valid) return valid.error();
    return database_.write([&](SqliteConnection& connection) {
        SqliteIncidentRowWriter rows(connection);
        return IncidentTransaction(rows).create(*valid, who);
    });
}

template <>
Result<Record> SqliteIncidentStore::get(std::int64_t id) {
    return database_.read([&](SqliteConnection& connection) {
        SqliteIncidentRowWriter rows(connection);
        return IncidentTransaction(rows).get(id);
    });
}

template <>
Result<Record> SqliteIncidentStore::find_by_key(std::string_view key) {
    return database_.read([&](SqliteConnection& connection) {
        SqliteIncidentRowWriter rows(connection);
        return IncidentTransaction(rows).find_by_key(key);
    });
}

template <>
Result<Record> SqliteIncidentStore::update(std::int64_t id, const Fields& changes, const Actor& who,
                                           std::optional<std::int64_t> expected_version) {
    return database_.write([&](SqliteConnection& connection) {
        SqliteIncidentRowWriter rows(connection);
        return IncidentTransaction(rows).update(id, changes, who, expected_version);
    });
}

template <>
Result<Record> SqliteIncidentStore::retire(std::int64_t id, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) {
        SqliteIncidentRowWriter rows(connection);
        return IncidentTransaction(rows).retire(id, who);
    });
}

template <>
Result<Page> SqliteIncidentStore::list(const IncidentQuery& query) {
    if (auto ok = check_incident_query(query, true); !ok) return ok.error();
    return database_.read([&](SqliteConnection& connection) { return list_incidents(connection, query); });
}

template <>
Result<void> SqliteIncidentStore::each(const IncidentQuery& query,
                                       const std::function<void(const Record&)>& visit) {
    if (auto ok = check_incident_query(query, false); !ok) return ok;
    return database_.read(
        [&](SqliteConnection& connection) { return each_incident(connection, query, visit); });
}

template <>
Result<std::vector<AggregateRow>> SqliteIncidentStore::aggregate(const AggregateQuery& query) {
    return database_.read(
        [&](SqliteConnection& connection) { return aggregate_incidents(connection, query); });
}

template <>
Result<std::vector<SourceCitationCount>> SqliteIncidentStore::citation_counts() {
    return database_.read([&](SqliteConnection& connection) { return count_incident_citations(connection); });
}

template <>
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
            SqliteIncidentRowWriter rows(connection);
            auto imported = run_incident_import(rows, who, work);
            if (!imported) return imported.error();
            counts = *imported;
        }
        // In the same transaction: a failed or rolled-back import leaves the indexes as they were.
        for (const auto& sql : *deferred)
            if (auto made = connection.exec(sql); !made) return made.error();
        return counts;
    });
}

}  // namespace mssops::store
