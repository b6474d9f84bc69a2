#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

#include <string>
#include <string_view>
#include <unordered_map>

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
/// routes until a write to a kind they read (Route::reads): a write request drops the views of the
/// kinds it wrote before it answers, so the writer's next read is fresh; writes by other processes
/// are followed through the store's change feed (ChangeFeed). A view missing from the cache is
/// computed once however many ask (ResponseCache); a caller that wrote in the last second is never
/// served a stale body. Never throws; thread-safe.
class Dispatcher {
public:
    /// `authenticator` may be null: every caller is then anonymous. `static_files` may be null.
    /// `store_changes`, when set, reads the store's change counter (Store::change_counter) so that
    /// cached reads are dropped after writes made outside this server, e.g. by the CLI (see
    /// ChangeWatch: read at most once a millisecond).
    /// `changed_kinds` (Store::changed_kinds) says which kinds moved, so only the views that read
    /// them are dropped; without it any change drops every view.
    Dispatcher(const Router& router, Authenticator* authenticator, const StaticFiles* static_files,
               domain::AnonymousReads anonymous_reads,
               std::function<domain::Result<std::int64_t>()> store_changes = {},
               ChangeFeed::KindsReader changed_kinds = {});

    /// Answers `request`, whose method, headers, body and request_id are set; `target` is the
    /// request line's target, which fills path and query.
    Response handle(std::string_view target, Request& request) const;

    /// Where the body of a request for `method` and `target` should go, read from its header before
    /// the body: the route's RequestBody, or in_memory when no route matches.
    RequestBody request_body(Method method, std::string_view target) const;

    /// For a route that takes a file, before its body is read: the 401 or 403 the request will get, so
    /// a caller who may not import cannot make the server store a large body first. nullopt when the
    /// caller may go on (the full checks run again in handle()). `request` holds the header only.
    std::optional<Response> refuse_before_body(std::string_view target, Request& request) const;

    /// The answer to `request` when it costs no store work: a cached view (fresh, or stale within
    /// the lag while another request computes it) the caller may read, a route marked on_io_thread,
    /// a static file or a refusal; none otherwise (then handle() answers, on a worker). Never
    /// computes a view nor waits, so the io threads may call it.
    std::optional<Response> answer_at_once(std::string_view target, Request& request) const;

private:
    Response route(std::string_view target, Request& request) const;
    /// Authenticates and authorises `request` for `route`: a refusal to send, or none. Sets
    /// `changes` to the store's change counter, followed by the caches.
    std::optional<Response> admit(const Route& route, Request& request,
                                  std::optional<std::int64_t>& changes) const;
    Response run(const Route& route, Request& request) const;
    Response run_cached(const Route& route, Request& request) const;
    /// Drops the views of the kinds the request just wrote and remembers its caller as a writer.
    void after_write(const Request& request) const;
    bool wrote_recently(const Request& request) const;

    const Router& router_;
    Authenticator* authenticator_;
    const StaticFiles* static_files_;
    domain::AnonymousReads anonymous_reads_;
    ChangeFeed store_changes_;
    mutable ResponseCache cache_;
    mutable std::mutex writers_mutex_;
    // Callers (user name, or the address of an anonymous one) by the time of their last write.
    mutable std::unordered_map<std::string, std::chrono::steady_clock::time_point> writers_;
};

/// A request id: the client's X-Request-Id when it is 1-64 characters of [A-Za-z0-9._-], else a
/// fresh one unique within this process ("a3f1c2d4-000017").
std::string request_id_for(std::string_view client_value);

}  // namespace mssops::http
