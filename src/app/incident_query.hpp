#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/incident_import.hpp"
#include "store/incident_store.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// The incident list use case's query: the store's filters and page, and a mission whose host country
/// scopes them (its slug; none for every country).
struct IncidentListQuery {
    store::IncidentQuery filters;
    std::optional<std::string> mission;
};

/// The host country of the mission `slug` names; nothing for no slug. not_found naming "mission" for an
/// unknown slug, invalid_input naming "mission" when the mission names no host country.
domain::Result<std::optional<std::string>> mission_host_country(store::RecordStore& records,
                                                                const std::optional<std::string>& slug);

/// The query's filters with the mission read as its host country: invalid_input naming "country" when
/// the query names another country too.
domain::Result<store::IncidentQuery> scoped_filters(store::Store& store, const IncidentListQuery& query);

/// One page of the incidents the query selects, newest first.
domain::Result<store::Page> list_incidents(store::Store& store, const IncidentListQuery& query);

/// Calls `visit` with every incident the query selects (its page ignored), newest first.
domain::Result<void> each_incident(store::Store& store, const IncidentListQuery& query,
                                   const std::function<void(const domain::Record&)>& visit);

/// The incident `id_or_key` names: a numeric id, or else its key ("hti12345"); not_found otherwise.
domain::Result<domain::Record> find_incident(store::Store& store, const std::string& id_or_key);

/// The aggregate use case's query: the store's counting query and a mission scoping it (its slug).
struct IncidentAggregateQuery {
    store::AggregateQuery counting;  // Its country is set from the mission.
    std::optional<std::string> mission;
};

/// The counting query as run (country from the mission) and its rows, with admin unit names.
struct IncidentAggregate {
    store::AggregateQuery query;
    std::vector<store::AggregateRow> rows;
};

/// Events and fatalities per admin unit x period x event type.
domain::Result<IncidentAggregate> aggregate_incidents(store::Store& store,
                                                      const IncidentAggregateQuery& query);

/// The located-points use case's query: filters, and `limit` incidents to read from `offset`.
struct IncidentPointsQuery {
    store::IncidentQuery filters;  // Its page is ignored.
    std::int64_t limit = 1000;
    std::int64_t offset = 0;
};

/// The incidents with a point among those read, newest first, and how far the read went.
struct IncidentPoints {
    std::vector<domain::Record> located;
    std::int64_t total = 0;                // Incidents the filters select.
    std::int64_t read = 0;                 // Incidents read, with a point or not.
    std::int64_t without_coordinates = 0;  // Of those read, incidents without a point.
};

/// Reads `limit` incidents from `offset` in store-sized pages and keeps those with coordinates.
domain::Result<IncidentPoints> incident_points(store::Store& store, const IncidentPointsQuery& query);

/// How events without P-codes are placed in the stored admin units holding their points.
enum class PcodeAssignment {
    none,              // Keep only the file's P-codes.
    when_units_exist,  // Locate whenever the store holds admin units.
    required,          // Locate, and fail when the store holds none.
};

/// The import use case's query (the file itself is opened by `open`, after the options are checked).
struct IncidentImportQuery {
    ingest::ImportMode mode = ingest::ImportMode::skip_bad_rows;
    std::vector<std::string> deleted_keys;  // Keys (event_id_cnty) to retire in the same transaction.
    PcodeAssignment assignment = PcodeAssignment::when_units_exist;
    std::optional<std::string> country;  // ISO3 code or name for rows that name no country.
    std::string file_name;               // Of the file, for its source record.
    std::string publisher;               // "" reads it from the file's name or header.
    std::function<void(std::int64_t, std::int64_t, std::int64_t)> progress;  // As the import's option.
    /// Called with the source record's key and whether its publisher is known, before any row is read.
    std::function<void(const std::string&, bool)> cited;
};

/// What an import did, the source record its events cite, and whether points were located.
struct IncidentImportResult {
    ingest::IncidentImportReport report;
    std::string source_id;
    bool publisher_known = false;  // The source record names a publisher.
    bool located_points = false;   // The store held admin units and events were placed in them.
};

/// Imports an ACLED or HXL-tagged CSV: upserts by event_id_cnty in one transaction, citing a source record
/// for the file. invalid_input naming "country" for a country the store does not know, or
/// "assign_pcodes" when placement is required and the store holds no admin units.
domain::Result<IncidentImportResult> import_incident_file(
    store::Store& store, const IncidentImportQuery& query,
    const std::function<domain::Result<ingest::CsvReader>()>& open, const store::Actor& who);

}  // namespace mssops::app
