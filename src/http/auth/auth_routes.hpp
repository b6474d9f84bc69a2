#pragma once

#include "http/auth/auth_services.hpp"
#include "http/router.hpp"

namespace mssops::http::auth {

/// Registers sign-in and API tokens under /api/v1/auth (login, logout, me, tokens), the admin's
/// /api/v1/users and /api/v1/audit. `services` must outlive the router.
void add_auth_routes(Router& router, AuthServices& services);

/// The audit actor for a request's principal: "user:<name>".
store::Actor actor_of(const Request& request);

}  // namespace mssops::http::auth
