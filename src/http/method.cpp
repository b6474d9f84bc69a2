#include "http/method.hpp"

#include <array>
#include <utility>

namespace mssops::http {

namespace {

struct MethodName {
    Method method;
    std::string_view text;
    std::string_view lower;
};

constexpr std::array<MethodName, 9> names{{
    {Method::get, "GET", "get"},
    {Method::head, "HEAD", "head"},
    {Method::post, "POST", "post"},
    {Method::put, "PUT", "put"},
    {Method::patch, "PATCH", "patch"},
    {Method::delete_, "DELETE", "delete"},
    {Method::options, "OPTIONS", "options"},
    {Method::trace, "TRACE", "trace"},
    {Method::connect, "CONNECT", "connect"},
}};

}  // namespace

Method method_from_text(std::string_view text) {
    for (const auto& name : names)
        if (name.text == text) return name.method;
    return Method::other;
}

std::string_view to_text(Method method) {
    for (const auto& name : names)
        if (name.method == method) return name.text;
    return "OTHER";
}

std::string_view openapi_name(Method method) {
    for (const auto& name : names)
        if (name.method == method) return name.lower;
    return "other";
}

}  // namespace mssops::http
