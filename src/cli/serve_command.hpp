#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops serve`: the API and the dashboard on one port until SIGTERM or SIGINT.
void add_serve_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
