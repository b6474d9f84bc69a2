#include "http/auth/sign_in_service.hpp"

#include "app/password_hash.hpp"
#include "app/secret_token.hpp"

namespace mssops::http::auth {

using domain::Error;

namespace {

// An unknown user name is checked against this hash so that it takes as long as a wrong
// password: the time of the answer must not tell which names exist.
const std::string& decoy_hash() {
    static const std::string hash =
        app::auth::hash_password("decoy password for unknown names", app::auth::PasswordCost::standard())
            .value();
    return hash;
}

Error wrong_credentials() {
    return Error::unauthorized("wrong user name or password");
}

}  // namespace

SignInService::SignInService(store::AccountStore& accounts, SignInSettings settings, Clock clock)
    : accounts_(accounts), settings_(settings), clock_(std::move(clock)) {}

domain::Result<std::optional<Throttled>> SignInService::check_throttle(std::string_view user_name,
                                                                       std::string_view client) {
    const auto now = clock_();
    const std::string since = utc_text(now - settings_.throttle.window);
    auto tally = [](const store::FailedSignIns& failures) {
        return FailureTally{failures.count, parse_utc_text(failures.oldest_at),
                            parse_utc_text(failures.newest_at)};
    };
    SignInHistory history;
    auto on_account = accounts_.failed_sign_ins_for_user(user_name, since);
    if (!on_account) return on_account.error();
    history.on_account = tally(*on_account);
    auto pair = accounts_.failed_sign_ins_for_user_from_client(user_name, client, since);
    if (!pair) return pair.error();
    history.on_account_from_address = tally(*pair);
    // Requests whose address is unknown are not one shared bucket that one client could fill.
    if (!client.empty()) {
        auto from_address = accounts_.failed_sign_ins_from_client(client, since);
        if (!from_address) return from_address.error();
        history.from_address = tally(*from_address);
    }
    return throttle(settings_.throttle, history, now);
}

domain::Result<SignedIn> SignInService::sign_in(std::string_view user_name, std::string_view password,
                                                std::string_view client) {
    const auto now = clock_();
    auto user = accounts_.find_user(user_name);
    if (!user && user.error().code != domain::ErrorCode::not_found) return user.error();
    bool matches = false;
    if (user)
        matches = app::auth::verify_password(user->password_hash, password);
    else
        static_cast<void>(
            app::auth::verify_password(decoy_hash(), password));  // Only the time it takes matters.
    if (!matches || user->disabled) {
        if (auto recorded = accounts_.record_failed_sign_in(user_name, client, utc_text(now)); !recorded)
            return recorded.error();
        if (matches) return Error::unauthorized("user '" + user->name + "' is disabled; ask an admin");
        return wrong_credentials();
    }

    // Housekeeping rides on sign-ins, which are rare, rather than on every request.
    if (auto swept = accounts_.delete_expired_sessions(utc_text(now)); !swept) return swept.error();
    if (auto swept = accounts_.forget_failed_sign_ins(utc_text(now - settings_.throttle.window)); !swept)
        return swept.error();
    // The owner got in from an address that was allowed to try: the account's lock is lifted, while
    // other addresses' failures still count against them.
    if (auto cleared = accounts_.clear_failed_sign_ins(user_name, client); !cleared) return cleared.error();

    SignedIn signed_in;
    signed_in.session_token = app::auth::new_secret_token();
    signed_in.csrf_token = app::auth::new_secret_token();
    signed_in.expires_at = utc_text(now + settings_.session_lifetime);
    store::Session session;
    session.token_hash = app::auth::hash_secret_token(signed_in.session_token);
    session.csrf_token = signed_in.csrf_token;
    session.user = user->name;
    session.created_at = utc_text(now);
    session.expires_at = signed_in.expires_at;
    if (auto stored = accounts_.create_session(session); !stored) return stored.error();
    signed_in.user = std::move(user).value();
    return signed_in;
}

domain::Result<void> SignInService::sign_out(std::string_view session_token) {
    return accounts_.delete_session(app::auth::hash_secret_token(session_token));
}

}  // namespace mssops::http::auth
