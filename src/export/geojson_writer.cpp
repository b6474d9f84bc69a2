#include "export/geojson_writer.hpp"

#include <optional>

#include "export/json_writer.hpp"

namespace mssops::exports {

namespace {

std::optional<double> coordinate(const domain::FieldValue& value) {
    if (auto* real = std::get_if<double>(&value)) return *real;
    if (auto* whole = std::get_if<std::int64_t>(&value)) return static_cast<double>(*whole);
    return std::nullopt;
}

}  // namespace

GeoJsonWriter::GeoJsonWriter(std::ostream& out, const TableShape& shape)
    : out_(out), columns_(shape.columns), latitude_(*shape.latitude), longitude_(*shape.longitude) {
    out_ << "{\"type\":\"FeatureCollection\",\"features\":[";
}

void GeoJsonWriter::row(const ExportRow& row) {
    out_ << (first_ ? "\n" : ",\n") << "{\"type\":\"Feature\",\"geometry\":";
    first_ = false;
    auto latitude = latitude_ < row.size() ? coordinate(row[latitude_]) : std::nullopt;
    auto longitude = longitude_ < row.size() ? coordinate(row[longitude_]) : std::nullopt;
    // RFC 7946 section 3.1.1: a position is longitude first, then latitude.
    if (latitude && longitude)
        out_ << "{\"type\":\"Point\",\"coordinates\":[" << cell_text(*longitude) << ','
             << cell_text(*latitude) << "]}";
    else
        out_ << "null";
    out_ << ",\"properties\":{";
    write_json_members(out_, columns_, row, latitude_, longitude_);
    out_ << "}}";
}

void GeoJsonWriter::finish() {
    out_ << "\n]}\n";
    out_.flush();
}

}  // namespace mssops::exports
