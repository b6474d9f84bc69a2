#include "domain/error.hpp"

namespace mssops::domain {

Error Error::bad_syntax(std::string field, std::string message) {
    return {ErrorCode::bad_syntax, std::move(field), std::move(message)};
}
Error Error::invalid(std::string field, std::string message) {
    return {ErrorCode::invalid_input, std::move(field), std::move(message)};
}
Error Error::unauthorized(std::string message) {
    return {ErrorCode::unauthorized, "", std::move(message)};
}
Error Error::forbidden(std::string message) {
    return {ErrorCode::forbidden, "", std::move(message)};
}
Error Error::not_found(std::string field, std::string message) {
    return {ErrorCode::not_found, std::move(field), std::move(message)};
}
Error Error::conflict(std::string field, std::string message) {
    return {ErrorCode::conflict, std::move(field), std::move(message)};
}
Error Error::unavailable(std::string message) {
    return {ErrorCode::unavailable, "", std::move(message)};
}
Error Error::internal(std::string message) {
    return {ErrorCode::internal, "", std::move(message)};
}

const char* to_text(ErrorCode code) {
    switch (code) {
        case ErrorCode::bad_syntax:
            return "bad_syntax";
        case ErrorCode::invalid_input:
            return "invalid_input";
        case ErrorCode::unauthorized:
            return "unauthorized";
        case ErrorCode::forbidden:
            return "forbidden";
        case ErrorCode::not_found:
            return "not_found";
        case ErrorCode::conflict:
            return "conflict";
        case ErrorCode::unavailable:
            return "unavailable";
        case ErrorCode::internal:
            return "internal";
    }
    return "internal";
}

}  // namespace mssops::domain
