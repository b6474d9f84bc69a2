#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops incidents import FILE [--strict] [--deleted FILE] [--assign-pcodes | --no-assign-pcodes]
///  | aggregate [--by adm1] [--period week] [--from --to --type --actor]
///  | export [--format csv|geojson] [--hxl] [--output FILE] [--from --to --type --actor]`.
void add_incidents_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
