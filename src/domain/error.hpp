#pragma once

#include <string>

namespace mssops::domain {

/// What kind of failure a caller can act on; http/problem.cpp alone maps these to statuses.
enum class ErrorCode {
    bad_syntax,
    invalid_input,
    unauthorized,
    forbidden,
    not_found,
    conflict,
    unavailable,
    internal
};

/// A failure the caller can act on: the API sends it as problem+json, the CLI prints it.
struct Error {
    ErrorCode code = ErrorCode::internal;
    std::string field;    // Where: "location.lat" or "incidents.csv:14:3".
    std::string message;  // What was wrong and what was expected.

    static Error bad_syntax(std::string field, std::string message);
    static Error invalid(std::string field, std::string message);
    static Error unauthorized(std::string message);
    static Error forbidden(std::string message);
    static Error not_found(std::string field, std::string message);
    static Error conflict(std::string field, std::string message);
    static Error unavailable(std::string message);
    static Error internal(std::string message);
};

/// The enumerator's name: "invalid_input", "not_found"...
const char* to_text(ErrorCode code);

}  // namespace mssops::domain
