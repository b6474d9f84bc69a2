#include "http/dispatcher.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <optional>
#include <random>

#include "http/problem.hpp"
#include "http/request_target.hpp"
#include "http/static_files.hpp"
#include "store/written_kinds.hpp"

namespace mssops::http {

using domain::Error;

namespace {

domain::AccessLevel level_of(Access access) {
    switch (access) {
        case Access::anyone:
            return domain::AccessLevel::anyone;
        case Access::reader:
            return domain::AccessLevel::reader;
        case Access::editor:
            return domain::AccessLevel::editor;
        case Access::admin:
            return domain::AccessLevel::admin;
    }
    return domain::AccessLevel::admin;
}

domain::Result<void> authorize_route(const Route& route, const domain::Principal& principal,
                                     domain::AnonymousReads anonymous_reads) {
    auto level = level_of(route.access);
    if (!(route.access == Access::editor && route.shared_edit_domain))
        return domain::authorize_access(principal, level, route.edit_domain, anonymous_reads);
    // Sources and countries belong to no one domain: an editor of any domain may write them.
    domain::Result<void> first =
        domain::authorize_access(principal, level, domain::EditDomain::force, anonymous_reads);
    if (first) return first;
    for (auto other :
         {domain::EditDomain::funding, domain::EditDomain::incidents, domain::EditDomain::council})
        if (domain::authorize_access(principal, level, other, anonymous_reads)) return {};
    return first;
}

std::string join(const std::vector<Method>& items) {
    std::string joined;
    for (const auto& item : items) joined += (joined.empty() ? "" : ", ") + std::string(to_text(item));
    return joined;
}

// Who a write came from, so that their next reads are never served a stale body.
std::string writer_of(const Request& request) {
    return request.principal.authenticated() ? request.principal.name : "@" + request.client;
}

// An export (?format=) is a file written for its caller, whose role decides its columns: never a
// cached view.
bool cached_view(const Route& route, const std::map<std::string, std::string>& query) {
    return route.cacheable && !(route.exports && query.count("format"));
}

bool is_api_path(std::string_view path) {
    return path == "/api" || path.rfind("/api/", 0) == 0;
}

}  // namespace

std::string request_id_for(std::string_view client_value) {
    bool usable = !client_value.empty() && client_value.size() <= 64;
    for (char c : client_value)
        usable = usable && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            c == '.' || c == '_' || c == '-');
    if (usable) return std::string(client_value);
    // A random prefix per process keeps ids from two runs apart in a shared log.
    static const unsigned prefix = std::random_device{}();
    static std::atomic<unsigned long long> counter{0};
    char id[32];
    std::snprintf(id, sizeof id, "%08x-%06llu", prefix, ++counter);
    return id;
}

Dispatcher::Dispatcher(const Router& router, Authenticator* authenticator, const StaticFiles* static_files,
                       domain::AnonymousReads anonymous_reads,
                       std::function<domain::Result<std::int64_t>()> store_changes,
                       ChangeFeed::KindsReader changed_kinds)
    : router_(router),
      authenticator_(authenticator),
      static_files_(static_files),
      anonymous_reads_(anonymous_reads),
      store_changes_(std::move(store_changes), std::move(changed_kinds)) {}

Response Dispatcher::handle(std::string_view target, Request& request) const {
    // The one top-level catch: a handler's exception is logged with the request id and the client
    // gets a 500 that reveals nothing of the internals.
    try {
        return route(target, request);
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "%s: unhandled exception: %s\n", request.request_id.c_str(), failure.what());
    } catch (...) {
        std::fprintf(stderr, "%s: unhandled exception of unknown type\n", request.request_id.c_str());
    }
    return problem_response(
        Error::internal("the server failed to answer; quote the request id when reporting it"),
        request.request_id);
}

RequestBody Dispatcher::request_body(Method method, std::string_view target) const {
    auto parsed = parse_request_target(target);
    if (!parsed) return RequestBody::in_memory;
    auto found = router_.match(method, parsed->path);
    if (!found || found->route == nullptr) return RequestBody::in_memory;
    return found->route->body;
}

std::optional<Response> Dispatcher::refuse_before_body(std::string_view target, Request& request) const {
    auto parsed = parse_request_target(target);
    if (!parsed) return std::nullopt;
    auto found = router_.match(request.method, parsed->path);
    if (!found || found->route == nullptr) return std::nullopt;
    const Route& route = *found->route;
    if (authenticator_ != nullptr) {
        auto principal = authenticator_->authenticate(request);
        if (principal)
            request.principal = std::move(principal).value();
        else if (route.access != Access::anyone)
            return problem_response(principal.error(), request.request_id);
    }
    if (auto allowed = authorize_route(route, request.principal, anonymous_reads_); !allowed)
        return problem_response(allowed.error(), request.request_id);
    return std::nullopt;
}

