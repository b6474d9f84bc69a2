#include "cli/maintenance_commands.hpp"

#include <boost/json/object.hpp>
#include <iostream>
#include <string>

#include "store/sqlite/sqlite_backup.hpp"
#include "store/store_copy.hpp"

namespace mssops::cli {

void add_backup_command(CLI::App& app, CliContext& context) {
    static std::string destination;
    auto* command = add_command(app, "backup",
                                "Copy the SQLite database into a new file with SQLite's online backup; "
                                "safe while the server runs");
    command->add_option("destination", destination, "The backup file to create (must not exist)")->required();
    command->callback([&context] {
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        if (auto done = (*store)->backup(destination); !done) return context.fail(done.error());
        if (context.json)
            return CliContext::print_json(boost::json::object{{"db", context.db}, {"backup", destination}});
        std::cout << "backed up " << context.db << " to " << destination << '\n';
    });
}

void add_restore_command(CLI::App& app, CliContext& context) {
    static std::string backup;
    auto* command =
        add_command(app, "restore",
                    "Replace the SQLite database with a backup made by `mssops backup`. Stop "
                    "`mssops serve` first: a running server would keep answering from what it cached");
    command->add_option("backup", backup, "The backup file")->required();
    command->callback([&context] {
        if (store::is_postgres_location(context.db))
            return context.fail(domain::Error::invalid("--db",
                                                       "restore works on a SQLite file; restore PostgreSQL "
                                                       "with pg_restore, got a postgresql:// URL"));
        if (auto done = store::restore_sqlite(backup, context.db); !done) return context.fail(done.error());
        // Opening applies the migrations the backup predates, so the restored file is ready to serve.
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        if (context.json)
            return CliContext::print_json(boost::json::object{{"db", context.db}, {"restored", backup}});
        std::cout << "restored " << context.db << " from " << backup << '\n';
    });
}

void add_migrate_command(CLI::App& app, CliContext& context) {
    static std::string target;
    auto* command =
        add_command(app, "migrate",
                    "Copy the store named by --db (records, audit log, incidents, users, API tokens, "
                    "alerts with their subscriptions, feed tokens, webhooks and deliveries) "
                    "into an empty store, typically PostgreSQL");
    command->add_option("--to", target, "The empty destination: a postgresql:// URL (or a new SQLite file)")
        ->required();
    command->callback([&context] {
        if (target == context.db)
            return context.fail(
                domain::Error::invalid("--to", "must name another store than --db, got \"" + target + "\""));
        auto from = context.open_store();
        if (!from) return context.fail(from.error());
        auto to = store::open_store(target);
        if (!to) return context.fail(to.error());
        auto copied = store::copy_store(**from, **to);
        if (!copied) return context.fail(copied.error());
        if (context.json)
            return CliContext::print_json(boost::json::object{{"records", copied->records},
                                                              {"audit_entries", copied->audit_entries},
                                                              {"incidents", copied->incidents},
                                                              {"users", copied->users},
                                                              {"api_tokens", copied->api_tokens},
                                                              {"alerts", copied->alerts},
                                                              {"alert_rows", copied->alert_rows},
                                                              {"backend", (*to)->backend()}});
        std::cout << "copied into " << (*to)->backend() << ": " << copied->records << " records, "
                  << copied->audit_entries << " audit entries, " << copied->incidents << " incidents, "
                  << copied->users << " users, " << copied->api_tokens << " API tokens, " << copied->alerts
                  << " alerts (" << copied->alert_rows
                  << " rows with subscriptions, webhooks and deliveries) "
                  << "(browser sessions are not copied: users sign in again)\n";
    });
}

}  // namespace mssops::cli
