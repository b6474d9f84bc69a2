#include "cli/seed_command.hpp"

#include <boost/json/object.hpp>
#include <iostream>

#include "ingest/dataset_reader.hpp"

namespace mssops::cli {

void add_init_command(CLI::App& app, CliContext& context) {
    auto* command = add_command(app, "init", "Create the database (if needed) and apply pending migrations");
    command->callback([&context] {
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        if (context.json) {
            CliContext::print_json(boost::json::object{{"db", context.db}, {"backend", (*store)->backend()}});
        } else {
            std::cout << "database ready: " << context.db << " (" << (*store)->backend() << ")\n";
        }
    });
}

void add_seed_command(CLI::App& app, CliContext& context) {
    auto* command = add_command(app, "seed", "Load the MSS Haiti reference data set (safe to run again)");
    static std::vector<std::string> folders;
    command->add_option("--dataset", folders, "Data set folders to load (default: data/reference and data/mss-haiti)");
    command->callback([&context] {
        std::vector<std::filesystem::path> paths;
        for (const auto& folder : folders) paths.emplace_back(folder);
        if (paths.empty()) {
            paths.push_back(std::filesystem::path(context.data_dir) / "reference");
            paths.push_back(std::filesystem::path(context.data_dir) / "mss-haiti");
        }
        auto dataset = ingest::read_dataset(paths);
        if (!dataset) return context.fail(dataset.error());
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        auto summary = (*store)->records().apply(dataset->changes, store::Actor{"seed"});
        if (!summary) return context.fail(summary.error());
        if (context.json) {
            CliContext::print_json(boost::json::object{{"records", dataset->changes.size()},
                                                       {"created", summary->created},
                                                       {"updated", summary->updated},
                                                       {"unchanged", summary->unchanged}});
        } else {
            std::cout << "seeded " << dataset->changes.size() << " records: " << summary->created << " created, "
                      << summary->updated << " updated, " << summary->unchanged << " unchanged\n";
        }
    });
}

}  // namespace mssops::cli
