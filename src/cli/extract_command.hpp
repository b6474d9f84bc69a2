#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops extract FILE [--published YYYY-MM-DD] [--source-url URL] [--json]` (`-` reads stdin):
/// candidate records read from a news article, each with its span, rule, confidence and how it
/// meets the store (new, already_recorded, conflicts).
void add_extract_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
