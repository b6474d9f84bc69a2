#pragma once

#include "http/auth/auth_services.hpp"
#include "http/router.hpp"

namespace mssops::http::auth {

/// Registers the admin's GET /api/v1/audit?kind=&record_id=&actor=&limit=&offset=, newest first.
void add_audit_routes(Router& router, AuthServices& services);

}  // namespace mssops::http::auth
