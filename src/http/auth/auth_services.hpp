#pragma once

#include "app/account_manager.hpp"
#include "app/password_hash.hpp"
#include "http/auth/session_authenticator.hpp"
#include "http/auth/sign_in_service.hpp"
#include "http/auth/utc_time.hpp"
#include "store/store.hpp"

namespace mssops::http::auth {

/// How accounts behave on this server.
struct AuthSettings {
    app::auth::PasswordCost password_cost = app::auth::PasswordCost::standard();
    SignInSettings sign_in;
};

/// Everything sign-in needs, built once per server over one store: the account manager, the
/// sign-in service and the authenticator the dispatcher asks about every request.
class AuthServices {
public:
    AuthServices(store::Store& store, AuthSettings settings, Clock clock = system_clock());

    store::Store& store() { return store_; }
    app::auth::AccountManager& accounts() { return accounts_; }
    SignInService& sign_in() { return sign_in_; }
    SessionAuthenticator& authenticator() { return authenticator_; }
    /// The time by this server's clock.
    std::chrono::system_clock::time_point now() const { return clock_(); }

private:
    store::Store& store_;
    Clock clock_;
    app::auth::AccountManager accounts_;
    SignInService sign_in_;
    SessionAuthenticator authenticator_;
};

}  // namespace mssops::http::auth
