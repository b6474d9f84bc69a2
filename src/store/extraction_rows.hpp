#pragma once

#include "domain/result.hpp"
#include "store/extraction_store.hpp"
#include "store/stored_row.hpp"

namespace mssops::store {

// How extractions and their candidates are read from rows, the same on every backend.

/// "SELECT id, text, ... FROM extractions ": what extraction_from_row() reads; a WHERE follows.
inline constexpr const char* extraction_select =
    "SELECT id, text, outlet, title, url, published, created_by, created_at, state, source_key FROM "
    "extractions ";
/// The candidates of one extraction, in order: what candidate_from_row() reads; the extraction's id
/// is the one parameter, written `parameter_mark` ("?" or "$1").
std::string candidate_select(const char* parameter_mark);

/// Reads a row of extraction_select, without its candidates.
StoredExtraction extraction_from_row(const StoredRow& row);
/// Reads a row of candidate_select(); internal when its record is not the JSON object mssops wrote.
domain::Result<StoredCandidate> candidate_from_row(const StoredRow& row);

}  // namespace mssops::store
