#include "http/router.hpp"

#include <algorithm>

#include "domain/verify.hpp"
#include "http/request_target.hpp"

namespace mssops::http {

namespace {

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> segments;
    if (path.empty() || path.front() != '/') return segments;
    std::size_t start = 1;
    while (true) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) {
            segments.push_back(path.substr(start));
            return segments;
        }
        segments.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
}

bool is_parameter(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

std::vector<std::string> pattern_parameters(std::string_view pattern) {
    std::vector<std::string> names;
    for (auto segment : split_path(pattern))
        if (is_parameter(segment)) names.emplace_back(segment.substr(1, segment.size() - 2));
    return names;
}

void Router::add(Route route) {
    MSSOPS_VERIFY(!route.pattern.empty() && route.pattern.front() == '/');
    MSSOPS_VERIFY(static_cast<bool>(route.handler));
    for (const auto& existing : routes_)
        MSSOPS_VERIFY(!(existing.method == route.method && existing.pattern == route.pattern));
    std::vector<Segment> segments;
    for (auto segment : split_path(route.pattern)) {
        if (is_parameter(segment))
            segments.push_back({std::string(segment.substr(1, segment.size() - 2)), true});
        else
            segments.push_back({std::string(segment), false});
    }
    patterns_.push_back(std::move(segments));
    routes_.push_back(std::move(route));
}

void Router::add_schema(std::string name, std::string json_schema) {
    MSSOPS_VERIFY(!name.empty());
    schemas_[std::move(name)] = std::move(json_schema);
}

domain::Result<RouteMatch> Router::match(std::string_view method, std::string_view path) const {
    std::vector<std::string> decoded;
    for (auto segment : split_path(path)) {
        auto text = decode_path_segment(segment, "path");
        if (!text) return text.error();
        decoded.push_back(std::move(*text));
    }

    RouteMatch result;
    std::vector<bool> best_shape;  // Per segment, whether the best match so far used a literal there.
    for (std::size_t i = 0; i < routes_.size(); ++i) {
        const auto& pattern = patterns_[i];
        if (pattern.size() != decoded.size()) continue;
        std::vector<bool> shape(pattern.size());
        bool matches = true;
        for (std::size_t s = 0; s < pattern.size() && matches; ++s) {
            shape[s] = !pattern[s].parameter;
            if (pattern[s].parameter)
                matches = !decoded[s].empty();
            else
                matches = pattern[s].text == decoded[s];
        }
        if (!matches) continue;
        const Route& route = routes_[i];
        if (route.method != method) {
            if (std::find(result.allowed_methods.begin(), result.allowed_methods.end(), route.method) ==
                result.allowed_methods.end())
                result.allowed_methods.push_back(route.method);
            continue;
        }
        // "/missions/new" beats "/missions/{slug}": compare literal-ness segment by segment.
        if (result.route != nullptr && !(shape > best_shape)) continue;
        result.route = &route;
        best_shape = shape;
        result.path_params.clear();
        for (std::size_t s = 0; s < pattern.size(); ++s)
            if (pattern[s].parameter) result.path_params[pattern[s].text] = decoded[s];
    }
    if (result.route != nullptr) result.allowed_methods.clear();
    return result;
}

}  // namespace mssops::http
