#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/principal.hpp"
#include "domain/result.hpp"
#include "http/method.hpp"

namespace mssops::http {

class UploadFile;

/// A request as handlers see it, free of Beast types so handler files compile fast.
struct Request {
    Method method = Method::get;                     // Parsed once from the request line.
    std::string path;                                // Percent-encoded path, without the query.
    std::map<std::string, std::string> query;        // Decoded query parameters (last one wins).
    std::map<std::string, std::string> headers;      // Lower-case names.
    std::map<std::string, std::string> path_params;  // {"slug": "mss-haiti"} from "/missions/{slug}".
    std::string body;
    std::string body_file;  // For a route taking a file (RequestBody::file): where the body is; body is "".
    std::string request_id;
    // The client's IP address ("127.0.0.1"): the peer's, or behind a trusted proxy the one it forwarded
    // (see client_address()); sign-in throttling counts by it.
    std::string client;
    domain::Principal principal;  // Set by authentication before the handler runs.

    /// The query parameter, or `fallback`.
    std::string query_or(std::string_view name, std::string fallback = {}) const;
    /// The header (lower-case name), or "".
    std::string header(std::string_view name) const;
};

/// A response to send: status, content type, body and extra headers.
struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    // When set, sent instead of `body` without a copy: static files and cached responses share it.
    std::shared_ptr<const std::string> shared_body;
    // When set, the body is this file's content, streamed from disk (exports of any size); the file
    // is removed once the last holder lets go. Such a response is never cached.
    std::shared_ptr<const UploadFile> body_file;

    /// The bytes to send: shared_body when set, else body.
    std::string_view payload() const {
        return shared_body ? std::string_view(*shared_body) : std::string_view(body);
    }

    static Response json(std::string body, int status = 200);
};

/// Who may call a route. Per-record rules (a liaison's own country) are checked by the handler.
enum class Access {
    anyone,  // Health, OpenAPI, sign-in, the dashboard's static files.
    reader,  // Any signed-in user; anonymous too when the server allows anonymous reads.
    editor,  // A user who may write the route's edit domain (or admin); the handler checks the record.
    admin,
};

/// A query parameter as the OpenAPI document describes it.
struct ParameterDoc {
    std::string name;
    std::string description;
    std::string type = "string";  // OpenAPI scalar type.
    bool required = false;
};

/// What the OpenAPI document says of a route.
struct OperationDoc {
    std::string summary;
    std::string tag;                  // Groups routes: "records", "force", "council", "funding"...
    std::vector<ParameterDoc> query;  // Path parameters are read from the pattern.
    std::string request_schema;       // A components/schemas name, or "" for no body.
    // The components/schemas name of the JSON body of a success (each item's, for a list); every JSON
    // route names one, so the document describes what it really returns.
    std::string response_schema;
    bool response_is_list = false;  // The body is a page: {items: [response_schema], total, limit, offset}.
    // For a route whose success is not JSON (a report, a feed, a file): its content types, the first
    // one the default. Empty for JSON.
    std::vector<std::string> response_types;
    int success_status = 0;  // 0: 201 for a POST with a request body, else 200.
};

/// Where a route's request body goes: into memory up to the server's body limit, or, for imports, to
/// a temporary file on disk up to the server's import limit.
enum class RequestBody { in_memory, file };

/// A handler turns a request into a response, or an Error that becomes problem+json.
using Handler = std::function<domain::Result<Response>(const Request&)>;

/// One route: method, pattern with {parameters}, access rule, handler and its documentation.
struct Route {
    Method method = Method::get;
    std::string pattern;  // "/api/v1/missions/{slug}/summary"
    Access access = Access::reader;
    domain::EditDomain edit_domain = domain::EditDomain::force;  // For Access::editor.
    bool shared_edit_domain = false;  // Access::editor for any domain's editor (sources, countries).
    // A GET whose response depends only on the path, the query and the stored data (not on the
    // caller): the dispatcher keeps its 200 responses until a write to a kind in `reads`.
    bool cacheable = false;
    RequestBody body = RequestBody::in_memory;
    // A list whose ?format= downloads a file for its caller (http/export_response.hpp): such a
    // request is computed each time, never served from nor kept in the cache.
    bool exports = false;
    // The kinds of record a cacheable route's response is computed from ("deployment_events",
    // "incidents", "admin_units"...): a write to another kind keeps it cached. Empty: every kind.
    std::vector<std::string> reads;
    // Answered on the connection's io thread, never queued behind store work: for handlers that
    // do none (liveness).
    bool on_io_thread = false;
    Handler handler;
    OperationDoc doc;
};

/// A route from its method, pattern, access rule and handler, documented by `doc` under `tag`; the
/// caller sets the rest (edit domain, caching) on what it returns.
Route tagged_route(Method method, std::string pattern, Access access, Handler handler, OperationDoc doc,
                   std::string tag);

}  // namespace mssops::http
