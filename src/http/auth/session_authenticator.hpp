#pragma once

#include <string>
#include <string_view>

#include "http/auth/credential_cache.hpp"
#include "http/auth/utc_time.hpp"
#include "http/authenticator.hpp"
#include "store/account_store.hpp"

namespace mssops::http::auth {

/// The session cookie's name.
inline constexpr std::string_view session_cookie = "mssops_session";

/// Authenticates by the session cookie a sign-in sets, or by "Authorization: Bearer <API token>".
/// A write (POST, PUT, PATCH, DELETE) carried by the cookie must also send the session's CSRF token
/// in X-CSRF-Token: a browser adds the cookie to a forged cross-site request, but not the header.
/// What the store says of a credential is remembered briefly (CredentialCache), so a request with a
/// known credential reads no account tables.
class SessionAuthenticator final : public Authenticator {
public:
    SessionAuthenticator(store::AccountStore& accounts, Clock clock);

    domain::Result<domain::Principal> authenticate(const Request& request) override;
    void follow_store(std::int64_t change_counter) override { known_.follow_store(change_counter); }
    void forget() override { known_.clear(); }

private:
    domain::Result<domain::Principal> by_token(std::string_view token);
    domain::Result<domain::Principal> by_session(std::string_view session_token, const Request& request);
    domain::Result<domain::Principal> principal_of(std::string_view user_name);

    store::AccountStore& accounts_;
    Clock clock_;
    CredentialCache known_;
};

/// The value of the cookie `name` in a Cookie header ("a=1; mssops_session=xyz"), or "".
std::string cookie_value(std::string_view cookie_header, std::string_view name);

/// The Set-Cookie value that stores `session_token` for `max_age_seconds` (0 clears it):
/// HttpOnly so scripts cannot read it, SameSite=Strict so other sites cannot send it.
std::string session_cookie_header(std::string_view session_token, long long max_age_seconds);

}  // namespace mssops::http::auth
