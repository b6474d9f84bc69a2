#include "http/auth/auth_services.hpp"

namespace mssops::http::auth {

AuthServices::AuthServices(store::Store& store, AuthSettings settings, Clock clock)
    : store_(store),
      clock_(clock),
      accounts_(store.accounts(), settings.password_cost),
      sign_in_(store.accounts(), settings.sign_in, clock),
      authenticator_(store.accounts(), clock) {}

}  // namespace mssops::http::auth
