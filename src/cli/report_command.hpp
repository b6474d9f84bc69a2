#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// Adds `report`: the situation report of a mission for a period (default the last 30 full days) as
/// Markdown, HTML or PDF, each figure footnoted with its source; what GET
/// /api/v1/missions/{slug}/report returns.
void add_report_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
