#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops init`: creates the database and applies migrations.
void add_init_command(CLI::App& app, CliContext& context);
/// `mssops seed`: loads the reference data sets idempotently, all or nothing.
void add_seed_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
