#include "http/route.hpp"

namespace mssops::http {

std::string Request::query_or(std::string_view name, std::string fallback) const {
    auto found = query.find(std::string(name));
    return found == query.end() ? fallback : found->second;
}

std::string Request::header(std::string_view name) const {
    auto found = headers.find(std::string(name));
    return found == headers.end() ? std::string() : found->second;
}

Response Response::json(std::string body, int status) {
    Response response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

Route tagged_route(Method method, std::string pattern, Access access, Handler handler, OperationDoc doc,
                   std::string tag) {
    Route route;
    route.method = method;
    route.pattern = std::move(pattern);
    route.access = access;
    route.handler = std::move(handler);
    doc.tag = std::move(tag);
    route.doc = std::move(doc);
    return route;
}

}  // namespace mssops::http
