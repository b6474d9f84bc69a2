#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "http/auth/sign_in_throttle.hpp"
#include "http/auth/utc_time.hpp"
#include "store/account_store.hpp"

namespace mssops::http::auth {

/// How long sessions last and how failed sign-ins are throttled (see throttle()).
struct SignInSettings {
    std::chrono::seconds session_lifetime = std::chrono::hours(12);
    ThrottleSettings throttle;
};

/// A new session: the user, the token for the cookie and the CSRF token for the page.
struct SignedIn {
    store::User user;
    std::string session_token;  // Goes into the cookie only; the store keeps its hash.
    std::string csrf_token;
    std::string expires_at;
};

/// Checks passwords, opens and closes sessions, and throttles failed sign-ins per account and per
/// address (throttle() decides; the store keeps the failures).
class SignInService {
public:
    SignInService(store::AccountStore& accounts, SignInSettings settings, Clock clock);

    /// Why and how long `client` must wait before trying to sign in as `user_name` again, or nullopt
    /// when it may try now. A client of "" (unknown address) has no address limit.
    domain::Result<std::optional<Throttled>> check_throttle(std::string_view user_name,
                                                            std::string_view client);

    /// Opens a session when the password matches, and clears the account's failures (see
    /// AccountStore::clear_failed_sign_ins). unauthorized "wrong user name or password" otherwise
    /// (the same for an unknown name), and the failure is counted.
    domain::Result<SignedIn> sign_in(std::string_view user_name, std::string_view password,
                                     std::string_view client);

    /// Ends the session whose token is `session_token`; an unknown token is not an error.
    domain::Result<void> sign_out(std::string_view session_token);

    const SignInSettings& settings() const { return settings_; }

private:
    store::AccountStore& accounts_;
    SignInSettings settings_;
    Clock clock_;
};

}  // namespace mssops::http::auth
