#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops list <kind>`, `mssops show <kind> <id|key>`, `mssops add <kind> --file F.json`:
/// the generic record commands, printing what the API's record routes return.
void add_record_commands(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
