#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops alerts [--since DATE|DURATION] [--mission SLUG]`: raises what is new and prints the alerts
/// first seen since then; `alerts deliver` runs the webhook deliveries once; `alerts subscribe` adds a
/// user's subscription.
void add_alerts_command(CLI::App& app, CliContext& context);

/// `mssops alerts --since ...` with no subcommand: does what `alerts new --since ...` does and
/// answers true; false when --since was not given.
bool list_new_if_asked(CliContext& context, CLI::App& alerts);

}  // namespace mssops::cli
