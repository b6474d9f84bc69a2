#pragma once

#include <CLI/CLI.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "domain/error.hpp"
#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::cli {

/// Whether opening a SQLite --db that does not exist creates it (only `init` does) or fails.
enum class MissingDatabase { fail, create };

/// What every subcommand shares: the global options and the exit code it sets.
struct CliContext {
    std::string db = "mssops.db";  // --db: a SQLite file or a postgresql:// URL.
    bool json = false;             // --json: machine output, the same JSON the API returns.
    std::string data_dir;          // Where the reference data sets live.
    int exit_code = 0;

    /// Opens the store named by --db, applying migrations. A SQLite file that does not exist is
    /// invalid_input on "--db" (`no database at X; create one with mssops init --db X`) unless
    /// `missing` is create: a mistyped path must not quietly start an empty database.
    domain::Result<std::unique_ptr<store::Store>> open_store(
        MissingDatabase missing = MissingDatabase::fail) const;
    /// Prints "error: <field>: <message>" to stderr and sets a non-zero exit code.
    void fail(const domain::Error& error);
    /// Prints a JSON value, pretty enough to read, followed by a newline.
    static void print_json(const boost::json::value& value);
    /// The actor this command writes as in the audit log: "cli:<login name>".
    static std::string actor_name();
};

/// The mission a command is about: `given` (--mission) when set, else the one MSSOPS_MISSION names,
/// else the mission in force on `at` (default today), else the one that started last before it.
/// not_found naming --mission for an unknown configured key; invalid_input when the store holds none.
domain::Result<std::string> mission_slug(store::Store& store, const std::string& given,
                                         std::optional<std::chrono::sys_days> at = std::nullopt);

/// Registers a subcommand whose callback gets the context; used by every command file.
CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description);

}  // namespace mssops::cli
