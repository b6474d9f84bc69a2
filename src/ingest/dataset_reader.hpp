#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/record_store.hpp"

namespace mssops::ingest {

/// A data set read from disk: the changes to apply, in the catalog's load order, and where each came from.
struct Dataset {
    std::vector<store::Change> changes;
    std::vector<std::string> origins;  // "data/mss-haiti/positions.json[3]", one per change.
};

/// Reads every "<kind>.json" (a JSON array of records) in `folders`, grouped by kind in the
/// catalog's order so that sources load before what cites them. Each record is validated
/// against its kind; the first bad one is an error whose field names file, index and field:
/// "positions.json[3].stance". A file not named after a kind is an error too.
domain::Result<Dataset> read_dataset(const std::vector<std::filesystem::path>& folders);

}  // namespace mssops::ingest
