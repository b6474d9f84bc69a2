#include "cli/incidents_command.hpp"

#include <fstream>
#include <iostream>
#include <optional>

#include "app/incident_json.hpp"
#include "cli/progress_reporter.hpp"
#include "cli/table.hpp"
#include "domain/kind_names.hpp"
#include "ingest/admin_unit_locator.hpp"
#include "ingest/country_lookup.hpp"
#include "ingest/incident_csv_reader.hpp"
#include "ingest/incident_export.hpp"
#include "ingest/incident_import.hpp"
#include "store/unit_labels.hpp"

namespace mssops::cli {
namespace {

/// Exit code of an import that landed but skipped bad rows, so scripts can tell it from a clean one.
constexpr int exit_rows_skipped = 2;

struct ImportArguments {
    std::string file;
    bool strict = false;
    std::string deleted_file;
    bool assign_pcodes = false;     // Insist: fail when the store holds no admin units.
    bool no_assign_pcodes = false;  // Keep the file's P-codes only.
    std::string encoding = "utf-8";
    std::string country;    // ISO3 for rows that name no country.
    std::string publisher;  // Of the file, for its source record.
};

struct FilterArguments {
    std::string from, to, actor, mission;
    std::vector<std::string> types;
};

std::optional<std::string> given(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

void add_filter_options(CLI::App* command, FilterArguments& filters) {
    command->add_option("--from", filters.from, "First event day, YYYY-MM-DD");
    command->add_option("--to", filters.to, "Last event day, YYYY-MM-DD");
    command->add_option("--type", filters.types, "ACLED event type (repeat for several)")->delimiter(',');
    command->add_option("--actor", filters.actor, "Only events where actor1 or actor2 is exactly this");
    command->add_option("--mission", filters.mission,
                        "Only events in the mission's host country (its slug: mss-haiti)");
}

/// The host country of the mission `slug`, for scoping incidents to it.
domain::Result<std::optional<std::string>> mission_country(store::Store& store, const std::string& slug) {
    if (slug.empty()) return std::optional<std::string>();
    auto mission = store.records().find_by_key(domain::kinds::missions, slug);
    if (!mission) {
        if (mission.error().code == domain::ErrorCode::not_found)
            return domain::Error::not_found("--mission", "no mission has the slug \"" + slug + "\"");
        return mission.error();
    }
    const std::string* host = mission->text("host_country");
    if (!host)
        return domain::Error::invalid("--mission", "the mission \"" + slug + "\" names no host country");
    return std::optional<std::string>(*host);
}

void run_import(CliContext& context, const ImportArguments& arguments) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    ingest::IncidentImportOptions options;
    options.mode = arguments.strict ? ingest::ImportMode::strict : ingest::ImportMode::skip_bad_rows;
    if (!arguments.deleted_file.empty()) {
        auto csv = ingest::CsvReader::open_file(arguments.deleted_file);
        if (!csv) return context.fail(csv.error());
        auto keys = ingest::read_deleted_keys(std::move(csv).value());
        if (!keys) return context.fail(keys.error());
        options.deleted_keys = std::move(keys).value();
    }
    // By default every event with a point and no P-code gets those of the stored units holding it.
    ingest::AdminUnitLocators locators;
    if (!arguments.no_assign_pcodes) {
        auto loaded = ingest::load_admin_unit_locators((*store)->records());
        if (!loaded) return context.fail(loaded.error());
        locators = std::move(loaded).value();
        if (locators.empty() && arguments.assign_pcodes)
            return context.fail(domain::Error::invalid(
                "--assign-pcodes",
                "the store holds no admin units; run `mssops boundaries import` or `default` first"));
        locators.use_in(options);
    }
    // Countries come as ACLED's M49 number or a name; the store's country table reads both.
    auto countries = ingest::CountryLookup::load((*store)->records());
    if (!countries) return context.fail(countries.error());
    options.countries = &*countries;
    if (!arguments.country.empty()) {
        auto code = countries->by_name(arguments.country);
        if (!code)
            return context.fail(domain::Error::invalid(
                "--country",
                "must be an ISO3 code or a country name the store knows, got \"" + arguments.country + "\""));
        options.country = *code;
    }
    auto encoding = domain::encoding_option(arguments.encoding, "--encoding");
    if (!encoding) return context.fail(encoding.error());
    auto csv = ingest::CsvReader::open_file(arguments.file);
    if (!csv) return context.fail(csv.error());
    csv->set_encoding(*encoding);
    if (auto header = csv->read_header(); !header) return context.fail(header.error());
    const ingest::ImportSource cited{
        .file_name = arguments.file, .publisher = arguments.publisher, .columns = csv->header()};
    auto source =
        ingest::record_import_source((*store)->records(), cited, store::Actor{CliContext::actor_name()});
    if (!source) return context.fail(source.error());
    options.source_id = *source;
    if (ingest::import_publisher(cited).empty())
        std::cerr << "note: the events cite source " << *source
                  << ", whose publisher is unknown; name it with --publisher\n";
    ProgressReporter progress("importing " + arguments.file, stderr, ProgressReporter::display_for(stderr));
    options.progress = [&](std::int64_t rows, std::int64_t bytes, std::int64_t total) {
        progress.update(rows, bytes, total);
    };
    auto report = ingest::import_incidents(std::move(csv).value(), (*store)->incidents(),
                                           store::Actor{CliContext::actor_name()}, options);
    progress.finish();
    if (!report) return context.fail(report.error());
    for (const auto& error : report->errors) std::cerr << error.field << ": " << error.message << '\n';
    if (report->skipped > static_cast<std::int64_t>(report->errors.size()))
        std::cerr << "... and " << report->skipped - static_cast<std::int64_t>(report->errors.size())
                  << " more bad rows\n";
    if (context.json) {
        CliContext::print_json(app::import_report_to_json(*report));
    } else if (report->committed) {
        std::cout << report->rows << " rows: " << report->counts.created << " created, "
                  << report->counts.updated << " updated, " << report->counts.unchanged << " unchanged, "
                  << report->counts.retired << " retired, " << report->skipped << " skipped"
                  << (report->hxl ? " (read by HXL tags)" : "");
        if (!locators.empty())
            std::cout << "; " << report->located << " placed in admin units (" << report->located_by_name
                      << " by their admin name), " << report->outside_units << " outside every unit";
        if (!options.source_id.empty()) std::cout << "; citing source " << options.source_id;
        std::cout << '\n';
        if (!report->outside_keys.empty()) {
            std::cerr << "outside every admin unit:";
            for (const auto& key : report->outside_keys) std::cerr << ' ' << key;
            if (report->outside_units > static_cast<std::int64_t>(report->outside_keys.size()))
                std::cerr << " ...";
            std::cerr << '\n';
        }
    } else {
        std::cout << "nothing imported: " << report->skipped << " bad rows and --strict\n";
    }
    if (!report->committed)
        context.exit_code = 1;
    else if (report->skipped > 0)
        context.exit_code = exit_rows_skipped;
}

void run_aggregate(CliContext& context, const std::string& by, const std::string& period,
                   const FilterArguments& filters) {
    store::AggregateQuery query;
    auto by_value = store::aggregate_by_from_text(by);
    if (!by_value)
        return context.fail(domain::Error::invalid("--by", "must be none, adm1 or adm2, got \"" + by + "\""));
    auto period_value = domain::incident_period_from_text(period);
    if (!period_value)
        return context.fail(
            domain::Error::invalid("--period", "must be day, week or month, got \"" + period + "\""));
    query.by = *by_value;
    query.period = *period_value;
    query.from = given(filters.from);
    query.to = given(filters.to);
    query.actor = given(filters.actor);
    query.event_types = filters.types;
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto country = mission_country(**store, filters.mission);
    if (!country) return context.fail(country.error());
    query.country = *country;
    auto rows = store::aggregate_with_unit_names(**store, query);
    if (!rows) return context.fail(rows.error());
    if (context.json) return CliContext::print_json(app::aggregate_to_json(query, *rows));
    Table table({"period", "pcode", "unit", "event_type", "events", "fatalities"});
    for (const auto& row : *rows)
        table.add_row({row.period, row.pcode, row.unit, row.event_type, std::to_string(row.events),
                       std::to_string(row.fatalities)});
    table.print(std::cout);
}

void run_export(CliContext& context, const std::string& format, bool hxl, const std::string& output,
                const FilterArguments& filters) {
    if (format != "csv" && format != "geojson")
        return context.fail(
            domain::Error::invalid("--format", "must be csv or geojson, got \"" + format + "\""));
    store::IncidentQuery query;
    query.from = given(filters.from);
    query.to = given(filters.to);
    query.actor = given(filters.actor);
    query.event_types = filters.types;
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto country = mission_country(**store, filters.mission);
    if (!country) return context.fail(country.error());
    query.country = *country;
    std::ofstream file;
    if (!output.empty()) {
        file.open(output, std::ios::binary);
        if (!file) return context.fail(domain::Error::invalid("--output", "cannot write \"" + output + "\""));
    }
    std::ostream& out = output.empty() ? std::cout : file;
    domain::Result<void> done;
    if (format == "csv") {
        ingest::IncidentCsvWriter writer(out, hxl ? ingest::HxlRow::yes : ingest::HxlRow::no);
        done = (*store)->incidents().each(query,
                                          [&](const domain::Record& incident) { writer.write(incident); });
    } else {
        ingest::IncidentGeoJsonWriter writer(out);
        done = (*store)->incidents().each(query,
                                          [&](const domain::Record& incident) { writer.write(incident); });
        writer.finish();
    }
    if (!done) return context.fail(done.error());
}

}  // namespace

void add_incidents_command(CLI::App& app, CliContext& context) {
    auto* incidents =
        add_command(app, "incidents", "Incident events: import ACLED/HXL CSV, aggregate, export");
    incidents->require_subcommand(1);

    static ImportArguments import_arguments;
    auto* import = incidents->add_subcommand(
        "import",
        "Import an ACLED or HXL-tagged CSV; upserts by event_id_cnty (exit 2 when bad rows were skipped)");
    import->add_option("file", import_arguments.file, "The CSV file")->required();
    import->add_flag("--strict", import_arguments.strict, "Reject the whole file if any row is bad");
    import->add_option("--deleted", import_arguments.deleted_file,
                       "An ACLED deletions CSV (event_id_cnty column): retire those events");
    auto* assign = import->add_flag(
        "--assign-pcodes", import_arguments.assign_pcodes,
        "Fail unless the store holds admin units (by default, events without P-codes get those of the stored "
        "units holding their points whenever there are units)");
    import
        ->add_flag("--no-assign-pcodes", import_arguments.no_assign_pcodes,
                   "Keep only the P-codes the file gives; do not locate points")
        ->excludes(assign);
    import
        ->add_option(
            "--encoding", import_arguments.encoding,
            "The file's encoding: utf-8 (checked), cp1252/windows-1252, latin1/iso-8859-1, cp437, cp850")
        ->capture_default_str();
    import->add_option("--country", import_arguments.country,
                       "ISO3 code or name of the country of rows that name none (ACLED's iso or country)");
    import->add_option("--publisher", import_arguments.publisher,
                       "Publisher of the file, for the source record the events cite (a file named "
                       "acled_* is ACLED's)");
    import->callback([&context] { run_import(context, import_arguments);
});

static std::string by = "adm1", period = "week";
static FilterArguments aggregate_filters;
auto* aggregate =
    incidents->add_subcommand("aggregate", "Events and fatalities per admin unit x period x type");
aggregate->add_option("--by", by, "none, adm1 or adm2")->capture_default_str();
aggregate->add_option("--period", period, "day, week (ISO, Monday first) or month")->capture_default_str();
add_filter_options(aggregate, aggregate_filters);
aggregate->callback([&context] { run_aggregate(context, by, period, aggregate_filters); });

static std::string format = "csv", output;
static bool hxl = false;
static FilterArguments export_filters;
auto* exporting =
    incidents->add_subcommand("export", "Write incidents as ACLED-column CSV or GeoJSON points");
exporting->add_option("--format", format, "csv or geojson")->capture_default_str();
exporting->add_flag("--hxl", hxl, "Add an HXL hashtag row under the CSV header");
exporting->add_option("--output,-o", output, "File to write (default: standard output)");
add_filter_options(exporting, export_filters);
exporting->callback([&context] { run_export(context, format, hxl, output, export_filters); });
}  // namespace mssops::cli

}  // namespace mssops::cli
