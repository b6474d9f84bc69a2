#include "http/auth/auth_routes.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <charconv>

#include "domain/access_policy.hpp"

#include "app/account_json.hpp"
#include "app/secret_token.hpp"
#include "http/audit_actor.hpp"
#include "http/auth/audit_routes.hpp"
#include "http/auth/user_routes.hpp"
#include "http/problem.hpp"
#include "http/schemas/response_schemas.hpp"
#include "store/record_json.hpp"

namespace mssops::http::auth {

using domain::Error;
using domain::Result;

namespace {

Result<void> require_sign_in(const Request& request) {
    if (request.principal.authenticated()) return {};
    return Error::unauthorized("sign in first: the request carried no session cookie or API token");
}

// Secrets in a response must not linger in a browser or proxy cache.
Response private_json(const boost::json::object& body, int status = 200) {
    Response response = Response::json(boost::json::serialize(body), status);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

Result<Response> log_in(AuthServices& services, const Request& request) {
    auto body = store::parse_object(request.body, "request body");
    if (!body) return body.error();
    if (auto known = app::auth::only_members(*body, {"name", "password"}); !known) return known.error();
    auto name = app::auth::text_member(*body, "name", true);
    if (!name) return name.error();
    auto password = app::auth::text_member(*body, "password", true);
    if (!password) return password.error();

    // A throttled caller is refused before its password is checked, so guessing gains nothing.
    auto throttled = services.sign_in().check_throttle(**name, request.client);
    if (!throttled) return throttled.error();
    if (*throttled) {
        const std::string seconds = std::to_string((*throttled)->retry_after.count());
        const std::string why = (*throttled)->reason == ThrottleReason::address
                                    ? "too many failed sign-ins from this address"
                                    : "too many failed sign-ins for this user name from this address";
        Response response =
            protocol_problem(429, why + "; try again in " + seconds + " seconds", request.request_id);
        response.headers.emplace_back("Retry-After", seconds);
        return response;
    }
    auto signed_in = services.sign_in().sign_in(**name, **password, request.client);
    if (!signed_in) return signed_in.error();

    boost::json::object answer = app::auth::user_to_json(signed_in->user);
    answer["csrf_token"] = signed_in->csrf_token;
    answer["expires_at"] = signed_in->expires_at;
    Response response = private_json(answer);
    response.headers.emplace_back(
        "Set-Cookie", session_cookie_header(signed_in->session_token,
                                            services.sign_in().settings().session_lifetime.count()));
    return response;
}

Result<Response> log_out(AuthServices& services, const Request& request) {
    const std::string token = cookie_value(request.header("cookie"), session_cookie);
    if (!token.empty()) {
        auto session = services.store().accounts().find_session(app::auth::hash_secret_token(token),
                                                                utc_text(services.now()));
        if (!session && session.error().code != domain::ErrorCode::not_found) return session.error();
        // A live session ends only for a caller holding its CSRF token: a forged cross-site logout is
        // refused whole, the session and the cookie left as they were.
        if (session && !app::auth::same_secret(request.header("x-csrf-token"), session->csrf_token))
            return Error::forbidden(
                "signing out needs the X-CSRF-Token header holding the csrf_token that sign-in returned; "
                "the session stays open");
        if (session) {
            if (auto ended = services.sign_in().sign_out(token); !ended) return ended.error();
        }
    }
    // No session, or one already ended or expired: there is nothing left to end but the cookie.
    Response response = Response::json("", 204);
    response.headers.emplace_back("Set-Cookie", session_cookie_header("", 0));
    return response;
}

Result<Response> me(AuthServices& services, const Request& request) {
    if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
    boost::json::object answer = app::auth::principal_to_json(request.principal);
    // The cookie is HttpOnly, so a reloaded page learns its CSRF token here.
    const std::string token = cookie_value(request.header("cookie"), session_cookie);
    if (!token.empty() && request.header("authorization").empty()) {
        auto session = services.store().accounts().find_session(app::auth::hash_secret_token(token),
                                                                utc_text(services.now()));
        if (session) answer["csrf_token"] = session->csrf_token;
    }
    return private_json(answer);
}

Result<Response> create_token(AuthServices& services, const Request& request) {
    if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
    auto body = store::parse_object(request.body, "request body");
    if (!body) return body.error();
    if (auto known = app::auth::only_members(*body, {"name"}); !known) return known.error();
    auto label = app::auth::text_member(*body, "name", true);
    if (!label) return label.error();
    auto issued = services.accounts().issue_token(request.principal.name, **label, actor_of(request));
    if (!issued) {
        Error error = issued.error();
        if (error.field == "label") error.field = "name";
        return error;
    }
    boost::json::object answer = app::auth::token_to_json(issued->token);
    answer["token"] = issued->secret;
    return private_json(answer, 201);
}

Result<Response> list_tokens(AuthServices& services, const Request& request) {
    if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
    auto tokens = services.store().accounts().list_tokens(request.principal.name);
    if (!tokens) return tokens.error();
    boost::json::array items;
    for (const auto& token : *tokens) items.push_back(app::auth::token_to_json(token));
    return Response::json(boost::json::serialize(boost::json::object{{"items", std::move(items)}}));
}

Result<Response> revoke_token(AuthServices& services, const Request& request) {
    if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
    const std::string& text = request.path_params.at("id");
    std::int64_t id = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (failure != std::errc() || end != text.data() + text.size() || id <= 0)
        return Error::invalid("id", "must be a positive whole number, got '" + text.substr(0, 32) + "'");
    auto tokens = services.store().accounts().list_tokens(request.principal.name);
    if (!tokens) return tokens.error();
    const bool own =
        std::any_of(tokens->begin(), tokens->end(), [&](const auto& token) { return token.id == id; });
    // Someone else's token is reported as missing, not forbidden, so ids do not reveal other users' tokens.
    if (!own && !domain::has_role(request.principal, domain::Role::admin))
        return Error::not_found("id", "you have no API token with id " + text);
    auto revoked = services.store().accounts().revoke_token(id, actor_of(request));
    if (!revoked) return revoked.error();
    return Response::json(boost::json::serialize(app::auth::token_to_json(*revoked)));
}

Route route(Method method, std::string pattern, Access access, Handler handler, OperationDoc doc) {
    return tagged_route(method, std::move(pattern), access, std::move(handler), std::move(doc), "auth");
}

}  // namespace

store::Actor actor_of(const Request& request) {
    return http::actor_of(request.principal);
}

void add_auth_routes(Router& router, AuthServices& services) {
    auto bind = [&services](Result<Response> (*handler)(AuthServices&, const Request&)) -> Handler {
        return [&services, handler](const Request& request) { return handler(services, request); };
    };
    // Sign-in creates a session, not a resource the caller addresses: 200, not 201.
    router.add(
        route(Method::post, "/api/v1/auth/login", Access::anyone, bind(log_in),
              {.summary = "Sign in with {name, password}: sets the session cookie and returns the CSRF token",
               .response_schema = "SignedInUser"}));
    router.add(route(Method::post, "/api/v1/auth/logout", Access::anyone, bind(log_out),
                     {.summary = "End the session", .success_status = 204}));
    router.add(route(Method::get, "/api/v1/auth/me", Access::reader, bind(me),
                     {.summary = "The signed-in user", .response_schema = "Me"}));
    router.add(route(Method::post, "/api/v1/auth/tokens", Access::reader, bind(create_token),
                     {.summary = "Create an API token {name}; the token is returned once",
                      .request_schema = "TokenRequest",
                      .response_schema = "NewApiToken"}));
    router.add(route(Method::get, "/api/v1/auth/tokens", Access::reader, bind(list_tokens),
                     {.summary = "Your API tokens", .response_schema = "ApiTokens"}));
    router.add(route(
        Method::delete_, "/api/v1/auth/tokens/{id}", Access::reader, bind(revoke_token),
        {.summary = "Revoke one of your API tokens (an admin: anyone's)", .response_schema = "ApiToken"}));
    add_user_routes(router, services);
    add_audit_routes(router, services);
    add_auth_schemas(router);
}

}  // namespace mssops::http::auth
