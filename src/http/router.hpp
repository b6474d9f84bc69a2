#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// What the router found for a method and path.
struct RouteMatch {
    const Route* route = nullptr;                    // nullptr when no route has this method and path.
    std::map<std::string, std::string> path_params;  // Decoded.
    std::vector<Method> allowed_methods;  // When the path is known but not the method: for 405's Allow.
};

/// The table of routes. Route files register with `add`; the server asks `match`; the OpenAPI
/// document reads `routes`. Filled before the server starts, then only read, from any thread.
class Router {
public:
    /// Adds a route; a second route with the same method and pattern is a bug.
    void add(Route route);

    /// Finds the route for `method` and the still percent-encoded `path`. Segments are split before
    /// decoding, so "%2F" stays inside a parameter. A literal segment wins over a parameter.
    /// bad_syntax naming "path" when a segment has a malformed escape or decodes to invalid UTF-8.
    domain::Result<RouteMatch> match(Method method, std::string_view path) const;

    /// Every route, in the order added.
    const std::vector<Route>& routes() const { return routes_; }

    /// Adds a components/schemas entry to the OpenAPI document, as JSON Schema text, for a name an
    /// OperationDoc uses ("MissionSummary"). Record kinds and Problem need none: they come from the catalog.
    void add_schema(std::string name, std::string json_schema);
    /// The schemas added with add_schema, by name.
    const std::map<std::string, std::string>& schemas() const { return schemas_; }

private:
    struct Segment {
        std::string text;  // The literal, or the parameter name.
        bool parameter = false;
    };
    std::vector<Route> routes_;
    std::vector<std::vector<Segment>> patterns_;  // patterns_[i] splits routes_[i].pattern.
    std::map<std::string, std::string> schemas_;
};

/// The names of the {parameters} of a pattern, in order: "/missions/{slug}" gives {"slug"}.
std::vector<std::string> pattern_parameters(std::string_view pattern);

}  // namespace mssops::http
