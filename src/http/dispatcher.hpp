#pragma once

#include <functional>
#include <optional>

#include <string>
#include <string_view>

#include "domain/access_policy.hpp"
#include "http/authenticator.hpp"
#include "http/change_watch.hpp"
#include "http/response_cache.hpp"
#include "http/route.hpp"
#include "http/router.hpp"

namespace mssops::http {

class StaticFiles;

/// Turns one request into one response, free of Beast: parses the target, routes, authenticates,
/// enforces the route's Access, runs the handler and maps any Error to problem+json. Falls back to
/// the dashboard's static files for GET paths outside /api. Caches the responses of cacheable
/// routes until the next request with another method than GET or HEAD. Never throws; thread-safe.
class Dispatcher {
public:
    /// `authenticator` may be null: every caller is then anonymous. `static_files` may be null.
    /// `store_changes`, when set, reads the store's change counter (Store::change_counter) so that
    /// cached reads are dropped after writes made outside this server, e.g. by the CLI (see
    /// ChangeWatch: read at most once a millisecond).
    Dispatcher(const Router& router, Authenticator* authenticator, const StaticFiles* static_files,
               domain::AnonymousReads anonymous_reads,
               std::function<domain::Result<std::int64_t>()> store_changes = {});

    /// Answers `request`, whose method, headers, body and request_id are set; `target` is the
    /// request line's target, which fills path and query.
    Response handle(std::string_view target, Request& request) const;

    /// Where the body of a request for `method` and `target` should go, read from its header before
    /// the body: the route's RequestBody, or in_memory when no route matches.
    RequestBody request_body(std::string_view method, std::string_view target) const;

    /// For a route that takes a file, before its body is read: the 401 or 403 the request will get, so
    /// a caller who may not import cannot make the server store a large body first. nullopt when the
    /// caller may go on (the full checks run again in handle()). `request` holds the header only.
    std::optional<Response> refuse_before_body(std::string_view target, Request& request) const;

private:
    Response route(std::string_view target, Request& request) const;
    Response run(const Route& route, Request& request) const;

    const Router& router_;
    Authenticator* authenticator_;
    const StaticFiles* static_files_;
    domain::AnonymousReads anonymous_reads_;
    ChangeWatch store_changes_;
    mutable ResponseCache cache_;
};

/// A request id: the client's X-Request-Id when it is 1-64 characters of [A-Za-z0-9._-], else a
/// fresh one unique within this process ("a3f1c2d4-000017").
std::string request_id_for(std::string_view client_value);

}  // namespace mssops::http
