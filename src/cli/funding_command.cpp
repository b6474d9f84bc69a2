#include "cli/funding_command.hpp"

#include <boost/json/serialize.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/funding_json.hpp"
#include "app/funding_views.hpp"
#include "cli/table.hpp"
#include "domain/money.hpp"
#include "domain/text_encoding.hpp"
#include "store/record_json.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

/// The options every funding subcommand shares, and each one's own.
struct FundingOptions {
    std::string mission;
    std::string scale;  // A scale-of-assessments CSV; default: the shipped UN regular-budget scale.
    bool partial = false;
    std::string as_of;
    std::int64_t burn_window = 0;
    std::int64_t deployed = -1;
    std::string status;
    std::string donor;
    std::int64_t limit = 0;
    std::int64_t offset = 0;
    std::string budget;
    std::string file;
    std::string source;  // Source record of rows in a file without a source column.
    std::string format = "csv";
    bool hxl = false;
    std::string output;
    std::string id;
    std::string encoding = "utf-8";
};

// A stored field as a table cell: text as it is, a number as the records API writes it, "-" when absent.
std::string field_text(const domain::Record& record, const char* name) {
    auto found = record.fields.find(name);
    if (found == record.fields.end() || std::holds_alternative<std::monostate>(found->second)) return "-";
    if (const auto* text = std::get_if<std::string>(&found->second)) return *text;
    return json::serialize(store::field_to_json(found->second));
}

std::string cents_or_dash(const std::optional<domain::Cents>& amount) {
    return amount ? domain::format_cents(*amount) : "-";
}

std::vector<std::string> totals_row(const std::string& donor, const domain::StatusTotals& totals) {
    using domain::format_cents;
    return {donor,
            format_cents(totals.pledged),
            format_cents(totals.committed),
            format_cents(totals.paid),
            format_cents(totals.total()),
            format_cents(totals.unpaid())};
}

void print_summary(const app::FundingSummaryResult& result) {
    const domain::FundingSummary& summary = result.summary;
    std::cout << "Funding of " << result.mission << " (USD)\n\n";
    Table donors({"donor", "pledged", "committed", "paid", "total", "unpaid"});
    for (const auto& donor : summary.by_donor) donors.add_row(totals_row(donor.donor, donor.totals));
    donors.add_row(totals_row("all", summary.all));
    donors.print(std::cout);
    std::cout << '\n';
    Table figures({"figure", "value"});
    figures.add_row({"spent", domain::format_cents(summary.spent)});
    figures.add_row({"cash on hand (paid - spent)", domain::format_cents(summary.cash_on_hand)});
    if (summary.burn) {
        const domain::BurnRate& burn = *summary.burn;
        figures.add_row({"monthly burn",
                         domain::format_cents(burn.per_month) + " (" + domain::to_text(burn.first) + " to " +
                             domain::to_text(burn.last) + ", " + std::to_string(burn.months) + " months)"});
    } else {
        figures.add_row({"monthly burn", "- (no spending recorded)"});
    }
    figures.add_row(
        {"runway (months)", summary.runway_tenths ? app::tenths_text(*summary.runway_tenths) : "-"});
    if (result.deployed)
        figures.add_row(
            {"deployed", std::to_string(result.deployed->count) + " (" + result.deployed->basis + ")"});
    figures.add_row({"cost per officer per month", cents_or_dash(summary.cost_per_officer_month)});
    figures.print(std::cout);
}

// Stored amounts are numbers; a person reads them with two decimals, not "2.16537237E7".
std::string money(const domain::Record& flow, const char* name) {
    auto amount = flow.number(name);
    return amount ? domain::format_cents(domain::cents_from_number(*amount)) : field_text(flow, name);
}

void print_flows(const app::FlowsResult& page) {
    Table table({"id", "key", "donor", "recipient", "amount", "currency", "amount_usd", "status", "date"});
    for (const auto& flow : page.items)
        table.add_row({std::to_string(flow.id), field_text(flow, "key"), field_text(flow, "donor"),
                       field_text(flow, "recipient"), money(flow, "amount"), field_text(flow, "currency"),
                       money(flow, "amount_usd"), field_text(flow, "status"), field_text(flow, "date")});
    table.print(std::cout);
    std::cout << page.items.size() << " of " << page.total << " flows\n";
}

void print_history(const app::FlowHistoryResult& history) {
    Table table({"step", "from", "status", "date", "amount", "currency", "amount_usd", "recorded_at", "by"});
    for (const auto& step : history.steps) {
        const domain::FlowVersion& version = step.version;
        table.add_row({domain::to_text(step.kind), step.from ? domain::to_text(*step.from) : "-",
                       domain::to_text(version.status), version.date.to_text(),
                       domain::format_cents(version.amount), version.currency,
                       cents_or_dash(version.amount_usd), version.recorded_at, version.actor});
    }
    table.print(std::cout);
}

