#include <CLI/CLI.hpp>
#include <cstdlib>

#include "cli/alerts_command.hpp"
#include "cli/boundaries_command.hpp"
#include "cli/check_command.hpp"
#include "cli/cli_context.hpp"
#include "cli/council_commands.hpp"
#include "cli/extract_command.hpp"
#include "cli/force_commands.hpp"
#include "cli/funding_command.hpp"
#include "cli/incidents_command.hpp"
#include "cli/maintenance_commands.hpp"
#include "cli/openapi_command.hpp"
#include "cli/record_commands.hpp"
#include "cli/report_command.hpp"
#include "cli/review_command.hpp"
#include "cli/seed_command.hpp"
#include "cli/serve_command.hpp"
#include "cli/user_command.hpp"

int main(int argc, char** argv) {
    using namespace mssops::cli;
    CliContext context;
    context.data_dir = MSSOPS_DATA_DIR;
    if (const char* data_dir = std::getenv("MSSOPS_DATA_DIR")) context.data_dir = data_dir;

    CLI::App app{"mssops: operations and oversight for a multinational security support mission"};
    app.require_subcommand(1);
    // Global options may come before or after the subcommand: `mssops status --db x.db --json`.
    app.fallthrough();
    app.add_option("--db", context.db, "SQLite file or postgresql:// URL")
        ->envname("MSSOPS_DB")
        ->capture_default_str();
    app.add_flag("--json", context.json, "Print JSON, the same the API returns");

    add_init_command(app, context);
    add_seed_command(app, context);
    add_record_commands(app, context);
    add_force_commands(app, context);
    add_council_commands(app, context);
    add_boundaries_command(app, context);
    add_incidents_command(app, context);
    add_funding_command(app, context);
    add_report_command(app, context);
    add_serve_command(app, context);
    add_user_command(app, context);
    add_backup_command(app, context);
    add_restore_command(app, context);
    add_migrate_command(app, context);
    add_extract_command(app, context);
    add_review_command(app, context);
    add_check_command(app, context);
    add_alerts_command(app, context);
    add_openapi_command(app, context);

    CLI11_PARSE(app, argc, argv);
    return context.exit_code;
}
