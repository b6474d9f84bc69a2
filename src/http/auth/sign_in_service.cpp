#include "http/auth/sign_in_service.hpp"

#include <algorithm>

#include "http/auth/password_hash.hpp"
#include "http/auth/secret_token.hpp"

namespace mssops::http::auth {

using domain::Error;
using std::chrono::seconds;

namespace {

// An unknown user name is checked against this hash so that it takes as long as a wrong
// password: the time of the answer must not tell which names exist.
const std::string& decoy_hash() {
    static const std::string hash =
        hash_password("decoy password for unknown names", PasswordCost::standard()).value();
    return hash;
}

Error wrong_credentials() {
    return Error::unauthorized("wrong user name or password");
}

}  // namespace

SignInService::SignInService(store::AccountStore& accounts, SignInSettings settings, Clock clock)
    : accounts_(accounts), settings_(settings), clock_(std::move(clock)) {}

domain::Result<std::optional<seconds>> SignInService::retry_after(std::string_view user_name,
                                                                  std::string_view client) {
    const auto now = clock_();
    const std::string since = utc_text(now - settings_.failure_window);
    std::optional<seconds> wait;
    auto consider = [&](const store::FailedSignIns& failures) {
        if (failures.count < settings_.max_failures) return;
        const auto oldest = parse_utc_text(failures.oldest_at).value_or(now);
        // The window slides: the oldest counted failure leaves it first.
        const auto until = std::chrono::ceil<seconds>(oldest + settings_.failure_window - now);
        const seconds at_least = std::max(until, seconds(1));
        wait = std::max(wait.value_or(seconds(0)), at_least);
    };
    auto by_user = accounts_.failed_sign_ins_for_user(user_name, since);
    if (!by_user) return by_user.error();
    consider(*by_user);
    if (!client.empty()) {
        auto by_client = accounts_.failed_sign_ins_from_client(client, since);
        if (!by_client) return by_client.error();
        consider(*by_client);
    }
    return wait;
}

domain::Result<SignedIn> SignInService::sign_in(std::string_view user_name, std::string_view password,
                                                std::string_view client) {
    const auto now = clock_();
    auto user = accounts_.find_user(user_name);
    if (!user && user.error().code != domain::ErrorCode::not_found) return user.error();
    bool matches = false;
    if (user)
        matches = verify_password(user->password_hash, password);
    else
        static_cast<void>(verify_password(decoy_hash(), password));  // Only the time it takes matters.
    if (!matches || user->disabled) {
        if (auto recorded = accounts_.record_failed_sign_in(user_name, client, utc_text(now)); !recorded)
            return recorded.error();
        if (matches) return Error::unauthorized("user '" + user->name + "' is disabled; ask an admin");
        return wrong_credentials();
    }

    // Housekeeping rides on sign-ins, which are rare, rather than on every request.
    if (auto swept = accounts_.delete_expired_sessions(utc_text(now)); !swept) return swept.error();
    if (auto swept = accounts_.forget_failed_sign_ins(utc_text(now - settings_.failure_window)); !swept)
        return swept.error();

    SignedIn signed_in;
    signed_in.session_token = new_secret_token();
    signed_in.csrf_token = new_secret_token();
    signed_in.expires_at = utc_text(now + settings_.session_lifetime);
    store::Session session;
    session.token_hash = hash_secret_token(signed_in.session_token);
    session.csrf_token = signed_in.csrf_token;
    session.user = user->name;
    session.created_at = utc_text(now);
    session.expires_at = signed_in.expires_at;
    if (auto stored = accounts_.create_session(session); !stored) return stored.error();
    signed_in.user = std::move(user).value();
    return signed_in;
}

domain::Result<void> SignInService::sign_out(std::string_view session_token) {
    return accounts_.delete_session(hash_secret_token(session_token));
}

}  // namespace mssops::http::auth
