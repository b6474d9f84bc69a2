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

}  // namespace mssops::http
