#pragma once

#include <string>
#include <string_view>

#include "domain/error.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// The HTTP status for an error code: bad_syntax 400, invalid_input 422, unauthorized 401,
/// forbidden 403, not_found 404, conflict 409, unavailable 503, internal 500.
int status_of(domain::ErrorCode code);

/// An RFC 9457 application/problem+json response for `error`:
/// {type, title, status, detail, field, request_id}; field is left out when the error names none.
Response problem_response(const domain::Error& error, std::string_view request_id);

/// A problem for a failure of the protocol rather than of the domain (405, 413, 400 on malformed
/// HTTP): type "about:blank" and the status's reason phrase as its title.
Response protocol_problem(int status, std::string detail, std::string_view request_id);

/// The reason phrase of a status code: 404 gives "Not Found".
const char* reason_phrase(int status);

}  // namespace mssops::http
