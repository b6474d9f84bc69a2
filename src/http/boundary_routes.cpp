#include "http/boundary_routes.hpp"

#include <boost/json.hpp>
#include <map>

#include "domain/kind_names.hpp"
#include "http/incident_routes.hpp"
#include "http/query_parameters.hpp"
#include "ingest/admin_unit_locator.hpp"

namespace mssops::http {
namespace {

namespace json = boost::json;
using domain::Result;

struct UnitTotals {
    std::int64_t events = 0;
    std::int64_t fatalities = 0;
};

/// One RFC 7946 feature per admin unit; `totals`, when given, adds events and fatalities. The
/// geometry is spliced in as stored: it was written compactly at import and is large.
std::string feature_collection(const std::vector<domain::Record>& units,
                               const std::map<std::string, UnitTotals>* totals,
                               const json::object& extra = {}) {
    std::string out = R"({"type":"FeatureCollection")";
    for (const auto& member : extra) {
        out += ',' + json::serialize(json::value(member.key())) + ':' + json::serialize(member.value());
    }
    out += R"(,"features":[)";
    bool first = true;
    for (const auto& unit : units) {
        const std::string* geometry = unit.text("geometry");
        const std::string* pcode = unit.text("pcode");
        if (!geometry || !pcode) continue;
        json::object properties;
        for (const char* name : {"pcode", "name", "name_alt", "parent_pcode", "source_id"})
            if (const std::string* value = unit.text(name)) properties.emplace(name, *value);
        properties.emplace("level", unit.integer("level").value_or(0));
        if (totals) {
            auto it = totals->find(*pcode);
            UnitTotals sum = it == totals->end() ? UnitTotals{} : it->second;
            properties.emplace("events", sum.events);
            properties.emplace("fatalities", sum.fatalities);
        }
        if (!first) out += ',';
        first = false;
        out += R"({"type":"Feature","id":)" + json::serialize(json::value(*pcode)) + R"(,"properties":)" +
               json::serialize(properties) + R"(,"geometry":)" + *geometry + '}';
    }
    out += "]}";
    return out;
}

Response geojson(std::string collection) {
    Response response = Response::json(std::move(collection));
    response.content_type = "application/geo+json";
    return response;
}

Route boundary_route(std::string pattern, Handler handler, OperationDoc doc) {
    Route route;
    route.method = Method::get;
    route.pattern = std::move(pattern);
    route.access = Access::reader;
    route.cacheable = true;
    route.reads = {std::string(domain::kinds::admin_units), std::string(domain::kinds::incidents)};
    route.handler = std::move(handler);
    doc.tag = "boundaries";
    route.doc = std::move(doc);
    return route;
}

const ParameterDoc level_parameter{"level", "Admin level: 1 departments (default), 2 communes", "integer"};

}  // namespace

void add_boundary_routes(Router& router, store::Store& store) {
    router.add(boundary_route("/api/v1/boundaries",
                              [&store](const Request& request) -> Result<Response> {
                                  if (auto ok = reject_unknown_parameters(request, {level_parameter}); !ok)
                                      return ok.error();
                                  auto level = integer_parameter(request, "level", 1, 0, 5);
                                  if (!level) return level.error();
                                  auto units =
                                      ingest::list_admin_units(store.records(), static_cast<int>(*level));
                                  if (!units) return units.error();
                                  return geojson(feature_collection(*units, nullptr));
                              },
                              {.summary = "Admin units of a level as a GeoJSON FeatureCollection (RFC 7946), "
                                          "each with its P-code and source",
                               .query = {level_parameter},
                               .response_types = {"application/geo+json"}}));

    const std::vector<ParameterDoc> choropleth_parameters = {
        {"level", "Admin level: 1 departments (default) or 2 communes", "integer"},
        {"from", "First event day, YYYY-MM-DD"},
        {"to", "Last event day, YYYY-MM-DD"},
        {"event_type", "ACLED event types, comma-separated"},
        {"mission", "Only events in this mission's host country (its slug: mss-haiti)"}};
    router.add(boundary_route(
        "/api/v1/incidents/choropleth",
        [&store, choropleth_parameters](const Request& request) -> Result<Response> {
            if (auto ok = reject_unknown_parameters(request, choropleth_parameters); !ok) return ok.error();
            auto level = integer_parameter(request, "level", 1, 1, 2);
            if (!level) return level.error();
            store::AggregateQuery query;
            query.by = *level == 1 ? store::AggregateBy::adm1 : store::AggregateBy::adm2;
            // Monthly rollups are the fewest rows to sum for a whole range.
            query.period = domain::IncidentPeriod::month;
            query.from = optional_parameter(request, "from");
            query.to = optional_parameter(request, "to");
            query.event_types = list_parameter(request, "event_type");
            auto country = requested_mission_country(store, request);
            if (!country) return country.error();
            query.country = *country;
            auto rows = store.incidents().aggregate(query);
            if (!rows) return rows.error();
            std::map<std::string, UnitTotals> totals;
            for (const auto& row : *rows) {
                auto& sum = totals[row.pcode];
                sum.events += row.events;
                sum.fatalities += row.fatalities;
            }
            auto units = ingest::list_admin_units(store.records(), static_cast<int>(*level));
            if (!units) return units.error();
            std::int64_t unassigned = 0;
            for (const auto& [pcode, sum] : totals)
                if (pcode.empty()) unassigned += sum.events;
            // Events with no admin unit cannot be drawn; say how many so the map is not read as complete.
            return geojson(feature_collection(*units, &totals, {{"unassigned_events", unassigned}}));
        },
        {.summary = "Admin units with events and fatalities for a choropleth, as GeoJSON",
         .query = choropleth_parameters,
         .response_types = {"application/geo+json"}}));
}

}  // namespace mssops::http
