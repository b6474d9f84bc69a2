#include "http/funding_routes.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/funding_json.hpp"
#include "app/funding_query.hpp"
#include "app/funding_views.hpp"
#include "http/export_response.hpp"
#include "http/import_body.hpp"
#include "http/json_table.hpp"
#include "http/problem.hpp"
#include "http/schemas/response_schemas.hpp"

namespace mssops::http {
namespace {

namespace json = boost::json;
using domain::Result;

const std::string base = "/api/v1/missions/{slug}/funding";

// A rejected import answers 422 with the first bad row as the problem's field and every bad row
// in an "errors" member, so a client can mark them all at once.
Response rejected_import(const ingest::FundingImportReport& report, const std::string& request_id) {
    Response response = problem_response(ingest::rejection_error(report), request_id);
    boost::system::error_code ec;
    json::value body = json::parse(response.body, ec);
    if (!ec && body.is_object()) {
        body.as_object()["errors"] = app::import_report_json(report)["errors"];
        response.body = json::serialize(body);
    }
    return response;
}

Route route(Method method, std::string pattern, Access access, Handler handler, OperationDoc doc) {
    Route added;
    added.method = method;
    added.pattern = base + pattern;
    added.access = access;
    added.edit_domain = domain::EditDomain::funding;
    added.handler = std::move(handler);
    doc.tag = "funding";
    added.doc = std::move(doc);
    return added;
}

}  // namespace

void add_funding_routes(Router& router, store::Store& store,
                        std::shared_ptr<const ingest::FundingReference> reference) {
    router.add(route(
        Method::get, "/summary", Access::reader,
        [&store, reference](const Request& request) -> Result<Response> {
            auto format = requested_export(request);
            if (!format) return format.error();
            auto query = request.query;
            query.erase("format");
            auto typed = app::funding_summary_query(request.path_params.at("slug"), query);
            if (!typed) return typed.error();
            auto result = app::funding_summary(store.records(), *reference, *typed);
            if (!result) return result.error();
            const json::object view =
                app::summary_json(result->mission, result->summary, result->options, result->deployed);
            if (!*format) return Response::json(json::serialize(view));
            // The download is the per-donor table: pledged, committed and paid per donor.
            const json::value* donors = view.if_contains("by_donor");
            const JsonTable table =
                json_table(donors && donors->is_array() ? donors->get_array() : json::array(),
                           "funding_flows", "funding-by-donor");
            return export_response(**format, table.shape, "funding-by-donor",
                                   [&](const RowSink& sink) -> Result<void> {
                                       for (const auto& row : table.rows) sink(row);
                                       return {};
                                   });
        },
        {.summary = "Pledged, committed and paid per donor and in all; the unpaid gap; spending by month and "
                    "category; "
                    "monthly burn, runway and cost per deployed officer",
         .query = {{"as_of", "Leave out flows and spending after this month (YYYY-MM).", "string", false},
                   {"burn_window", "Months the burn is averaged over (1-120, default 3).", "integer", false},
                   {"deployed", "Officers deployed; by default the force figures give it.", "integer", false},
                   format_parameter(false)},
         .response_schema = "FundingSummary"}));

    router.add(
        route(Method::get, "/flows", Access::reader,
              [&store](const Request& request) -> Result<Response> {
                  auto typed = app::flows_query(request.path_params.at("slug"), request.query);
                  if (!typed) return typed.error();
                  auto result = app::funding_flows(store.records(), *typed);
                  if (!result) return result.error();
                  return Response::json(json::serialize(app::flows_page_json(*result)));
              },
              {.summary = "A page of the mission's funding flows, shaped like OCHA FTS flows",
               .query = {{"limit", "Flows per page (1-1000, default 100).", "integer", false},
                         {"offset", "Flows to skip.", "integer", false},
                         {"status", "pledged, committed or paid.", "string", false},
                         {"donor", "Donor as recorded: ISO3 code or organisation key.", "string", false}},
               .response_schema = "FundingFlow",
               .response_is_list = true}));

    router.add(route(Method::get, "/flows/{id}/history", Access::reader,
                     [&store](const Request& request) -> Result<Response> {
                         auto typed = app::flow_history_query(request.path_params.at("slug"),
                                                              request.path_params.at("id"));
                         if (!typed) return typed.error();
                         auto result = app::flow_history(store, *typed);
                         if (!result) return result.error();
                         return Response::json(json::serialize(app::history_json(*result)));
                     },
                     {.summary = "A flow's life from its audit trail: created, advanced (pledged -> "
                                 "committed -> paid), amended or "
                                 "corrected",
                      .response_schema = "FundingFlowHistory"}));

    router.add(
        route(Method::get, "/assessed", Access::reader,
              [&store, reference](const Request& request) -> Result<Response> {
                  auto typed = app::assessed_query(request.path_params.at("slug"), request.query);
                  if (!typed) return typed.error();
                  auto result = app::assessed_funding(store.records(), *reference, *typed);
                  if (!result) return result.error();
                  return Response::json(json::serialize(app::assessed_json(
                      result->mission, result->budget, result->scale, result->apportioned, result->rows)));
              },
              {.summary = "An annual budget apportioned by a scale of assessments (by default the UN "
                          "regular-budget scale 2025-2027, labelled as such), exact to the cent, beside what "
                          "each member gave under voluntary funding",
               .query = {{"budget", "Annual budget in US dollars, up to two decimals.", "string", true},
                         {"partial",
                          "true to apply a scale whose rates sum to less than 100 % and leave the rest "
                          "unassigned; otherwise such a scale is refused with its sum.",
                          "string", false}},
               .response_schema = "AssessedContributions"}));

    Route import_route =
        route(Method::post, "/import", Access::editor,
              [&store, reference](const Request& request) -> Result<Response> {
                  auto body = csv_body(request, "body.csv");
                  if (!body) return body.error();
                  auto report = app::import_flows(store.records(), *reference, request.path_params.at("slug"),
                                                  std::move(body).value(), {"user:" + request.principal.name},
                                                  request.query_or("source", ""));
                  if (!report) return report.error();
                  if (!report->committed) return rejected_import(*report, request.request_id);
                  return Response::json(json::serialize(app::import_report_json(*report)));
              },
              {.summary = "Import funding flows from an FTS-style CSV body (text/csv, optional HXL row): all "
                          "rows or none; a bad "
                          "row is reported by line and column",
               .query = {{"source", "Key of the source every row cites, for a file without a source column.",
                          "string", false}},
               .response_schema = "FundingImportReport"});
    // A file may run to tens of MB: it goes to disk, up to the server's import limit.
    import_route.body = RequestBody::file;
    router.add(std::move(import_route));

    router.add(route(
        Method::get, "/export", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            auto exported = app::export_flows(store.records(), request.path_params.at("slug"), request.query);
            if (!exported) return exported.error();
            Response response;
            response.content_type = exported->content_type;
            response.body = std::move(exported->body);
            return response;
        },
        {.summary =
             "Export the mission's funding flows as FTS-style CSV (optionally with an HXL row) or JSON",
         .query = {{"format", "csv (default) or json.", "string", false},
                   {"hxl", "yes adds the HXL hashtag row to CSV.", "string", false}},
         .response_types = {"text/csv", "application/json"}}));
    add_funding_schemas(router);
}

}  // namespace mssops::http
