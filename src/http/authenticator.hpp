#pragma once

#include <cstdint>

#include "domain/principal.hpp"
#include "domain/result.hpp"
#include "http/route.hpp"

namespace mssops::http {

/// Says who is making a request: the server calls it before every route that is not Access::anyone,
/// then enforces the route's Access with the principal it returns.
class Authenticator {
public:
    virtual ~Authenticator() = default;

    /// The caller of `request`: an anonymous Principal when it presents no credentials;
    /// unauthorized when it presents credentials that are invalid or expired (or a cookie-borne
    /// write without its CSRF token); unavailable when the user store cannot be reached.
    virtual domain::Result<domain::Principal> authenticate(const Request& request) = 0;
    /// Told the store's change counter before each request: what it remembers of credentials must
    /// go when the store changed (a token revoked, a user disabled).
    virtual void follow_store(std::int64_t change_counter) {}
    /// Forgets what it remembers; called after every request that may have written (a sign-out).
    virtual void forget() {}
};

}  // namespace mssops::http
