#pragma once

#include <CLI/CLI.hpp>

#include "cli/cli_context.hpp"

namespace mssops::cli {

/// `mssops backup DEST`: an online copy of the SQLite database named by --db into a new file.
void add_backup_command(CLI::App& app, CliContext& context);
/// `mssops restore BACKUP`: replaces the SQLite database named by --db with a backup (server stopped).
void add_restore_command(CLI::App& app, CliContext& context);
/// `mssops migrate --to postgresql://...`: copies the store named by --db into an empty store.
void add_migrate_command(CLI::App& app, CliContext& context);

}  // namespace mssops::cli
