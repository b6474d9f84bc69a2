#include "cli/seed_command.hpp"

#include <boost/json/object.hpp>
#include <iostream>

#include "ingest/boundary_package.hpp"
#include "ingest/dataset_reader.hpp"

namespace mssops::cli {

void add_init_command(CLI::App& app, CliContext& context) {
    auto* command = add_command(app, "init", "Create the database (if needed) and apply pending migrations");
    command->callback([&context] {
        auto store = context.open_store(MissingDatabase::create);
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
    command->add_option("--dataset", folders,
                        "Data set folders to load (default: data/reference and data/mss-haiti)");
    command->callback([&context] {
        std::vector<std::filesystem::path> paths;
        for (const auto& folder : folders) paths.emplace_back(folder);
        if (paths.empty()) {
            paths.push_back(std::filesystem::path(context.data_dir) / "reference");
            paths.push_back(std::filesystem::path(context.data_dir) / "mss-haiti");
        }
        auto dataset = ingest::read_dataset(paths);
        if (!dataset) return context.fail(dataset.error());
        // The default boundaries come from an npm package; without it the data set still loads.
        auto boundaries = ingest::read_boundary_package(std::filesystem::path(context.data_dir) /
                                                        "boundaries/natural-earth-haiti-adm1.json");
        const std::string boundary_note =
            boundaries ? std::to_string(boundaries->size() - 1) + " admin units"
                       : "not loaded (" + boundaries.error().field + ": " + boundaries.error().message + ")";
        auto changes = dataset->changes;
        if (boundaries) changes.insert(changes.end(), boundaries->begin(), boundaries->end());
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        auto summary = (*store)->records().apply(changes, store::Actor{"seed"});
        if (!summary) return context.fail(summary.error());
        if (context.json) {
            CliContext::print_json(boost::json::object{{"records", changes.size()},
                                                       {"created", summary->created},
                                                       {"updated", summary->updated},
                                                       {"unchanged", summary->unchanged},
                                                       {"default_boundaries", boundary_note}});
        } else {
            std::cout << "seeded " << changes.size() << " records: " << summary->created << " created, "
                      << summary->updated << " updated, " << summary->unchanged << " unchanged\n"
                      << "default boundaries: " << boundary_note << '\n';
        }
    });
}

}  // namespace mssops::cli
