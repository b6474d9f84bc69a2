#include "cli/boundaries_command.hpp"

#include <boost/json/object.hpp>
#include <iostream>

#include "ingest/admin_unit_locator.hpp"
#include "ingest/boundary_package.hpp"
#include "ingest/boundary_reader.hpp"

namespace mssops::cli {
namespace {

void print_summary(const CliContext& context, const store::BatchSummary& summary, std::size_t units) {
    if (context.json) {
        CliContext::print_json(boost::json::object{{"admin_units", units},
                                                   {"created", summary.created},
                                                   {"updated", summary.updated},
                                                   {"unchanged", summary.unchanged}});
        return;
    }
    std::cout << units << " admin units: " << summary.created << " created, " << summary.updated
              << " updated, " << summary.unchanged << " unchanged\n";
}

}  // namespace

domain::Result<store::BatchSummary> load_default_boundaries(store::Store& store,
                                                            const std::string& data_dir) {
    auto changes = ingest::read_boundary_package(std::filesystem::path(data_dir) /
                                                 "boundaries/natural-earth-haiti-adm1.json");
    if (!changes) return changes.error();
    return store.records().apply(*changes, store::Actor{"seed"});
}

void add_boundaries_command(CLI::App& app, CliContext& context) {
    auto* boundaries =
        add_command(app, "boundaries", "Admin boundaries: import OCHA COD-AB or other files, locate points");
    boundaries->require_subcommand(1);

    static std::string file;
    static ingest::BoundaryOptions options;
    auto* import =
        boundaries->add_subcommand("import", "Import a GeoJSON or shapefile of admin units (all or nothing)");
    import->add_option("file", file, "A .geojson/.json FeatureCollection or a .shp (with its .dbf)")
        ->required();
    import->add_option("--level", options.level, "Admin level of the units (1 = departments)")
        ->capture_default_str();
    import->add_option("--country", options.country, "ISO3 of the country")->capture_default_str();
    import->add_option("--source-id", options.source_id, "Key of the source record to cite")->required();
    import->add_option("--pcode-property", options.pcode_property,
                       "Property holding the P-code (default ADM<level>_PCODE)");
    import->add_option("--name-property", options.name_property,
                       "Property holding the name (default ADM<level>_EN)");
    static std::string encoding;
    import->add_option("--encoding", encoding,
                       "The attributes' encoding, over what the file declares (.cpg, .dbf language driver): "
                       "utf-8, cp1252/windows-1252, latin1/iso-8859-1, cp437, cp850");
    import->callback([&context] {
        if (!encoding.empty()) {
            auto named = domain::encoding_option(encoding, "--encoding");
            if (!named) return context.fail(named.error());
            options.encoding = *named;
        }
        auto units = ingest::read_boundaries(file, options);
    if (!units) return context.fail(units.error());
    std::vector<store::Change> changes;
    for (auto& unit : *units) changes.push_back({"admin_units", std::move(unit)});
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto summary = (*store)->records().apply(changes, store::Actor{CliContext::actor_name()});
    if (!summary) return context.fail(summary.error());
    print_summary(context, *summary, changes.size());
});

auto* defaults =
    boundaries->add_subcommand("default", "Load the shipped default: Natural Earth departments of Haiti");
defaults->callback([&context] {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto summary = load_default_boundaries(**store, context.data_dir);
    if (!summary) return context.fail(summary.error());
    print_summary(context, *summary,
                  static_cast<std::size_t>(summary->created + summary->updated + summary->unchanged));
});

static double longitude = 0, latitude = 0;
static int level = 1;
auto* locate = boundaries->add_subcommand("locate", "Print the P-code of the admin unit holding a point");
locate->add_option("longitude", longitude, "WGS84 longitude")->required();
locate->add_option("latitude", latitude, "WGS84 latitude")->required();
locate->add_option("--level", level, "Admin level to search")->capture_default_str();
locate->callback([&context] {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto units = ingest::list_admin_units((*store)->records(), level);
    if (!units) return context.fail(units.error());
    auto locator = ingest::AdminUnitLocator::build(*units);
    if (!locator) return context.fail(locator.error());
    auto pcode = locator->locate(longitude, latitude);
    if (context.json) {
        CliContext::print_json(boost::json::object{{"longitude", longitude},
                                                   {"latitude", latitude},
                                                   {"pcode", pcode ? boost::json::value(*pcode) : nullptr}});
    } else {
        std::cout << (pcode ? *pcode : "outside every admin unit of level " + std::to_string(level)) << '\n';
    }
    if (!pcode) context.exit_code = 3;
});
}  // namespace mssops::cli

}  // namespace mssops::cli
