#include "http/report_routes.hpp"

#include <chrono>

#include "app/report_query.hpp"
#include "http/query_parameters.hpp"
#include "http/reader_language.hpp"
#include "http/security_headers.hpp"
#include "report/report_output.hpp"

namespace mssops::http {
namespace {

using domain::Error;
using domain::Result;

std::vector<ParameterDoc> report_parameters() {
    return {{"from", "First day, YYYY-MM-DD; default 29 days before `to`."},
            {"to", "Last day, YYYY-MM-DD; default yesterday (UTC), the last full day."},
            {"format", "md (default, text/markdown) or html (one self-contained page)."},
            {"locale", "en, en-US, fr, ht or es; default from the Accept-Language header, else en."},
            {"stale_after_days",
             "Days after which a figure's newest evidence is called old and warned about; default 90.",
             "integer", false}};
}

Result<Response> situation_report(store::Store& store, const ingest::FundingReference& reference,
                                  const Request& request) {
    if (auto known = reject_unknown_parameters(request, report_parameters()); !known) return known.error();
    std::string format_text = request.query_or("format", "md");
    // PDF needs Chromium on the server and seconds per page: the CLI prints it (mssops report --format pdf).
    if (format_text != "md" && format_text != "html")
        return Error::invalid("format", "must be md or html, got \"" + format_text + "\"");
    auto format = report::parse_report_format(format_text, "format");
    if (!format) return format.error();
    auto stale_after = integer_parameter(request, "stale_after_days", 90, 1, 36500);
    if (!stale_after) return stale_after.error();
    app::ReportQuery asked{request.path_params.at("slug"), request.query_or("from"), request.query_or("to")};
    asked.evidence = {static_cast<int>(*stale_after)};
    auto language = reader_language(request);
    if (!language) return language.error();
    asked.language = *language;
    auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    auto built = app::situation_report(store, reference.rates, asked, today);
    if (!built) return built.error();
    auto written = report::render_report(*built, *format, asked.language, report::PdfOptions{});
    if (!written) return written.error();
    Response response;
    response.content_type = written->content_type;
    response.body = std::move(written->body);
    // The dashboard shows the HTML report in a sandboxed frame of its own origin.
    allow_framing_by_self(response);
    mark_language(response, asked.language);
    return response;
}

}  // namespace

void add_report_routes(Router& router, store::Store& store,
                       std::shared_ptr<const ingest::FundingReference> reference) {
    Route route;
    route.method = Method::get;
    route.pattern = "/api/v1/missions/{slug}/report";
    route.access = Access::reader;
    // The report reads only the store and today's date, both of which the response cache follows.
    route.cacheable = true;
    route.handler = [&store, reference](const Request& request) {
        return situation_report(store, *reference, request);
    };
    route.doc = {.summary =
                     "Situation report for a period: strength against target, mandate, Council votes and "
                     "the transition outlook, funding, incidents by department and week; each figure "
                     "footnoted with its source record",
                 .tag = "reports",
                 .query = report_parameters(),
                 .response_types = {"text/markdown", "text/html"}};
    router.add(std::move(route));
}

}  // namespace mssops::http
