#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "ingest/admin_unit_locator.hpp"
#include "ingest/country_lookup.hpp"
#include "ingest/csv_reader.hpp"
#include "store/incident_store.hpp"

namespace mssops::ingest {

struct UnitNames;

/// Whether one bad row rejects the whole file.
enum class ImportMode { skip_bad_rows, strict };

/// How to import an incident file.
struct IncidentImportOptions {
    ImportMode mode = ImportMode::skip_bad_rows;
    std::vector<std::string> deleted_keys;   // Retired in the same transaction (an ACLED deletions file).
    std::size_t max_reported_errors = 1000;  // Further bad rows are counted, not listed.
    /// When given, an event with coordinates and no adm1_pcode / adm2_pcode gets the P-code of the
    /// unit holding its point (see load_admin_unit_locators); a P-code the file gives is kept.
    const AdminUnitLocator* adm1_units = nullptr;
    const AdminUnitLocator* adm2_units = nullptr;
    const UnitNames* adm1_names = nullptr;  // Set with the locators by AdminUnitLocators::use_in.
    std::size_t max_reported_outside = 10;  // Keys of events outside every unit listed in the report.
    /// Resolves ACLED's numeric `iso` and `country` names to ISO3 (may be null: alpha-3 codes only).
    const CountryLookup* countries = nullptr;
    std::string country;    // ISO3 given to events whose row names no country ("" for none).
    std::string source_id;  // Key of the source record every imported event cites ("" for none).
    /// Called every few thousand rows and at the end: rows read, bytes read, total bytes (0 if unknown).
    std::function<void(std::int64_t, std::int64_t, std::int64_t)> progress;
};

/// What an import did. In strict mode with bad rows nothing is written and `committed` is false.
struct IncidentImportReport {
    std::int64_t rows = 0;  // Data rows read, good or bad.
    store::ImportCounts counts;
    std::int64_t skipped = 0;               // Bad rows.
    std::int64_t located = 0;               // Events given a P-code by point-in-polygon or unit name.
    std::int64_t located_by_name = 0;       // Of those, events placed by their admin name (see locate).
    std::int64_t outside_units = 0;         // Events whose point lies in no unit of a locator given.
    std::vector<std::string> outside_keys;  // The first max_reported_outside of them.
    bool committed = false;
    bool hxl = false;  // The columns were read by HXL tags.
    std::vector<domain::Error>
        errors;  // The first max_reported_errors bad rows, each "file.csv:line:column".
};

/// The P-code of an admin unit by its name, compared by bare_place_name() (place_name.hpp), from
/// the units' name and name_alt; a name two units share is left out.
struct UnitNames {
    std::map<std::string, std::string> pcodes;

    static UnitNames from_units(const std::vector<domain::Record>& units);
    /// The unit named `name`, nothing when none or several are.
    std::optional<std::string> find(std::string_view name) const;
};

/// The point-in-polygon indexes of the admin units a store holds, per level; a level without
/// units has none. An event whose point lies in no department (a coast drawn coarser than the event's
/// place, or "Coast of Cap-Haitien" at sea), or that has no point, is placed by the admin1 name its
/// row gives when exactly one unit has that name: so a department is never split into the events
/// placed by point and those placed by nothing. Only admin1: ACLED's admin2 for Haiti names an
/// arrondissement ("Port-au-Prince", "La Gonave"), not the commune OCHA's adm2 is.
struct AdminUnitLocators {
    std::optional<AdminUnitLocator> adm1;
    std::optional<AdminUnitLocator> adm2;
    UnitNames adm1_names;

    bool empty() const { return !adm1 && !adm2; }
    /// Points `options` at these locators (they must outlive the import).
    void use_in(IncidentImportOptions& options) const;
};

/// Builds AdminUnitLocators from the "admin_units" records of levels 1 and 2 in `records`;
/// invalid_input naming a unit whose geometry is not a polygon.
domain::Result<AdminUnitLocators> load_admin_unit_locators(store::RecordStore& records);

/// Reads an ACLED-shaped or HXL-tagged incident CSV and upserts every good row into `store` in one
/// transaction (see IncidentCsvReader and IncidentImport). Returns an Error only when the file as a
/// whole cannot be read (missing required columns, unreadable) or the store fails; bad rows are in
/// the report.
/// What an import cites: a source record for the file.
struct ImportSource {
    std::string file_name;             // As given: "acled_haiti_2025.csv"; its last path segment is used.
    std::string publisher;             // "" reads "ACLED" from a file whose name or header says ACLED.
    std::string accessed;              // YYYY-MM-DD; "" for today (UTC).
    std::vector<std::string> columns;  // The file's header row, to recognise an ACLED export by it.
};

/// True when `columns` (a header row) carry the signature of an export from ACLED's own data tool:
/// event_date, event_type, sub_event_type, actor1, admin1, fatalities, its numeric `iso` and its
/// `timestamp`. mssops's own export writes iso3 and no timestamp, so it is not taken for ACLED's.
bool has_acled_columns(const std::vector<std::string>& columns);

/// The publisher an import names: as given, else "ACLED" for a file whose name or columns say ACLED
/// (has_acled_columns()); "" when it is unknown.
std::string import_publisher(const ImportSource& source);

/// The source record an import of `source.file_name` cites: key "import-" and the file name in lower
/// case with other characters than letters and digits as "-"; publisher as given, else "ACLED" for a
/// file whose name or columns say ACLED, else "unknown publisher (<file>)" with a title saying the
/// publisher is unknown and how to name it; title the file name; accessed the date. Created, or
/// updated when it exists (a re-import of the file is the same source read again, and a re-import
/// with --publisher names it). Returns the key: every import cites a source record.
domain::Result<std::string> record_import_source(store::RecordStore& records, const ImportSource& source,
                                                 const store::Actor& who);

domain::Result<IncidentImportReport> import_incidents(CsvReader csv, store::IncidentStore& store,
                                                      const store::Actor& who,
                                                      const IncidentImportOptions& options);

}  // namespace mssops::ingest
