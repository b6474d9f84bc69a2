#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops check [--repair]`: lists records whose stored text is not UTF-8 (exit 1 when any);
/// --repair re-encodes them from windows-1252, or retires them, each with an audit row.
void add_check_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
