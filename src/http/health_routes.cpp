#include "http/health_routes.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

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
    route.doc = {"Liveness: the server answers and names its store backend", "meta", {}, "", "", false};
    router.add(std::move(route));
}

}  // namespace mssops::http
