#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops boundaries import FILE | default | locate LON LAT`: admin boundaries and point lookup.
void add_boundaries_command(CLI::App& app, CliContext& context);

/// Loads the default boundary package into the store; used by `boundaries default` and `seed`.
domain::Result<store::BatchSummary> load_default_boundaries(store::Store& store, const std::string& data_dir);

}  // namespace mssops::cli
