#include "http/auth/user_routes.hpp"

#include <boost/json/serialize.hpp>

#include "app/account_json.hpp"
#include "http/auth/auth_routes.hpp"
#include "store/record_json.hpp"

namespace mssops::http::auth {

using domain::Result;

namespace {

Result<Response> list_users(AuthServices& services, const Request&) {
    auto users = services.store().accounts().list_users();
    if (!users) return users.error();
    boost::json::array items;
    for (const auto& user : *users) items.push_back(app::auth::user_to_json(user));
    const auto total = static_cast<std::int64_t>(items.size());
    return Response::json(
        boost::json::serialize(boost::json::object{{"items", std::move(items)}, {"total", total}}));
}

Result<Response> add_user(AuthServices& services, const Request& request) {
    auto body = store::parse_object(request.body, "request body");
    if (!body) return body.error();
    auto account = app::auth::new_account_from_json(*body);
    if (!account) return account.error();
    auto user = services.accounts().add_user(*account, actor_of(request));
    if (!user) return user.error();
    return Response::json(boost::json::serialize(app::auth::user_to_json(*user)), 201);
}

Result<Response> change_user(AuthServices& services, const Request& request) {
    auto body = store::parse_object(request.body, "request body");
    if (!body) return body.error();
    auto change = app::auth::account_change_from_json(*body);
    if (!change) return change.error();
    auto user = services.accounts().change_user(request.path_params.at("name"), *change, actor_of(request));
    if (!user) return user.error();
    return Response::json(boost::json::serialize(app::auth::user_to_json(*user)));
}

Route admin_route(Method method, std::string pattern, Handler handler, OperationDoc doc) {
    return tagged_route(method, std::move(pattern), Access::admin, std::move(handler), std::move(doc),
                        "users");
}

}  // namespace

void add_user_routes(Router& router, AuthServices& services) {
    auto bind = [&services](Result<Response> (*handler)(AuthServices&, const Request&)) -> Handler {
        return [&services, handler](const Request& request) { return handler(services, request); };
    };
    router.add(admin_route(Method::get, "/api/v1/users", bind(list_users),
                           {.summary = "Every user account", .response_schema = "Users"}));
    router.add(admin_route(Method::post, "/api/v1/users", bind(add_user),
                           {.summary = "Create a user {name, password, roles, domains?, country?}",
                            .request_schema = "NewUser",
                            .response_schema = "UserAccount"}));
    router.add(
        admin_route(Method::patch, "/api/v1/users/{name}", bind(change_user),
                    {.summary = "Change a user's password (which ends its sessions and revokes its API "
                                "tokens unless keep_tokens is true), roles, domains, country or "
                                "disabled flag",
                     .request_schema = "UserChange",
                     .response_schema = "UserAccount"}));
}

}  // namespace mssops::http::auth
