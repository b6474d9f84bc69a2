#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// invalid_input naming the first query parameter that is not in `known`, listing the known ones.
domain::Result<void> reject_unknown_parameters(const Request& request,
                                               const std::vector<ParameterDoc>& known);

/// The parameter's value, or nothing when absent or empty.
std::optional<std::string> optional_parameter(const Request& request, const std::string& name);

/// A whole-number parameter within [min, max], or `fallback` when absent; invalid_input naming it otherwise.
domain::Result<std::int64_t> integer_parameter(const Request& request, const std::string& name,
                                               std::int64_t fallback, std::int64_t min, std::int64_t max);

/// A comma-separated list parameter ("Battles,Riots"), empty items dropped.
std::vector<std::string> list_parameter(const Request& request, const std::string& name);

}  // namespace mssops::http
