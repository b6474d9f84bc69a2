#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "domain/kind_catalog.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/tagged_header.hpp"
#include "store/incident_columns.hpp"
#include "store/incident_row_check.hpp"

namespace mssops::ingest {

class CountryLookup;

/// Reads an event date as ACLED writes it: ISO "2024-10-03" (or a partial ISO date such as
/// "2024-10") or the export form "03 October 2024" / "3 Oct 2024". Returns the ISO text;
/// invalid_input naming `field` otherwise.
domain::Result<std::string> read_event_date(std::string_view text, std::string_view field);

/// The key an ACLED row without event_id_cnty gets: "acled-" and 16 hex digits of a 64-bit
/// FNV-1a hash of its date, location, coordinates, actors, sub-event type, source and notes —
/// what identifies an event across re-exports (fatalities are left out so a corrected count
/// updates the stored event instead of adding one).
std::string derived_incident_key(const domain::Fields& fields);
/// The same for a typed row.
std::string derived_incident_key(const store::IncidentRow& row);

/// Turns the rows of an incident CSV into validated "incidents" fields. Columns are found by
/// ACLED's names (event_id_cnty, event_date, event_type, actor1, admin1, latitude, fatalities...)
/// or, when the row after the header is an HXL hashtag row, by tag (#event+code, #date+occurred,
/// #adm1+name, #geo+lat, #affected+killed...). Unknown columns are ignored. A file without
/// event_id_cnty gets derived_incident_key(); a key repeated within the file gets "-2", "-3"...
class IncidentCsvReader {
public:
    /// Where one field is read from and how its cells are written (the table in the .cpp).
    struct Source;

    /// Reads the header and the HXL row if any. invalid_input (field "file.csv:1") when a
    /// required column (event_date, event_type) is missing.
    static domain::Result<IncidentCsvReader> open(CsvReader csv);

    /// Resolves country names and ACLED's numeric `iso` through `countries` (kept, may be null: then
    /// only alpha-3 codes are read), and gives rows without a country `country` and every row
    /// without a source `source_id` ("" for none).
    void set_defaults(const CountryLookup* countries, std::string country, std::string source_id);

    /// Reads the next row into `row`, checked by the catalog's rules for incidents and normalised,
    /// with its day set; false at the end. Its texts view the reader's buffer: they live until the
    /// next call. A malformed row is an Error whose field is "file.csv:line:column" and whose
    /// message starts with the column's name; the reader then stands after that row, so a caller
    /// may skip it.
    domain::Result<bool> next(store::IncidentRow& row);
    /// The same as Fields, as validate_fields() gives them.
    domain::Result<bool> next(domain::Fields& fields);

    /// True when the columns were mapped by HXL tags.
    bool uses_hxl() const { return data_rows_.uses_hxl(); }
    /// Rows read so far, good or bad (not counting the header and HXL rows).
    std::int64_t rows() const { return data_rows_.rows(); }
    const CsvReader& csv() const { return csv_; }

private:
    struct Column {
        const Source* source = nullptr;
        std::string field;  // Catalog field name: "date".
        std::size_t index = 0;
        std::string name;            // As the file names it: "event_date" or "#date+occurred".
        std::size_t row_column = 0;  // Its place in store::IncidentRow.
    };

    explicit IncidentCsvReader(CsvReader csv);
    domain::Result<void> map_columns();
    domain::Result<bool> read_cells(store::IncidentRow& row);
    domain::Result<void> check(store::IncidentRow& row);
    domain::Error row_error(const std::string& field, const std::string& message) const;

    CsvReader csv_;
    std::vector<Column> columns_;
    store::IncidentRowCheck row_check_;  // The store's own check of a row: one set of rules.
    // Whole-number cells written with a fraction or sign ("3.0", "-1"): checked, then stored as integers.
    store::IncidentRowCheck::InexactNumbers inexact_;
    std::string key_buffer_;
    std::unique_ptr<store::IncidentRow> scratch_;  // For next(Fields&).
    TaggedRows data_rows_;
    bool derive_keys_ = false;
    std::unordered_set<std::string> derived_seen_;
    const CountryLookup* countries_ = nullptr;
    std::string default_country_;
    std::string default_source_id_;
};

/// Reads the keys a deletions file names: its event_id_cnty (or #event+code) column, else its
/// first column; lower-cased like imported keys.
domain::Result<std::vector<std::string>> read_deleted_keys(CsvReader csv);

}  // namespace mssops::ingest
