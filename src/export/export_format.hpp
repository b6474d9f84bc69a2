#pragma once

#include <string_view>

#include "domain/result.hpp"

namespace mssops::exports {

/// The file formats a list or table downloads as.
enum class ExportFormat { csv, hxl, json, geojson, xlsx };

/// Parses "csv", "hxl" (CSV with an HXL hashtag row), "json", "geojson" or "xlsx"; invalid_input
/// naming `field` and listing them otherwise.
domain::Result<ExportFormat> parse_export_format(std::string_view text, std::string_view field);

/// The format's name as ?format= spells it.
const char* to_text(ExportFormat format);
/// The Content-Type of a file in the format.
const char* content_type(ExportFormat format);
/// The file name extension, without the dot: "csv", "json", "geojson", "xlsx" (HXL CSV is "csv").
const char* file_extension(ExportFormat format);

}  // namespace mssops::exports
