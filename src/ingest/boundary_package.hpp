#pragma once

#include <filesystem>
#include <vector>

#include "domain/result.hpp"
#include "store/record_store.hpp"

namespace mssops::ingest {

/// Reads a boundary package descriptor (data/boundaries/*.json: the file, its level, the
/// property holding a code, a crosswalk from that code to P-codes, and the source to cite) and
/// returns the changes that load it: the source record first, then one admin unit per feature.
/// not_found names the boundary file when its npm package is not installed.
domain::Result<std::vector<store::Change>> read_boundary_package(const std::filesystem::path& descriptor);

}  // namespace mssops::ingest
