#pragma once

#include <cstdint>
#include <optional>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// The request body as record fields: bad_syntax naming "body" when it is not JSON, invalid_input
/// naming the member when a value is not a string, number, boolean, null or list of strings.
domain::Result<domain::Fields> body_fields(const Request& request);

/// The version If-Match asks for: "3", "\"3\"" or "W/\"3\""; nullopt when absent or "*".
/// bad_syntax naming "If-Match" otherwise.
domain::Result<std::optional<std::int64_t>> expected_version(const Request& request);

}  // namespace mssops::http
