#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops user add|passwd|token|list`: accounts, passwords and API tokens, from the server's shell.
void add_user_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
