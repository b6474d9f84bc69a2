#include "http/force_routes.hpp"

#include <boost/json/serialize.hpp>
#include <functional>

#include "app/council_query.hpp"
#include "app/force_defaults.hpp"
#include "app/force_json.hpp"
#include "app/mission_query.hpp"
#include "app/mission_result_json.hpp"
#include "http/export_response.hpp"
#include "http/json_table.hpp"
#include "http/query_parameters.hpp"
#include "http/schemas/response_schemas.hpp"
#include "store/record_json.hpp"

namespace mssops::http {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

using View = std::function<Result<json::object>(store::Store&, const app::ForceQuery&)>;

const ParameterDoc at_parameter{"at", "Day of the figures, YYYY-MM-DD; default today (UTC).", "string",
                                false};
const ParameterDoc window_parameter{
    "window_days", "Days over which the arrival pace is measured; default 90.", "integer", false};
const ParameterDoc year_parameter{"year", "Council year; default this year.", "integer", false};
const ParameterDoc stale_parameter{
    "stale_after_days",
    "Days after which a figure's newest evidence is called old and warned about; default 90 (or the "
    "server's --stale-after).",
    "integer", false};

// A parameter this route does not know is refused by name, so a typo ("?date=") is never ignored.
Result<app::ForceQuery> read_query(const Request& request, const std::vector<ParameterDoc>& known,
                                   const app::ForceDefaults& defaults) {
    app::ForceQuery query;
    query.stale_after = defaults.stale_after;
    query.mission = defaults.mission;
    auto found = request.path_params.find("slug");
    if (found != request.path_params.end()) query.slug = found->second;
    if (auto ok = reject_unknown_parameters(request, known); !ok) return ok.error();
    for (const auto& [name, value] : request.query) {
        if (name == "at")
            query.at = value;
        else if (name == "window_days")
            query.window_days = value;
        else if (name == "by")
            query.by = value;
        else if (name == "from")
            query.from = value;
        else if (name == "year")
            query.year = value;
        else if (name == "stale_after_days")
            query.stale_after = value;
    }
    return query;
}

std::vector<std::string> kind_names(std::initializer_list<std::string_view> kinds) {
    return {kinds.begin(), kinds.end()};
}

// What the views read (Route::reads): the council's seats and positions, and a mission's facts too.
const std::vector<std::string> council_kinds = kind_names(
    {domain::kinds::council_memberships, domain::kinds::positions, domain::kinds::resolutions,
     domain::kinds::countries, domain::kinds::organisations, domain::kinds::persons, domain::kinds::sources});
const std::vector<std::string> mission_kinds = [] {
    auto kinds = kind_names({domain::kinds::missions, domain::kinds::deployment_events,
                             domain::kinds::strength_reports, domain::kinds::strength_targets});
    kinds.insert(kinds.end(), council_kinds.begin(), council_kinds.end());
    return kinds;
}();

/// A view as parse -> call -> render: the typed query `parse` reads from the route's parameters, the
/// use case `call` answers, and `render` maps its result to the JSON body.
template <class Parse, class Call, class Render>
View typed_view(Parse parse, Call call, Render render) {
    return [parse, call, render](store::Store& store, const app::ForceQuery& query) -> Result<json::object> {
        auto typed = parse(query);
        if (!typed) return typed.error();
        auto result = call(store, *typed);
        if (!result) return result.error();
        return render(*result);
    };
}

Result<app::CouncilQuery> council_query(const app::ForceQuery& query) {
    return app::council_query_from_text(query.year);
}

Result<json::object> missions_in_force(store::Store& store, const app::ForceQuery& query) {
    // Only the day is read here: the mission in force takes no window or staleness.
    auto typed = app::mission_query_from_text(app::ForceQuery{.at = query.at});
    if (!typed) return typed.error();
    auto result = app::missions_in_force(store, typed->at, query.mission);
    if (!result) return result.error();
    return app::missions_in_force_to_json(*result);
}

json::object transition_to_json(const app::ScenarioResult& result) {
    return app::scenario_to_json(result.scenario, result.result);
}

/// A view whose list `table` (a member of its JSON body, such as "groups") also downloads with
/// ?format=; "" for a view without one.
struct ViewTable {
    std::string member;
    std::string kind;  // For the columns' HXL tags (exports::hxl_tag).
    std::string file_name;
};

/// Whether a view's query starts from the server's defaults (mission, --stale-after) or from none.
enum class ServerDefaults { apply, ignore };

/// One computed view: its route, the use case behind it and what the OpenAPI document says of it.
struct ViewRoute {
    std::string pattern;
    View view;
    OperationDoc doc;
    ServerDefaults defaults = ServerDefaults::apply;
    const std::vector<std::string>* reads = &mission_kinds;
    ViewTable table;
};

void add_view_route(Router& router, store::Store& store, ViewRoute view_route,
                    const app::ForceDefaults& server_defaults) {
    Route route;
    OperationDoc doc = std::move(view_route.doc);
    const ViewTable table = std::move(view_route.table);
    if (!table.member.empty()) {
        doc.query.push_back(format_parameter(false));
        route.exports = true;
    }
    route.method = Method::get;
    route.pattern = std::move(view_route.pattern);
    route.access = Access::reader;
    // Views read only the store and today's date, both of which the response cache follows.
    route.cacheable = true;
    route.reads = *view_route.reads;
    std::vector<ParameterDoc> known = doc.query;
    const app::ForceDefaults defaults =
        view_route.defaults == ServerDefaults::apply ? server_defaults : app::ForceDefaults{};
    route.handler = [&store, view = std::move(view_route.view), known, defaults,
                     table](const Request& request) -> Result<Response> {
        auto query = read_query(request, known, defaults);
        if (!query) return query.error();
        auto format = requested_export(request);
        if (!format) return format.error();
        auto body = view(store, *query);
        if (!body) return body.error();
        if (!*format) return Response::json(json::serialize(*body));
        const json::value* items = body->if_contains(table.member);
        const JsonTable rows = json_table(items && items->is_array() ? items->get_array() : json::array(),
                                          table.kind, table.file_name);
        return export_response(**format, rows.shape, table.file_name,
                               [&](const RowSink& sink) -> Result<void> {
                                   for (const auto& row : rows.rows) sink(row);
                                   return {};
                               });
    };
    route.doc = std::move(doc);
    router.add(std::move(route));
}

/// The OpenAPI documentation of a view: what it answers, under which tag, its parameters and schema.
OperationDoc view_doc(std::string summary, std::string tag, std::vector<ParameterDoc> query,
                      std::string response_schema) {
    return {.summary = std::move(summary),
            .tag = std::move(tag),
            .query = std::move(query),
            .response_schema = std::move(response_schema)};
}

}  // namespace

