#include "ingest/incident_export.hpp"

#include <boost/json/serialize.hpp>
#include <charconv>
#include <string>
#include <vector>

#include "domain/csv_field.hpp"
#include "store/record_json.hpp"

namespace mssops::ingest {

const std::vector<ExportColumn>& export_columns() {
    static const std::vector<ExportColumn> columns = {
        {"event_id_cnty", "key", "#event+code"},
        {"event_date", "date", "#date+occurred"},
        {"year", "", "#date+year"},
        {"time_precision", "time_precision", "#date+precision"},
        {"disorder_type", "disorder_type", "#event+type+disorder"},
        {"event_type", "event_type", "#event+type"},
        {"sub_event_type", "sub_event_type", "#event+type+sub"},
        {"actor1", "actor1", "#group+name+first"},
        {"actor2", "actor2", "#group+name+second"},
        {"iso3", "country", "#country+code"},
        {"admin1", "admin1", "#adm1+name"},
        {"admin2", "admin2", "#adm2+name"},
        {"admin3", "admin3", "#adm3+name"},
        {"adm1_pcode", "adm1_pcode", "#adm1+code"},
        {"adm2_pcode", "adm2_pcode", "#adm2+code"},
        {"location", "location", "#loc+name"},
        {"latitude", "latitude", "#geo+lat"},
        {"longitude", "longitude", "#geo+lon"},
        {"geo_precision", "geo_precision", "#geo+precision"},
        {"source", "reported_by", "#meta+source"},
        {"notes", "notes", "#description"},
        {"fatalities", "fatalities", "#affected+killed"},
    };
    return columns;
}

namespace {

/// The shortest text that reads back as the same number.
std::string number_text(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, end);
}

std::string value_text(const domain::Record& incident, const ExportColumn& column) {
    if (!*column.field) {
        auto* date = incident.text("date");
        return date ? date->substr(0, 4) : std::string{};
    }
    auto it = incident.fields.find(column.field);
    if (it == incident.fields.end()) return {};
    if (auto* text = std::get_if<std::string>(&it->second)) return *text;
    if (auto* whole = std::get_if<std::int64_t>(&it->second)) return std::to_string(*whole);
    if (auto* real = std::get_if<double>(&it->second)) return number_text(*real);
    return {};
}

}  // namespace

IncidentCsvWriter::IncidentCsvWriter(std::ostream& out, HxlRow hxl) : out_(out) {
    const auto& columns = export_columns();
    for (std::size_t i = 0; i < columns.size(); ++i) out_ << (i ? "," : "") << columns[i].name;
    out_ << "\r\n";
    if (hxl == HxlRow::no) return;
    for (std::size_t i = 0; i < columns.size(); ++i) out_ << (i ? "," : "") << columns[i].hxl;
    out_ << "\r\n";
}

void IncidentCsvWriter::write(const domain::Record& incident) {
    const auto& columns = export_columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i) out_ << ',';
        out_ << domain::csv_field(value_text(incident, columns[i]));
    }
    out_ << "\r\n";
}

IncidentGeoJsonWriter::IncidentGeoJsonWriter(std::ostream& out) : out_(out) {
    out_ << "{\"type\":\"FeatureCollection\",\"features\":[";
}

void IncidentGeoJsonWriter::write(const domain::Record& incident) {
    boost::json::object properties = store::fields_to_json(incident.fields);
    properties.erase("latitude");
    properties.erase("longitude");
    properties["id"] = incident.id;
    out_ << (first_ ? "\n" : ",\n") << "{\"type\":\"Feature\",\"id\":" << incident.id << ",\"geometry\":";
    first_ = false;
    auto latitude = incident.number("latitude");
    auto longitude = incident.number("longitude");
    // RFC 7946 section 3.1.1: a position is longitude first, then latitude.
    if (latitude && longitude)
        out_ << "{\"type\":\"Point\",\"coordinates\":[" << number_text(*longitude) << ','
             << number_text(*latitude) << "]}";
    else
        out_ << "null";
    out_ << ",\"properties\":" << boost::json::serialize(properties) << '}';
}

domain::Result<void> check_export_size(std::int64_t matching, std::int64_t most) {
    if (matching <= most) return {};
    return domain::Error::invalid("export",
                                  "matches " + std::to_string(matching) + " incidents, more than the " +
                                      std::to_string(most) +
                                      " one response carries: narrow it with from, to, event_type or "
                                      "actor, or run `mssops incidents export`, which streams any number");
}

void IncidentGeoJsonWriter::finish() {
    out_ << "\n]}\n";
}

}  // namespace mssops::ingest
