#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// Adds `status`, `strength`, `forecast` and `alerts`: the mission's figures on a date, each with its
/// source, as a table or (--json) the JSON the matching /api/v1/missions/{slug}/... route returns.
void add_force_commands(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