void add_force_routes(Router& router, store::Store& store, const app::ForceDefaults& defaults) {
    const std::string mission = "/api/v1/missions/{slug}";
    const std::vector<ParameterDoc> dated = {at_parameter, window_parameter, stale_parameter};
    const std::vector<ParameterDoc> strength_query = {
        at_parameter,
        {"by", "Group by country (default) or personnel_type.", "string", false},
        {"from", "First day of the monthly series, YYYY-MM-DD; default the first event's month.", "string",
         false}};
    std::vector<ViewRoute> views;
    views.push_back(
        {mission + "/summary",
         typed_view(app::mission_query_from_text, app::mission_summary, app::mission_summary_to_json),
         view_doc("Mission summary on a date: stated strength, strength by country, targets with "
                  "forecasts, mandate in force (or the successor that replaced it), positions on a "
                  "transition; each figure with its source_id and the date of its newest evidence, "
                  "and a warning for old evidence",
                  "force", dated, "MissionSummary")});
    views.push_back(
        {"/api/v1/mission-in-force", missions_in_force,
         view_doc("Every mission with its life cycle (start, end, predecessor, successor, in force "
                  "on the date) and the mission to show by default: the server's configured one, "
                  "else the one in force",
                  "force", {at_parameter}, "MissionsInForce")});
    views.push_back(
        {mission + "/strength",
         typed_view(app::strength_query_from_text, app::mission_strength, app::strength_result_to_json),
         view_doc("Strength on a date: the stated figure, deployment events grouped by country or "
                  "personnel type, and a month-end series",
                  "force", strength_query, "MissionStrength"),
         ServerDefaults::ignore,
         &mission_kinds,
         {"groups", "deployment_events", "strength"}});
    views.push_back(
        {mission + "/forecast",
         typed_view(app::mission_query_from_text, app::mission_forecast, app::forecast_result_to_json),
         view_doc("Each strength target: progress, shortfall on its date, and the date it is reached "
                  "at the observed pace and on the pledged schedule",
                  "force", dated, "MissionForecast")});
    views.push_back(
        {mission + "/mandate",
         typed_view(app::mission_query_from_text, app::mission_mandate, app::mandate_result_to_json),
         view_doc("The mandate in force on a date, its end, days remaining and alerts, and the whole "
                  "timeline with any gaps",
                  "force", {at_parameter}, "MissionMandate"),
         ServerDefaults::ignore});
    views.push_back(
        {mission + "/alerts",
         typed_view(app::mission_query_from_text, app::mission_alerts, app::alerts_result_to_json),
         view_doc("Alerts on a date: mandate expiry at 90, 30 and 7 days, a lapsed mandate, a "
                  "succession, gaps, targets missed or forecast late, and figures whose newest "
                  "evidence is old",
                  "force", dated, "MissionAlerts")});
    views.push_back(
        {"/api/v1/council/members",
         typed_view(council_query, app::council_members, app::council_to_json),
         view_doc("Security Council members of a year: 5 permanent and 10 elected, each seat with "
                  "its source",
                  "council", {year_parameter}, "CouncilMembers"),
         ServerDefaults::ignore,
         &council_kinds,
         {"members", "council_memberships", "council-members"}});
    views.push_back(
        {"/api/v1/council/scenarios/transition_to_un_pko",
         typed_view(council_query, app::transition_scenario, transition_to_json),
         view_doc("A draft to turn the mission into a UN peacekeeping operation, voted by the council "
                  "of a year on the members' recorded positions: exact adoption and veto "
                  "probabilities, pivotal members",
                  "council", {year_parameter}, "CouncilSimulation"),
         ServerDefaults::ignore, &council_kinds});
    for (auto& view : views) add_view_route(router, store, std::move(view), defaults);

    Route simulate;
    simulate.method = Method::post;
    simulate.pattern = "/api/v1/council/simulate";
    simulate.access = Access::reader;  // A computation: it writes nothing.
    simulate.handler = [&store](const Request& request) -> Result<Response> {
        auto body = store::parse_object(request.body, "body");
        if (!body) return body.error();
        auto simulation = app::simulation_request_from_json(*body);
        if (!simulation) return simulation.error();
        auto result = app::simulate_draft(store, *simulation);
        if (!result) return result.error();
        return Response::json(json::serialize(app::draft_simulation_to_json(*result)));
    };
    simulate.doc = {
        .summary =
            "Exact probability that a draft is adopted, vetoed or fails, from each member's probabilities "
            "of yes, no and abstain (or a vote), or for {\"scenario\": \"transition_to_un_pko\", \"year\": "
            "2025}; and the pivotal members",
        .tag = "council",
        .request_schema = "CouncilSimulationRequest",
        .response_schema = "CouncilSimulateResult",
        .success_status = 200};  // A computation: nothing is created.
    router.add(std::move(simulate));

    add_shared_view_schemas(router);
    add_force_schemas(router);
    add_council_schemas(router);
    router.add_schema("CouncilSimulationRequest", R"({
  "type": "object",
  "description": "Members with probabilities (or a vote), or a named scenario with a year.",
  "properties": {
    "members": {"type": "array", "items": {"type": "object", "required": ["member"], "properties": {
      "member": {"type": "string", "pattern": "^[A-Z]{3}$"},
      "permanent": {"type": "boolean", "description": "Default: a permanent member under UN Charter Art. 23."},
      "vote": {"type": "string", "enum": ["yes", "no", "abstain"]},
      "yes": {"type": "number", "minimum": 0, "maximum": 1},
      "no": {"type": "number", "minimum": 0, "maximum": 1},
      "abstain": {"type": "number", "minimum": 0, "maximum": 1}}}},
    "threshold": {"type": "integer", "minimum": 1, "description": "Votes in favour needed; default 9."},
    "scenario": {"type": "string", "enum": ["transition_to_un_pko"]},
    "year": {"type": "integer", "minimum": 1945}
  }
})");
}

}  // namespace mssops::http
