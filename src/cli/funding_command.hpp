#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops funding summary | flows | history ID | assessed --budget N | import FILE | export`:
/// the funding figures, printing what the API's /funding routes return (--json prints it as is).
void add_funding_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
