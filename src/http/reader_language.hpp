#pragma once

#include <string>

#include "domain/result.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// The language a reader asked for: ?locale= when given (invalid_input on "locale" when it is not a
/// report language), else the best fit for the Accept-Language header, else "en".
domain::Result<std::string> reader_language(const Request& request);

/// Marks `response` as written in `language`, and as varying with the Accept-Language header.
void mark_language(Response& response, const std::string& language);

}  // namespace mssops::http
