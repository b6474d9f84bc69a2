#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// Adds `council members [--year Y]` and `council simulate --draft F.json | --scenario
/// transition_to_un_pko [--year Y]`: the JSON of GET /api/v1/council/members and POST
/// /api/v1/council/simulate, or a table.
void add_council_commands(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
