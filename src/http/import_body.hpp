#pragma once

#include <string>

#include "domain/result.hpp"
#include "http/route.hpp"
#include "ingest/csv_reader.hpp"

namespace mssops::http {

/// A reader over an import's CSV body, streamed from the temporary file the server wrote it to (a
/// route with RequestBody::file) or read from memory; `name` stands for it in error locations
/// ("body.csv:14:3"). unavailable when the file cannot be opened.
domain::Result<ingest::CsvReader> csv_body(const Request& request, std::string name);

}  // namespace mssops::http