Response Dispatcher::route(std::string_view target, Request& request) const {
    auto parsed = parse_request_target(target);
    if (!parsed) return problem_response(parsed.error(), request.request_id);
    request.path = std::move(parsed->path);
    request.query = std::move(parsed->query);

    // HEAD is answered as GET; the session leaves the body out.
    const Method method = request.method == Method::head ? Method::get : request.method;
    auto found = router_.match(method, request.path);
    if (!found) return problem_response(found.error(), request.request_id);
    if (found->route != nullptr) {
        request.path_params = std::move(found->path_params);
        return run(*found->route, request);
    }
    if (!found->allowed_methods.empty()) {
        auto allowed = found->allowed_methods;
        if (std::find(allowed.begin(), allowed.end(), Method::get) != allowed.end())
            allowed.push_back(Method::head);
        Response response = protocol_problem(405,
                                             std::string(to_text(request.method)) + " is not allowed on " +
                                                 request.path + "; allowed: " + join(allowed),
                                             request.request_id);
        response.headers.emplace_back("Allow", join(allowed));
        return response;
    }
    if (static_files_ != nullptr && method == Method::get && !is_api_path(request.path)) {
        auto file = static_files_->serve(request);
        if (file) return std::move(file).value();
        return problem_response(file.error(), request.request_id);
    }
    return problem_response(
        Error::not_found("path", "no route for " + std::string(to_text(request.method)) + " " + request.path),
        request.request_id);
}

std::optional<Response> Dispatcher::answer_at_once(std::string_view target, Request& request) const {
    auto parsed = parse_request_target(target);
    if (!parsed) return handle(target, request);
    const Method method = request.method == Method::head ? Method::get : request.method;
    auto found = router_.match(method, parsed->path);
    // Refusals, static files and routes that do no store work are answered here and now.
    if (!found || found->route == nullptr || found->route->on_io_thread) return handle(target, request);
    if (method != Method::get || !cached_view(*found->route, parsed->query)) return std::nullopt;
    // handle() sets path, query and principal again when this finds nothing.
    request.path = std::move(parsed->path);
    request.query = std::move(parsed->query);
    std::optional<std::int64_t> changes;
    if (auto refused = admit(*found->route, request, changes)) return std::nullopt;
    if (!changes && store_changes_.watching()) return std::nullopt;
    return cache_.peek(cache_key(request), [&] { return !wrote_recently(request); });
}

std::optional<Response> Dispatcher::admit(const Route& route, Request& request,
                                          std::optional<std::int64_t>& changes) const {
    // One read of the store's change counter serves both caches; when the store cannot say whether
    // it changed, the request is answered without them.
    changes = store_changes_.follow(cache_);
    if (authenticator_ != nullptr) {
        if (changes)
            authenticator_->follow_store(*changes);
        else if (store_changes_.watching())
            authenticator_->forget();
        request.principal = {};  // answer_from_cache() may have set it for this request already.
        auto principal = authenticator_->authenticate(request);
        if (principal) {
            request.principal = std::move(principal).value();
        } else if (route.access != Access::anyone) {
            return problem_response(principal.error(), request.request_id);
        }
    }
    if (auto allowed = authorize_route(route, request.principal, anonymous_reads_); !allowed)
        return problem_response(allowed.error(), request.request_id);
    return std::nullopt;
}

Response Dispatcher::run(const Route& route, Request& request) const {
    std::optional<std::int64_t> changes;
    if (auto refused = admit(route, request, changes)) return std::move(*refused);

    if (route.method != Method::get) {
        // Notes left on this thread by an earlier request are not this one's.
        (void)store::take_written_kinds();
        // Whatever the handler answers, or if it throws: a sign-out or a revoked token must not
        // outlive its request, nor a cached view the write it made.
        struct AfterWrite {
            const Dispatcher& dispatcher;
            const Request& request;
            ~AfterWrite() { dispatcher.after_write(request); }
        } after_write{*this, request};
        auto response = route.handler(request);
        if (!response) return problem_response(response.error(), request.request_id);
        return std::move(response).value();
    }
    if (cached_view(route, request.query) && (changes || !store_changes_.watching()))
        return run_cached(route, request);
    auto response = route.handler(request);
    if (!response) return problem_response(response.error(), request.request_id);
    return std::move(response).value();
}

Response Dispatcher::run_cached(const Route& route, Request& request) const {
    const std::string key = cache_key(request);
    auto found = cache_.lookup(key, route.reads, [&] { return !wrote_recently(request); });
    if (found.response) return std::move(*found.response);
    Response response;
    try {
        auto computed = route.handler(request);
        response =
            computed ? std::move(computed).value() : problem_response(computed.error(), request.request_id);
    } catch (...) {
        // The requests waiting for this computation get the answer a failure gets.
        Response failed = problem_response(
            Error::internal("the server failed to answer; quote the request id when reporting it"),
            request.request_id);
        cache_.finish(found.flight, failed);
        throw;
    }
    cache_.finish(found.flight, response);
    return response;
}

void Dispatcher::after_write(const Request& request) const {
    auto kinds = store::take_written_kinds();
    cache_.invalidate(kinds);
    store_changes_.expire();
    if (authenticator_ != nullptr) authenticator_->forget();
    if (kinds.empty()) return;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(writers_mutex_);
    // Past a bound, forget writers whose second is over, so the map stays small.
    if (writers_.size() > 256)
        std::erase_if(writers_,
                      [now](const auto& writer) { return now - writer.second > std::chrono::seconds(1); });
    writers_[writer_of(request)] = now;
}

bool Dispatcher::wrote_recently(const Request& request) const {
    std::lock_guard lock(writers_mutex_);
    auto found = writers_.find(writer_of(request));
    return found != writers_.end() &&
           std::chrono::steady_clock::now() - found->second <= std::chrono::seconds(1);
}

}  // namespace mssops::http
