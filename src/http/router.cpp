#include "http/router.hpp"

#include <algorithm>
#include <cstdint>

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
    MSSOPS_VERIFY(split_path(route.pattern).size() <= 64);  // match() keeps a pattern's shape in 64 bits.
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
    // Two different schemas under one name would leave the document describing only the later one,
    // silently wrong for every route that meant the first: a bug, caught where the name is reused.
    auto [entry, inserted] = schemas_.try_emplace(std::move(name), json_schema);
    MSSOPS_VERIFY(inserted || entry->second == json_schema);
}

domain::Result<RouteMatch> Router::match(Method method, std::string_view path) const {
    std::vector<std::string> decoded;
    for (auto segment : split_path(path)) {
        auto text = decode_path_segment(segment, "path");
        if (!text) return text.error();
        decoded.push_back(std::move(*text));
    }

    RouteMatch result;
    // Bit s (counting from the most significant used bit) is set when segment s is literal, so that
    // comparing two shapes as numbers compares literal-ness segment by segment, first segment first.
    std::uint64_t best_shape = 0;
    std::size_t best = routes_.size();
    for (std::size_t i = 0; i < routes_.size(); ++i) {
        const auto& pattern = patterns_[i];
        if (pattern.size() != decoded.size()) continue;
        std::uint64_t shape = 0;
        bool matches = true;
        for (std::size_t s = 0; s < pattern.size() && matches; ++s) {
            shape = (shape << 1) | (pattern[s].parameter ? 0u : 1u);
            matches = pattern[s].parameter ? !decoded[s].empty() : pattern[s].text == decoded[s];
        }
        if (!matches) continue;
        const Route& route = routes_[i];
        if (route.method != method) {
            if (std::find(result.allowed_methods.begin(), result.allowed_methods.end(), route.method) ==
                result.allowed_methods.end())
                result.allowed_methods.push_back(route.method);
            continue;
        }
        // "/missions/new" beats "/missions/{slug}".
        if (best != routes_.size() && shape <= best_shape) continue;
        best = i;
        best_shape = shape;
    }
    if (best != routes_.size()) {
        result.route = &routes_[best];
        const auto& pattern = patterns_[best];
        for (std::size_t s = 0; s < pattern.size(); ++s)
            if (pattern[s].parameter) result.path_params[pattern[s].text] = std::move(decoded[s]);
    }
    if (result.route != nullptr) result.allowed_methods.clear();
    return result;
}

}  // namespace mssops::http
