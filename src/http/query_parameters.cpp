#include "http/query_parameters.hpp"

#include "domain/whole_number.hpp"

namespace mssops::http {

using domain::Error;

domain::Result<void> reject_unknown_parameters(const Request& request,
                                               const std::vector<ParameterDoc>& known) {
    for (const auto& [name, value] : request.query) {
        bool found = false;
        std::string names;
        for (const auto& parameter : known) {
            found = found || parameter.name == name;
            names += (names.empty() ? "" : ", ") + parameter.name;
        }
        if (!found)
            return Error::invalid(
                name, "is not a parameter here; expected one of " + (names.empty() ? "none" : names));
    }
    return {};
}

std::optional<std::string> optional_parameter(const Request& request, const std::string& name) {
    auto it = request.query.find(name);
    if (it == request.query.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

domain::Result<std::int64_t> integer_parameter(const Request& request, const std::string& name,
                                               std::int64_t fallback, std::int64_t min, std::int64_t max) {
    auto it = request.query.find(name);
    if (it == request.query.end()) return fallback;
    return domain::parse_whole_number(it->second, name, min, max);
}

std::vector<std::string> list_parameter(const Request& request, const std::string& name) {
    std::vector<std::string> items;
    const std::string text = request.query_or(name);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        if (comma > start) items.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return items;
}

}  // namespace mssops::http
