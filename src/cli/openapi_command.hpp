#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops openapi`: prints the OpenAPI document the server serves at /api/openapi.json, with no
/// database and no server; web/scripts/generate-api-types.mjs turns it into TypeScript types.
void add_openapi_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
