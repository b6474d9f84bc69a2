#pragma once

#include "http/auth/auth_services.hpp"
#include "http/router.hpp"

namespace mssops::http::auth {

/// Registers the admin's GET and POST /api/v1/users and PATCH /api/v1/users/{name}.
void add_user_routes(Router& router, AuthServices& services);

}  // namespace mssops::http::auth
