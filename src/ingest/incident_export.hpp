#pragma once

#include <ostream>

#include "domain/record.hpp"

namespace mssops::ingest {

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

}  // namespace mssops::ingest
