#include "cli/report_command.hpp"

#include <unistd.h>

#include <boost/json/serialize.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "app/report_json.hpp"
#include "app/report_query.hpp"
#include "ingest/reference_csv.hpp"
#include "report/report_language.hpp"
#include "report/report_output.hpp"

namespace mssops::cli {
namespace {

using domain::Error;

/// The options of `mssops report`.
struct ReportOptions {
    std::string mission;
    std::string from;
    std::string to;
    std::string format = "md";
    std::string output;
    std::string locale;
    std::string chromium = report::PdfOptions{}.chromium;
    int stale_after = 90;
};

// The period's fields are options here.
Error with_option_names(Error error) {
    if (error.field == "from" || error.field == "to") error.field = "--" + error.field;
    if (error.field == "stale_after_days") error.field = "--stale-after";
    return error;
}

void run(CliContext& context, const ReportOptions& options) {
    auto format = report::parse_report_format(options.format, "--format");
    if (!format) return context.fail(format.error());
    // A PDF on a terminal is noise; it goes to a file or into a pipe.
    if (!context.json && *format == report::ReportFormat::pdf && options.output.empty() &&
        isatty(STDOUT_FILENO))
        return context.fail(
            Error::invalid("--output", "is required for --format pdf on a terminal, got nothing"));
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    // Without --mission, the mission in force on the report's last day.
    std::optional<std::chrono::sys_days> last_day;
    if (!options.to.empty())
        if (auto day = domain::parse_iso_day(options.to, "--to")) last_day = *day;
    auto slug = mission_slug(**store, options.mission, last_day);
    if (!slug) return context.fail(slug.error());
    auto reference = ingest::load_funding_reference(context.data_dir, "");
    if (!reference) return context.fail(reference.error());
    app::ReportQuery request{*slug, options.from, options.to};
    request.evidence = {options.stale_after};
    // Without --locale, the language of the environment (LC_ALL, LC_MESSAGES, LANG), else English.
    std::string locale = options.locale;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name); locale.empty() && value && *value) locale = value;
    if (!options.locale.empty()) {
        auto language = report::parse_report_language(options.locale, "--locale");
        if (!language) return context.fail(language.error());
        request.language = *language;
    } else if (!locale.empty()) {
        request.language = report::negotiate_report_language(locale.substr(0, locale.find('.')));
    }
    report::PdfOptions pdf;
    pdf.chromium = options.chromium;
    auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    auto built = app::situation_report(**store, reference->rates, request, today);
    if (!built) return context.fail(with_option_names(built.error()));
    // --json: the report's figures, tables and footnotes as data, whatever --format says.
    auto written = context.json ? domain::Result<report::ReportOutput>(report::ReportOutput{
                                      "application/json", "json",
                                      boost::json::serialize(app::situation_report_json(*built)) + "\n"})
                                : report::render_report(*built, *format, request.language, pdf);
    if (!written) return context.fail(with_option_names(written.error()));
    if (options.output.empty()) {
        std::cout << written->body;
        return;
    }
    std::ofstream out(options.output, std::ios::binary);
    out << written->body;
    if (!out) return context.fail(Error::unavailable("cannot write \"" + options.output + "\""));
    std::cout << "wrote " << options.output << " (" << written->body.size() << " bytes, "
              << written->content_type << ")\n";
}

}  // namespace

void add_report_command(CLI::App& app, CliContext& context) {
    static ReportOptions options;
    auto* command =
        add_command(app, "report",
                    "Situation report for a period: strength, mandate, Council, funding, incidents; "
                    "each figure footnoted with its source");
    command->add_option("--mission", options.mission,
                        "Mission key (default: MSSOPS_MISSION, else the mission in force on --to)");
    command->add_option("--from", options.from, "First day, YYYY-MM-DD (default: 29 days before --to)");
    command->add_option("--to", options.to, "Last day, YYYY-MM-DD (default: yesterday, the last full day)");
    command->add_option("--format", options.format,
                        "md (default), html or pdf (needs Chromium); with --json the report as JSON data");
    command->add_option("--locale", options.locale,
                        "Language: en, en-US (US Letter paper), fr, ht or es (default: from LANG, else en)");
    command->add_option("--output,-o", options.output, "Write to this file instead of standard output");
    command
        ->add_option(
            "--stale-after", options.stale_after,
            "Days after which a figure's newest evidence is called old and warned about (default 90)")
        ->envname("MSSOPS_STALE_AFTER");
    command->add_option("--chromium", options.chromium, "Chromium executable that prints PDFs")
        ->capture_default_str();
    command->callback([&context] { run(context, options); });
}

}  // namespace mssops::cli
