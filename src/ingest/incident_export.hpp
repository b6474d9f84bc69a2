#pragma once

#include <cstdint>
#include <ostream>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::ingest {

/// An exported incident column: its ACLED name, the field it shows ("" for year, which is derived
/// from the date) and the HXL tag HDX gives it.
struct ExportColumn {
    const char* name;
    const char* field;
    const char* hxl;
};

/// The ACLED columns of an incident export, in ACLED's order.
const std::vector<ExportColumn>& export_columns();

/// Whether a CSV export carries an HXL hashtag row under its header.
enum class HxlRow { no, yes };

/// Writes incidents as RFC 4180 CSV under ACLED's column names (event_id_cnty, event_date, year,
/// time_precision, disorder_type, event_type, ... fatalities), optionally with the HXL row HDX
/// uses; IncidentCsvReader reads the output back unchanged. Lines end in CRLF as RFC 4180 says.
class IncidentCsvWriter {
public:
    /// Writes the header (and HXL row) at once.
    IncidentCsvWriter(std::ostream& out, HxlRow hxl);
    /// Writes one incident as a row.
    void write(const domain::Record& incident);

private:
    std::ostream& out_;
};

/// Writes incidents as an RFC 7946 GeoJSON FeatureCollection of points ([longitude, latitude],
/// WGS84); an incident without coordinates gets a null geometry. Properties are the other fields
/// plus "id" and "key".
class IncidentGeoJsonWriter {
public:
    /// Opens the collection.
    explicit IncidentGeoJsonWriter(std::ostream& out);
    void write(const domain::Record& incident);
    /// Closes the collection; call once, after the last write().
    void finish();

private:
    std::ostream& out_;
    bool first_ = true;
};

/// The most incidents one HTTP export response carries: a response body is built in memory, so
/// larger exports are refused there (the CLI streams any number to its output).
constexpr std::int64_t max_response_export_incidents = 100'000;

/// invalid_input on "export" when `matching` incidents are more than `most`; the message says how
/// to narrow the export.
domain::Result<void> check_export_size(std::int64_t matching, std::int64_t most);

}  // namespace mssops::ingest
