#include "export/export_format.hpp"

#include <string>

namespace mssops::exports {

namespace {

constexpr ExportFormat all_formats[] = {ExportFormat::csv, ExportFormat::hxl, ExportFormat::json,
                                        ExportFormat::geojson, ExportFormat::xlsx};

}  // namespace

domain::Result<ExportFormat> parse_export_format(std::string_view text, std::string_view field) {
    for (auto format : all_formats)
        if (text == to_text(format)) return format;
    return domain::Error::invalid(std::string(field), "must be one of csv, hxl, json, geojson, xlsx, got \"" +
                                                          std::string(text) + "\"");
}

const char* to_text(ExportFormat format) {
    switch (format) {
        case ExportFormat::csv:
            return "csv";
        case ExportFormat::hxl:
            return "hxl";
        case ExportFormat::json:
            return "json";
        case ExportFormat::geojson:
            return "geojson";
        case ExportFormat::xlsx:
            return "xlsx";
    }
    return "csv";
}

const char* content_type(ExportFormat format) {
    switch (format) {
        case ExportFormat::csv:
        case ExportFormat::hxl:
            return "text/csv; charset=utf-8";
        case ExportFormat::json:
            return "application/json";
        case ExportFormat::geojson:
            return "application/geo+json";
        case ExportFormat::xlsx:
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return "application/octet-stream";
}

const char* file_extension(ExportFormat format) {
    return format == ExportFormat::hxl ? "csv" : to_text(format);
}

}  // namespace mssops::exports
