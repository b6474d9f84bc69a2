#include "cli/boundaries_command.hpp"

#include <boost/json/object.hpp>
#include <filesystem>
#include <iostream>

#include "domain/kind_names.hpp"
#include "domain/text_encoding.hpp"
#include "ingest/admin_unit_locator.hpp"
#include "ingest/boundary_crosswalk.hpp"
#include "ingest/boundary_package.hpp"
#include "ingest/boundary_reader.hpp"

namespace mssops::cli {
namespace {

struct ImportArguments {
    std::string file;
    ingest::BoundaryOptions options;
    bool replace = false;
    std::string crosswalk_file;  // "" for <data>/boundaries/subdivision_codes.json.
};

void print_summary(const CliContext& context, const store::BatchSummary& summary, std::size_t units,
                   const ingest::CrosswalkReport& mapped = {}, std::size_t retired = 0) {
    if (context.json) {
        CliContext::print_json(boost::json::object{{"admin_units", units},
                                                   {"created", summary.created},
                                                   {"updated", summary.updated},
                                                   {"unchanged", summary.unchanged},
                                                   {"mapped_by_code", mapped.by_code},
                                                   {"mapped_by_name", mapped.by_name},
                                                   {"retired", retired}});
        return;
    }
    std::cout << units << " admin units: " << summary.created << " created, " << summary.updated
              << " updated, " << summary.unchanged << " unchanged";
    if (mapped.by_code + mapped.by_name > 0)
        std::cout << "; codes mapped onto P-codes: " << mapped.by_code << " by the ISO 3166-2 table, "
                  << mapped.by_name << " by name";
    if (retired > 0) std::cout << "; " << retired << " replaced units retired";
    std::cout << '\n';
}

// A file from another publisher (geoBoundaries: ISO 3166-2 codes, "Ouest Department") is mapped onto
// the P-codes the store holds, and a second set of units at a level is refused unless --replace:
// two sets would make `locate` answer from either and split every aggregate in two.
void run_import(CliContext& context, const ImportArguments& arguments) {
    auto units = ingest::read_boundaries(arguments.file, arguments.options);
    if (!units) return context.fail(units.error());
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto existing = ingest::list_admin_units((*store)->records(), arguments.options.level);
    if (!existing) return context.fail(existing.error());
    const std::filesystem::path table_file =
        arguments.crosswalk_file.empty()
            ? std::filesystem::path(context.data_dir) / "boundaries" / "subdivision_codes.json"
            : std::filesystem::path(arguments.crosswalk_file);
    auto crosswalk = ingest::SubdivisionCrosswalk::read(table_file);
    if (!crosswalk) return context.fail(crosswalk.error());
    auto mapped = ingest::map_onto_existing(*units, *existing, *crosswalk);
    auto allowed =
        ingest::check_second_set(arguments.options.level, *existing, *units, arguments.options.source_id,
                                 arguments.replace ? ingest::Replace::yes : ingest::Replace::no);
    if (!allowed) return context.fail(allowed.error());
    std::vector<store::Change> changes;
    for (auto& unit : *units) changes.push_back({std::string(domain::kinds::admin_units), unit});
    std::vector<store::Retirement> retirements;
    if (arguments.replace)
        for (std::int64_t id : ingest::units_replaced(*existing, *units))
            retirements.push_back({std::string(domain::kinds::admin_units), id});
    // One transaction: a load that fails leaves the old units in place, never a level with none.
    auto summary =
        (*store)->records().apply_and_retire(changes, retirements, store::Actor{CliContext::actor_name()});
    if (!summary) return context.fail(summary.error());
    print_summary(context, *summary, changes.size(), mapped, static_cast<std::size_t>(summary->retired));
}

void run_locate(CliContext& context, double longitude, double latitude, int level) {
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

    static ImportArguments arguments;
    auto* import =
        boundaries->add_subcommand("import", "Import a GeoJSON or shapefile of admin units (all or nothing)");
    import->add_option("file", arguments.file, "A .geojson/.json FeatureCollection or a .shp (with its .dbf)")
        ->required();
    import->add_option("--level", arguments.options.level, "Admin level of the units (1 = departments)")
        ->capture_default_str();
    import->add_option("--country", arguments.options.country, "ISO3 of the country")->capture_default_str();
    import->add_option("--source-id", arguments.options.source_id, "Key of the source record to cite")
        ->required();
    import->add_option("--pcode-property", arguments.options.pcode_property,
                       "Property holding the unit's code (default ADM<level>_PCODE); ISO 3166-2 codes "
                       "(geoBoundaries' shapeISO) are mapped onto P-codes");
    import->add_option("--name-property", arguments.options.name_property,
                       "Property holding the name (default ADM<level>_EN, ADM<level>_FR, name, shapeName)");
    import->add_flag("--replace", arguments.replace,
                     "Put the file's units in the place of those the level holds (retiring the ones the file "
                     "lacks); without it a second set of units at a level is refused");
    import->add_option("--crosswalk", arguments.crosswalk_file,
                       "ISO 3166-2 to P-code table (default <data>/boundaries/subdivision_codes.json)");
    static std::string encoding;
    import->add_option("--encoding", encoding,
                       "The attributes' encoding, over what the file declares (.cpg, .dbf language driver): "
                       "utf-8, cp1252/windows-1252, latin1/iso-8859-1, cp437, cp850");
    import->callback([&context] {
        if (!encoding.empty()) {
            auto named = domain::encoding_option(encoding, "--encoding");
    if (!named) return context.fail(named.error());
    arguments.options.encoding = *named;
}
run_import(context, arguments);
}  // namespace mssops::cli
);

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
locate->callback([&context] { run_locate(context, longitude, latitude, level); });
}  // namespace mssops::cli

}  // namespace mssops::cli
