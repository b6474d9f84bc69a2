#pragma once

#include <functional>
#include <optional>
#include <string>

#include "domain/result.hpp"
#include "export/table_writer.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// The ?format= parameter's documentation, for the OpenAPI document of every list route.
ParameterDoc format_parameter(bool has_places);

/// The format a list request asks for with ?format=, or nullopt when it asks for the list's own JSON.
/// invalid_input naming "format" for an unknown format, and naming "limit" or "offset" when an export
/// also asks for a page: an export holds every row the filters select.
domain::Result<std::optional<exports::ExportFormat>> requested_export(const Request& request);

/// Hands one row to the export being written.
using RowSink = std::function<void(const exports::ExportRow&)>;

/// Writes the rows `produce` hands to its sink into a temporary file in `format` and answers it as a
/// download "<file_name>.<extension>", streamed from disk, so an export of any length holds one row in
/// memory. The errors `produce` returns; invalid_input on "format" for geojson without places and
/// for xlsx past a spreadsheet's rows; unavailable when no temporary file can be written.
domain::Result<Response> export_response(exports::ExportFormat format, const exports::TableShape& shape,
                                         const std::string& file_name,
                                         const std::function<domain::Result<void>(const RowSink&)>& produce);

}  // namespace mssops::http
