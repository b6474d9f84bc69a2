#pragma once

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops review submit FILE --outlet O --title T|list|show ID|accept ID N [--record FILE]|reject ID N [--as
/// USER]`: the extractions submitted for review, and the editor's decision on each candidate.
void add_review_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
