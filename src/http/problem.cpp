#include "http/problem.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

namespace mssops::http {

namespace json = boost::json;
using domain::ErrorCode;

namespace {

const char* title_of(ErrorCode code) {
    switch (code) {
        case ErrorCode::bad_syntax:
            return "Request could not be parsed";
        case ErrorCode::invalid_input:
            return "Invalid input";
        case ErrorCode::unauthorized:
            return "Authentication required";
        case ErrorCode::forbidden:
            return "Not allowed";
        case ErrorCode::not_found:
            return "Not found";
        case ErrorCode::conflict:
            return "Conflict";
        case ErrorCode::unavailable:
            return "Service unavailable";
        case ErrorCode::internal:
            return "Internal error";
    }
    return "Internal error";
}

Response make_problem(int status, std::string type, std::string title, std::string detail, std::string field,
                      std::string_view request_id) {
    json::object body;
    body.emplace("type", std::move(type));
    body.emplace("title", std::move(title));
    body.emplace("status", status);
    body.emplace("detail", std::move(detail));
    if (!field.empty()) body.emplace("field", std::move(field));
    body.emplace("request_id", request_id);
    Response response;
    response.status = status;
    response.content_type = "application/problem+json";
    response.body = json::serialize(body);
    return response;
}

}  // namespace

int status_of(ErrorCode code) {
    switch (code) {
        case ErrorCode::bad_syntax:
            return 400;
        case ErrorCode::invalid_input:
            return 422;
        case ErrorCode::unauthorized:
            return 401;
        case ErrorCode::forbidden:
            return 403;
        case ErrorCode::not_found:
            return 404;
        case ErrorCode::conflict:
            return 409;
        case ErrorCode::unavailable:
            return 503;
        case ErrorCode::internal:
            return 500;
    }
    return 500;
}

Response problem_response(const domain::Error& error, std::string_view request_id) {
    // The detail reads as a sentence about the field: "count must be at least 1, got 0".
    std::string detail = error.field.empty() ? error.message : error.field + " " + error.message;
    Response response =
        make_problem(status_of(error.code), std::string("urn:mssops:problem:") + to_text(error.code),
                     title_of(error.code), std::move(detail), error.field, request_id);
    // RFC 9110 section 11.6.1: a 401 names the scheme the client should use.
    if (error.code == ErrorCode::unauthorized) response.headers.emplace_back("WWW-Authenticate", "Bearer");
    return response;
}

Response protocol_problem(int status, std::string detail, std::string_view request_id) {
    return make_problem(status, "about:blank", reason_phrase(status), std::move(detail), {}, request_id);
}

const char* reason_phrase(int status) {
    switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 204:
            return "No Content";
        case 304:
            return "Not Modified";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 408:
            return "Request Timeout";
        case 409:
            return "Conflict";
        case 412:
            return "Precondition Failed";
        case 413:
            return "Content Too Large";
        case 415:
            return "Unsupported Media Type";
        case 422:
            return "Unprocessable Content";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
    }
    return "Error";
}

}  // namespace mssops::http
