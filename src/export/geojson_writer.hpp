#pragma once

#include <ostream>

#include "export/table_writer.hpp"

namespace mssops::exports {

/// An RFC 7946 FeatureCollection: one Feature per row, a Point at [longitude, latitude] (WGS84), or
/// a null geometry for a row without both; the other columns are the properties.
class GeoJsonWriter : public TableWriter {
public:
    /// `shape` must name its latitude and longitude columns (open_table_writer checks it).
    GeoJsonWriter(std::ostream& out, const TableShape& shape);
    void row(const ExportRow& row) override;
    void finish() override;

private:
    std::ostream& out_;
    const std::vector<ExportColumn> columns_;
    const std::size_t latitude_;
    const std::size_t longitude_;
    bool first_ = true;
};

}  // namespace mssops::exports
