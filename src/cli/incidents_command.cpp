#include "cli/incidents_command.hpp"

#include <fstream>
#include <iostream>
#include <optional>

#include "app/incident_json.hpp"
#include "app/incident_query.hpp"
#include "cli/progress_reporter.hpp"
#include "cli/table.hpp"
#include "ingest/incident_csv_reader.hpp"
#include "ingest/incident_export.hpp"

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

// The store's listing and counting queries name these filters alike.
template <class Query>
void apply_filters(const FilterArguments& filters, Query& query) {
    query.from = given(filters.from);
    query.to = given(filters.to);
    query.actor = given(filters.actor);
    query.event_types = filters.types;
}

void add_filter_options(CLI::App* command, FilterArguments& filters) {
    command->add_option("--from", filters.from, "First event day, YYYY-MM-DD");
    command->add_option("--to", filters.to, "Last event day, YYYY-MM-DD");
    command->add_option("--type", filters.types, "ACLED event type (repeat for several)")->delimiter(',');
    command->add_option("--actor", filters.actor, "Only events where actor1 or actor2 is exactly this");
    command->add_option("--mission", filters.mission,
                        "Only events in the mission's host country (its slug: mss-haiti)");
}

/// A use case's error with a field it names after a command option ("assign_pcodes") named as that
/// option ("--assign-pcodes"); other fields (file locations) are kept.
domain::Error option_error(domain::Error error) {
    if (error.field == "mission" || error.field == "country" || error.field == "assign_pcodes") {
        for (char& c : error.field)
            if (c == '_') c = '-';
        error.field = "--" + error.field;
    }
    return error;
}

void run_import(CliContext& context, const ImportArguments& arguments) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    app::IncidentImportQuery query;
    query.mode = arguments.strict ? ingest::ImportMode::strict : ingest::ImportMode::skip_bad_rows;
    if (!arguments.deleted_file.empty()) {
        auto csv = ingest::CsvReader::open_file(arguments.deleted_file);
        if (!csv) return context.fail(csv.error());
        auto keys = ingest::read_deleted_keys(std::move(csv).value());
        if (!keys) return context.fail(keys.error());
        query.deleted_keys = std::move(keys).value();
    }
    // By default every event with a point and no P-code gets those of the stored units holding it.
    query.assignment = arguments.no_assign_pcodes ? app::PcodeAssignment::none
                       : arguments.assign_pcodes  ? app::PcodeAssignment::required
                                                  : app::PcodeAssignment::when_units_exist;
    query.country = given(arguments.country);
    query.file_name = arguments.file;
    query.publisher = arguments.publisher;
    // The progress display starts once the file is open and its source recorded, as the rows are read.
    std::optional<ProgressReporter> progress;
    query.cited = [&](const std::string& source, bool publisher_known) {
        if (!publisher_known)
            std::cerr << "note: the events cite source " << source
                      << ", whose publisher is unknown; name it with --publisher\n";
        progress.emplace("importing " + arguments.file, stderr, ProgressReporter::display_for(stderr));
    };
    query.progress = [&](std::int64_t rows, std::int64_t bytes, std::int64_t total) {
        if (progress) progress->update(rows, bytes, total);
    };
    auto open = [&]() -> domain::Result<ingest::CsvReader> {
        auto encoding = domain::encoding_option(arguments.encoding, "--encoding");
        if (!encoding) return encoding.error();
        auto csv = ingest::CsvReader::open_file(arguments.file);
        if (!csv) return csv.error();
        csv->set_encoding(*encoding);
        return csv;
    };
    auto imported = app::import_incident_file(**store, query, open, store::Actor{CliContext::actor_name()});
    if (progress) progress->finish();
    if (!imported) return context.fail(option_error(imported.error()));
    const ingest::IncidentImportReport& report = imported->report;
    for (const auto& error : report.errors) std::cerr << error.field << ": " << error.message << '\n';
    if (report.skipped > static_cast<std::int64_t>(report.errors.size()))
        std::cerr << "... and " << report.skipped - static_cast<std::int64_t>(report.errors.size())
                  << " more bad rows\n";
    if (context.json) {
        CliContext::print_json(app::import_report_to_json(report));
    } else if (report.committed) {
        std::cout << report.rows << " rows: " << report.counts.created << " created, "
                  << report.counts.updated << " updated, " << report.counts.unchanged << " unchanged, "
                  << report.counts.retired << " retired, " << report.skipped << " skipped"
                  << (report.hxl ? " (read by HXL tags)" : "");
        if (imported->located_points)
            std::cout << "; " << report.located << " placed in admin units (" << report.located_by_name
                      << " by their admin name), " << report.outside_units << " outside every unit";
        if (!imported->source_id.empty()) std::cout << "; citing source " << imported->source_id;
        std::cout << '\n';
        if (!report.outside_keys.empty()) {
            std::cerr << "outside every admin unit:";
            for (const auto& key : report.outside_keys) std::cerr << ' ' << key;
            if (report.outside_units > static_cast<std::int64_t>(report.outside_keys.size()))
                std::cerr << " ...";
            std::cerr << '\n';
        }
    } else {
        std::cout << "nothing imported: " << report.skipped << " bad rows and --strict\n";
    }
    if (!report.committed)
        context.exit_code = 1;
    else if (report.skipped > 0)
        context.exit_code = exit_rows_skipped;
}