void print_assessed(const app::AssessedResult& result) {
    using domain::format_cents;
    std::cout << "Budget " << format_cents(result.budget) << " USD apportioned by " << result.scale.label
              << "\nSource: " << result.scale.source << "\n\n";
    Table table({"member", "assessed", "paid", "total given", "paid - assessed"});
    domain::Cents assessed_total = 0;
    for (const auto& row : result.rows) {
        assessed_total += row.assessed;
        table.add_row({row.member + (row.in_scale ? "" : " (not in scale)"), format_cents(row.assessed),
                       format_cents(row.given.paid), format_cents(row.given.total()),
                       format_cents(row.paid_minus_assessed)});
    }
    table.print(std::cout);
    std::cout << "assessed in all: " << format_cents(assessed_total) << '\n';
    if (result.apportioned.unassigned != 0)
        std::cout << "unassigned: " << format_cents(result.apportioned.unassigned)
                  << " (the scale's rates sum to "
                  << domain::format_percent_e6(result.apportioned.rate_total_e6) << " %)\n";
}

void print_import(const ingest::FundingImportReport& report) {
    std::cout << "imported " << report.rows << " rows: " << report.written.created << " created, "
              << report.written.updated << " updated, " << report.written.unchanged << " unchanged\n";
}

/// Opens the store, finds the mission and the reference tables, then runs `body`.
template <class Body>
void with_store(CliContext& context, const FundingOptions& options, Body body) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto slug = mission_slug(**store, options.mission);
    if (!slug) return context.fail(slug.error());
    auto reference = ingest::load_funding_reference(context.data_dir, options.scale);
    if (!reference) return context.fail(reference.error());
    body(**store, *slug, *reference);
}

app::QueryMap summary_query(const FundingOptions& options) {
    app::QueryMap query;
    if (!options.as_of.empty()) query["as_of"] = options.as_of;
    if (options.burn_window) query["burn_window"] = std::to_string(options.burn_window);
    if (options.deployed >= 0) query["deployed"] = std::to_string(options.deployed);
    return query;
}

Result<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::not_found("FILE", "cannot read \"" + path + "\"");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

