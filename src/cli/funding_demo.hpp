#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops demo funding`: writes clearly synthetic funding flows and expenditures (fixed seed,
/// cited to a source marked synthetic "yes") into the --db database, so the funding figures can be
/// tried out. Never writes to data/.
void add_funding_demo_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
