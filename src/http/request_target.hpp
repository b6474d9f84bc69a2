#pragma once

#include <map>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::http {

/// A request target split into its still-encoded path and its decoded query parameters.
struct RequestTarget {
    std::string path;                          // Percent-encoded, as received: routing splits it on '/'.
    std::map<std::string, std::string> query;  // Decoded; a repeated parameter keeps its last value.
};

/// Parses an origin-form target ("/api/v1/sources?limit=5"). bad_syntax naming "target" when it is
/// not a valid origin-form URL, or naming the query parameter whose key or value is not UTF-8.
domain::Result<RequestTarget> parse_request_target(std::string_view target);

/// Percent-decodes one path segment. bad_syntax naming `field` when the escapes are malformed or
/// the decoded bytes are not valid UTF-8.
domain::Result<std::string> decode_path_segment(std::string_view encoded, std::string_view field);

/// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view text);

}  // namespace mssops::http
