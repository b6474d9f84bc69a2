#pragma once

#include <string>
#include <utility>
#include <vector>

#include "http/route.hpp"

namespace mssops::http {

/// The dashboard's Content-Security-Policy: scripts, styles, fetches and frames from this origin only,
/// no plugins, no framing by other sites, no <base>, forms posted only here.
inline constexpr const char* content_security_policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// The policy of a document the dashboard shows in its own frame (the situation report): no script
/// at all, its inline stylesheet, framed by this origin only, and sandboxed even when opened alone.
inline constexpr const char* framed_document_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'none'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

/// The headers every response carries, whatever its route or status; a route's own headers of the
/// same name replace them.
const std::vector<std::pair<std::string, std::string>>& security_headers();

/// Lets `response` be framed by this origin (and only this one) under `framed_document_policy`.
void allow_framing_by_self(Response& response);

}  // namespace mssops::http
