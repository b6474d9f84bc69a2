#pragma once

#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/extraction_store.hpp"
#include "store/incident_columns.hpp"

namespace mssops::store {

// The last line of defence for "text in, UTF-8 out": every backend calls these before it writes a
// body or a row, so no reader, route or future code path can store bytes that are not text.

/// invalid_input when a text value of `fields` is not valid UTF-8: the field is the field's name
/// ("name", or "aliases[2]" in a list) and the message names the kind, the key and the bad byte.
domain::Result<void> check_utf8_fields(std::string_view kind, const domain::Fields& fields);

/// The same for a typed incident row (kind "incidents").
domain::Result<void> check_utf8_row(const IncidentRow& row);

/// The same for an article submitted for review (kind "extractions"): its text and citation.
domain::Result<void> check_utf8_extraction(const StoredExtraction& extraction);

}  // namespace mssops::store