void run_aggregate(CliContext& context, const std::string& by, const std::string& period,
                   const FilterArguments& filters) {
    app::IncidentAggregateQuery query;
    auto by_value = store::aggregate_by_from_text(by);
    if (!by_value)
        return context.fail(domain::Error::invalid("--by", "must be none, adm1 or adm2, got \"" + by + "\""));
    auto period_value = domain::incident_period_from_text(period);
    if (!period_value)
        return context.fail(
            domain::Error::invalid("--period", "must be day, week or month, got \"" + period + "\""));
    query.counting.by = *by_value;
    query.counting.period = *period_value;
    apply_filters(filters, query.counting);
    query.mission = given(filters.mission);
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto aggregate = app::aggregate_incidents(**store, query);
    if (!aggregate) return context.fail(option_error(aggregate.error()));
    if (context.json)
        return CliContext::print_json(app::aggregate_to_json(aggregate->query, aggregate->rows));
    Table table({"period", "pcode", "unit", "event_type", "events", "fatalities"});
    for (const auto& row : aggregate->rows)
        table.add_row({row.period, row.pcode, row.unit, row.event_type, std::to_string(row.events),
                       std::to_string(row.fatalities)});
    table.print(std::cout);
}

void run_export(CliContext& context, const std::string& format, bool hxl, const std::string& output,
                const FilterArguments& filters) {
    if (format != "csv" && format != "geojson")
        return context.fail(
            domain::Error::invalid("--format", "must be csv or geojson, got \"" + format + "\""));
    app::IncidentListQuery query;
    apply_filters(filters, query.filters);
    query.mission = given(filters.mission);
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto scoped = app::scoped_filters(**store, query);
    if (!scoped) return context.fail(option_error(scoped.error()));
    std::ofstream file;
    if (!output.empty()) {
        file.open(output, std::ios::binary);
        if (!file) return context.fail(domain::Error::invalid("--output", "cannot write \"" + output + "\""));
    }
    std::ostream& out = output.empty() ? std::cout : file;
    domain::Result<void> done;
    if (format == "csv") {
        ingest::IncidentCsvWriter writer(out, hxl ? ingest::HxlRow::yes : ingest::HxlRow::no);
        done = (*store)->incidents().each(*scoped,
                                          [&](const domain::Record& incident) { writer.write(incident); });
    } else {
        ingest::IncidentGeoJsonWriter writer(out);
        done = (*store)->incidents().each(*scoped,
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
