#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "ingest/admin_unit_locator.hpp"
#include "ingest/csv_reader.hpp"
#include "store/incident_store.hpp"

namespace mssops::ingest {

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
    std::size_t max_reported_outside = 10;  // Keys of events outside every unit listed in the report.
    /// Called every few thousand rows and at the end: rows read, bytes read, total bytes (0 if unknown).
    std::function<void(std::int64_t, std::int64_t, std::int64_t)> progress;
};

/// What an import did. In strict mode with bad rows nothing is written and `committed` is false.
struct IncidentImportReport {
    std::int64_t rows = 0;  // Data rows read, good or bad.
    store::ImportCounts counts;
    std::int64_t skipped = 0;               // Bad rows.
    std::int64_t located = 0;               // Events given a P-code by point-in-polygon.
    std::int64_t outside_units = 0;         // Events whose point lies in no unit of a locator given.
    std::vector<std::string> outside_keys;  // The first max_reported_outside of them.
    bool committed = false;
    bool hxl = false;  // The columns were read by HXL tags.
    std::vector<domain::Error>
        errors;  // The first max_reported_errors bad rows, each "file.csv:line:column".
};

/// The point-in-polygon indexes of the admin units a store holds, per level; a level without
/// units has none.
struct AdminUnitLocators {
    std::optional<AdminUnitLocator> adm1;
    std::optional<AdminUnitLocator> adm2;

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
domain::Result<IncidentImportReport> import_incidents(CsvReader csv, store::IncidentStore& store,
                                                      const store::Actor& who,
                                                      const IncidentImportOptions& options);

}  // namespace mssops::ingest
