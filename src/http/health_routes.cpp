#include "http/health_routes.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "http/schemas/response_schemas.hpp"

namespace mssops::http {

void add_health_routes(Router& router, store::Store& store) {
    Route route;
    route.method = Method::get;
    route.pattern = "/healthz";
    route.access = Access::anyone;
    route.on_io_thread = true;
    route.handler = [&store](const Request&) -> domain::Result<Response> {
        boost::json::object body{{"status", "ok"}, {"backend", store.backend()}};
        return Response::json(boost::json::serialize(body));
    };
    route.doc = {.summary = "Liveness: the server answers and names its store backend",
                 .tag = "meta",
                 .response_schema = "Health"};
    router.add(std::move(route));
    add_meta_schemas(router);
}

}  // namespace mssops::http
