#include "http/auth/session_authenticator.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "app/secret_token.hpp"
#include "domain/ascii_text.hpp"

namespace mssops::http::auth {

using domain::Error;

namespace {

using domain::trim_blanks;

// Writing last_used_at on every request would queue each API call behind the store's writers;
// a minute's precision is enough to tell a live token from a forgotten one.
constexpr auto touch_interval = std::chrono::minutes(1);

bool is_write(Method method) {
    return method == Method::post || method == Method::put || method == Method::patch ||
           method == Method::delete_;
}

}  // namespace

std::string cookie_value(std::string_view cookie_header, std::string_view name) {
    while (!cookie_header.empty()) {
        const std::size_t end = cookie_header.find(';');
        const std::string_view pair = trim_blanks(cookie_header.substr(0, end));
        const std::size_t equals = pair.find('=');
        if (equals != std::string_view::npos && trim_blanks(pair.substr(0, equals)) == name)
            return std::string(trim_blanks(pair.substr(equals + 1)));
        if (end == std::string_view::npos) break;
        cookie_header.remove_prefix(end + 1);
    }
    return {};
}

std::string session_cookie_header(std::string_view session_token, long long max_age_seconds) {
    return std::string(session_cookie) + "=" + std::string(session_token) +
           "; HttpOnly; SameSite=Strict; Path=/; Max-Age=" + std::to_string(max_age_seconds);
}

SessionAuthenticator::SessionAuthenticator(store::AccountStore& accounts, Clock clock)
    : accounts_(accounts), clock_(std::move(clock)) {}

domain::Result<domain::Principal> SessionAuthenticator::authenticate(const Request& request) {
    const std::string authorization = request.header("authorization");
    if (!authorization.empty()) {
        // RFC 9110 section 11.1: the scheme name is case-insensitive.
        constexpr std::string_view scheme = "bearer ";
        const bool bearer =
            authorization.size() > scheme.size() &&
            std::equal(scheme.begin(), scheme.end(), authorization.begin(), [](char want, char got) {
                return want == std::tolower(static_cast<unsigned char>(got));
            });
        if (!bearer) return Error::unauthorized("the Authorization header must be \"Bearer <API token>\"");
        return by_token(trim_blanks(std::string_view(authorization).substr(scheme.size())));
    }
    const std::string session_token = cookie_value(request.header("cookie"), session_cookie);
    if (!session_token.empty()) return by_session(session_token, request);
    return domain::Principal{};
}

domain::Result<domain::Principal> SessionAuthenticator::by_token(std::string_view token) {
    const std::string hash = app::auth::hash_secret_token(token);
    const auto now = clock_();
    auto known = known_.find(hash, now);
    if (!known) {
        const auto generation = known_.generation();
        auto found = accounts_.find_token(hash);
        if (!found) {
            if (found.error().code == domain::ErrorCode::not_found)
                return Error::unauthorized(
                    "the API token is not known; create one with POST /api/v1/auth/tokens");
            return found.error();
        }
        if (found->revoked)
            return Error::unauthorized("the API token '" + found->label + "' has been revoked");
        auto principal = principal_of(found->user);
        if (!principal) return principal.error();
        known = KnownCredential{.principal = std::move(principal).value(),
                                .token_id = found->id,
                                .last_used_at = found->last_used_at,
                                .read_at = now};
        known_.keep(hash, *known, generation);
    }
    const auto last_used = parse_utc_text(known->last_used_at);
    if (!last_used || now - *last_used >= touch_interval) {
        if (auto touched = accounts_.touch_token(known->token_id, utc_text(now)); !touched)
            return touched.error();
        known->last_used_at = utc_text(now);
        known_.keep(hash, *known, known_.generation());
    }
    return std::move(known->principal);
}

domain::Result<domain::Principal> SessionAuthenticator::by_session(std::string_view session_token,
                                                                   const Request& request) {
    const std::string hash = app::auth::hash_secret_token(session_token);
    const std::string now = utc_text(clock_());
    auto known = known_.find(hash, clock_());
    if (!known || known->expires_at <= now) {
        const auto generation = known_.generation();
        auto session = accounts_.find_session(hash, now);
        if (!session) {
            if (session.error().code == domain::ErrorCode::not_found)
                return Error::unauthorized("the session has ended or expired; sign in again");
            return session.error();
        }
        auto principal = principal_of(session->user);
        if (!principal) return principal.error();
        known = KnownCredential{.principal = std::move(principal).value(),
                                .csrf_token = session->csrf_token,
                                .expires_at = session->expires_at,
                                .read_at = clock_()};
        known_.keep(hash, *known, generation);
    }
    if (is_write(request.method) &&
        !app::auth::same_secret(request.header("x-csrf-token"), known->csrf_token))
        return Error::unauthorized(
            "a change made with the session cookie needs the X-CSRF-Token header "
            "holding the csrf_token that sign-in returned");
    return std::move(known->principal);
}

domain::Result<domain::Principal> SessionAuthenticator::principal_of(std::string_view user_name) {
    auto user = accounts_.find_user(user_name);
    if (!user) {
        if (user.error().code == domain::ErrorCode::not_found)
            return Error::unauthorized("the user '" + std::string(user_name) + "' no longer exists");
        return user.error();
    }
    if (user->disabled) return Error::unauthorized("the user '" + user->name + "' is disabled; ask an admin");
    return domain::Principal{user->name, user->roles, user->domains, user->country};
}

}  // namespace mssops::http::auth