void add_funding_command(CLI::App& app, CliContext& context) {
    static FundingOptions options;
    auto* funding = add_command(
        app, "funding", "Funding flows (OCHA FTS style), burn and runway, and the assessed comparison");
    funding->require_subcommand(1);
    funding->add_option("--mission", options.mission,
                        "Mission key (default: MSSOPS_MISSION, else the mission in force today)");
    funding->add_option("--scale", options.scale,
                        "Scale of assessments CSV (member,rate_percent); default: the UN regular-budget "
                        "scale 2025-2027 in data/reference (not the peacekeeping scale)");

    auto* summary = funding->add_subcommand(
        "summary", "Pledged / committed / paid per donor, gap, burn, runway, cost per officer");
    summary->add_option("--as-of", options.as_of, "Leave out flows and spending after this month (YYYY-MM)");
    summary->add_option("--burn-window", options.burn_window, "Months the burn is averaged over (default 3)");
    summary->add_option("--deployed", options.deployed,
                        "Officers deployed (default: from the force figures)");
    summary->callback([&context] {
        with_store(
            context, options,
            [&](store::Store& store, const std::string& slug, const ingest::FundingReference& reference) {
                auto query = app::funding_summary_query(slug, summary_query(options));
                if (!query) return context.fail(query.error());
                auto result = app::funding_summary(store.records(), reference, *query);
                if (!result) return context.fail(result.error());
                // The table reads the mapper's body: the same figures, as formatted, as --json.
                if (context.json)
                    return CliContext::print_json(app::summary_json(result->mission, result->summary,
                                                                    result->options, result->deployed));
                print_summary(*result);
            });
    });

    auto* flows = funding->add_subcommand("flows", "List the mission's funding flows");
    flows->add_option("--status", options.status, "pledged, committed or paid");
    flows->add_option("--donor", options.donor, "Donor as recorded");
    flows->add_option("--limit", options.limit, "Flows per page (default 100)");
    flows->add_option("--offset", options.offset, "Flows to skip");
    flows->callback([&context] {
        with_store(context, options,
                   [&](store::Store& store, const std::string& slug, const ingest::FundingReference&) {
                       app::QueryMap query;
                       if (!options.status.empty()) query["status"] = options.status;
                       if (!options.donor.empty()) query["donor"] = options.donor;
                       if (options.limit) query["limit"] = std::to_string(options.limit);
                       if (options.offset) query["offset"] = std::to_string(options.offset);
                       auto typed = app::flows_query(slug, query);
                       if (!typed) return context.fail(typed.error());
                       auto result = app::funding_flows(store.records(), *typed);
                       if (!result) return context.fail(result.error());
                       if (context.json) return CliContext::print_json(app::flows_page_json(*result));
                       print_flows(*result);
                   });
    });

    auto* history = funding->add_subcommand("history", "A flow's statuses over time, from its audit trail");
    history->add_option("ID", options.id, "The flow's numeric id")->required();
    history->callback([&context] {
        with_store(context, options,
                   [&](store::Store& store, const std::string& slug, const ingest::FundingReference&) {
                       auto typed = app::flow_history_query(slug, options.id);
                       if (!typed) return context.fail(typed.error());
                       auto result = app::flow_history(store, *typed);
                       if (!result) return context.fail(result.error());
                       if (context.json) return CliContext::print_json(app::history_json(*result));
                       print_history(*result);
                   });
    });

    auto* assessed = funding->add_subcommand(
        "assessed", "A budget apportioned by the scale of assessments, beside voluntary gifts");
    assessed->add_option("--budget", options.budget, "Annual budget in US dollars")->required();
    assessed->add_flag("--partial", options.partial,
                       "Apply a scale whose rates sum to less than 100 % and leave the rest unassigned "
                       "(otherwise such a scale is refused)");
    assessed->callback([&context] {
        with_store(
            context, options,
            [&](store::Store& store, const std::string& slug, const ingest::FundingReference& reference) {
                auto query = app::assessed_query(
                    slug, {{"budget", options.budget}, {"partial", options.partial ? "true" : "false"}});
                if (!query) return context.fail(query.error());
                auto result = app::assessed_funding(store.records(), reference, *query);
                if (!result) return context.fail(result.error());
                if (context.json)
                    return CliContext::print_json(app::assessed_json(
                        result->mission, result->budget, result->scale, result->apportioned, result->rows));
                print_assessed(*result);
            });
    });

    auto* import_command =
        funding->add_subcommand("import", "Import flows from an FTS-style CSV: all rows or none");
    import_command->add_option("FILE", options.file, "CSV file, optionally with an HXL hashtag row")
        ->required();
    import_command
        ->add_option(
            "--encoding", options.encoding,
            "The file's encoding: utf-8 (checked), cp1252/windows-1252, latin1/iso-8859-1, cp437, cp850")
        ->capture_default_str();
    import_command->add_option("--source", options.source,
                               "Key of the source record every row cites, for a file without a source column "
                               "(an FTS export)");
    import_command->callback([&context] {
        with_store(
            context, options,
            [&](store::Store& store, const std::string& slug, const ingest::FundingReference& reference) {
                auto text = read_file(options.file);
                if (!text) return context.fail(text.error());
                auto encoding = domain::encoding_option(options.encoding, "--encoding");
                if (!encoding) return context.fail(encoding.error());
                // A single-byte code page decodes the same whole or by row; UTF-8 is left to the
                // CSV reader, which names the line and column of a bad byte.
                if (*encoding != domain::TextEncoding::utf_8) {
                    auto decoded = domain::decode_text(*text, *encoding, options.file);
                    if (!decoded) return context.fail(decoded.error());
                    text = std::move(decoded);
                }
                auto report = app::import_flows(store.records(), reference, slug, std::move(*text),
                                                options.file, {CliContext::actor_name()}, options.source);
                if (!report) return context.fail(report.error());
                if (!report->committed) {
                    for (const auto& error : report->errors)
                        std::cerr << "error: " << error.field << ": " << error.message << '\n';
                    std::cerr << "nothing imported: " << report->bad_rows << " bad row(s)\n";
                    context.exit_code = 1;
                    return;
                }
                if (context.json) return CliContext::print_json(app::import_report_json(*report));
                print_import(*report);
            });
    });

    auto* exported = funding->add_subcommand("export", "Export flows as FTS-style CSV or JSON");
    exported->add_option("--format", options.format, "csv (default) or json");
    exported->add_flag("--hxl", options.hxl, "Add the HXL hashtag row to CSV");
    exported->add_option("--output", options.output, "Write to this file instead of standard output");
    exported->callback([&context] {
        with_store(context, options,
                   [&](store::Store& store, const std::string& slug, const ingest::FundingReference&) {
                       app::QueryMap query{{"format", context.json ? "json" : options.format},
                                           {"hxl", options.hxl ? "yes" : "no"}};
                       auto body = app::export_flows(store.records(), slug, query);
                       if (!body) return context.fail(body.error());
                       if (options.output.empty()) {
                           std::cout << body->body;
                           if (!body->body.empty() && body->body.back() != '\n') std::cout << '\n';
                           return;
                       }
                       std::ofstream out(options.output, std::ios::binary);
                       out << body->body;
                       if (!out)
                           return context.fail(Error::unavailable("cannot write \"" + options.output + "\""));
                   });
    });
}

}  // namespace mssops::cli
