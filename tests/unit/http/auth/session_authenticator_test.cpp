#include "http/auth/session_authenticator.hpp"

#include <gtest/gtest.h>

#include "app/account_manager.hpp"
#include "app/secret_token.hpp"
#include "http/auth/sign_in_service.hpp"
#include "unit/http/auth/temporary_store.hpp"

namespace mssops::http::auth {
namespace {

using namespace std::chrono_literals;
using domain::ErrorCode;
using domain::Role;

class SessionAuthenticatorTest : public ::testing::Test {
protected:
    void SetUp() override {
        now_ = *parse_utc_text("2026-03-01T09:00:00Z");
        app::auth::AccountManager manager(accounts(), app::auth::PasswordCost::fast());
        auto added =
            manager.add_user(app::auth::NewAccount{"jm", "liaison's password", {Role::liaison}, {}, "JAM"},
                             store::Actor{"test"});
        ASSERT_TRUE(added) << added.error().message;
        auto token = manager.issue_token("jm", "script", store::Actor{"test"});
        ASSERT_TRUE(token);
        api_token_ = token->secret;
        SignInService signing(accounts(), SignInSettings{}, clock());
        auto signed_in = signing.sign_in("jm", "liaison's password", "10.0.0.1");
        ASSERT_TRUE(signed_in);
        session_ = signed_in->session_token;
        csrf_ = signed_in->csrf_token;
    }

    store::AccountStore& accounts() { return temporary_.store().accounts(); }
    Clock clock() {
        return [this] { return now_; };
    }
    Request request(std::string method, std::map<std::string, std::string> headers) {
        Request made;
        made.method = method_from_text(method);
        made.headers = std::move(headers);
        return made;
    }

    TemporaryStore temporary_;
    std::chrono::system_clock::time_point now_;
    std::string api_token_;
    std::string session_;
    std::string csrf_;
};

TEST_F(SessionAuthenticatorTest, treats_a_request_without_credentials_as_anonymous) {
    SessionAuthenticator authenticator(accounts(), clock());
    auto principal = authenticator.authenticate(request("GET", {}));
    ASSERT_TRUE(principal);
    EXPECT_FALSE(principal->authenticated());
}

TEST_F(SessionAuthenticatorTest, knows_the_user_of_a_session_cookie) {
    SessionAuthenticator authenticator(accounts(), clock());
    auto principal =
        authenticator.authenticate(request("GET", {{"cookie", "theme=dark; mssops_session=" + session_}}));
    ASSERT_TRUE(principal) << principal.error().message;
    EXPECT_EQ(principal->name, "jm");
    EXPECT_EQ(principal->roles, std::vector<Role>{Role::liaison});
    EXPECT_EQ(principal->country, "JAM");
}

TEST_F(SessionAuthenticatorTest, refuses_a_cookie_write_without_the_csrf_token) {
    SessionAuthenticator authenticator(accounts(), clock());
    auto refused = authenticator.authenticate(request("POST", {{"cookie", "mssops_session=" + session_}}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::unauthorized);
    EXPECT_EQ(refused.error().message,
              "a change made with the session cookie needs the X-CSRF-Token header holding "
              "the csrf_token that sign-in returned");
    auto wrong = authenticator.authenticate(
        request("DELETE", {{"cookie", "mssops_session=" + session_}, {"x-csrf-token", csrf_ + "x"}}));
    EXPECT_FALSE(wrong);
    auto accepted = authenticator.authenticate(
        request("PATCH", {{"cookie", "mssops_session=" + session_}, {"x-csrf-token", csrf_}}));
    EXPECT_TRUE(accepted);
}

TEST_F(SessionAuthenticatorTest, refuses_an_expired_session) {
    SessionAuthenticator authenticator(accounts(), clock());
    now_ += 12h;
    auto refused = authenticator.authenticate(request("GET", {{"cookie", "mssops_session=" + session_}}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "the session has ended or expired; sign in again");
}

TEST_F(SessionAuthenticatorTest, accepts_a_bearer_token_for_writes_without_csrf) {
    SessionAuthenticator authenticator(accounts(), clock());
    auto principal = authenticator.authenticate(request("POST", {{"authorization", "Bearer " + api_token_}}));
    ASSERT_TRUE(principal) << principal.error().message;
    EXPECT_EQ(principal->name, "jm");
    auto token = accounts().find_token(app::auth::hash_secret_token(api_token_));
    ASSERT_TRUE(token);
    EXPECT_EQ(token->last_used_at, "2026-03-01T09:00:00Z");
}

TEST_F(SessionAuthenticatorTest, refuses_an_unknown_or_revoked_token) {
    SessionAuthenticator authenticator(accounts(), clock());
    auto unknown = authenticator.authenticate(request("GET", {{"authorization", "Bearer mss_nothing"}}));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message,
              "the API token is not known; create one with POST /api/v1/auth/tokens");
    auto token = accounts().find_token(app::auth::hash_secret_token(api_token_));
    ASSERT_TRUE(accounts().revoke_token(token->id, store::Actor{"test"}));
    auto revoked = authenticator.authenticate(request("GET", {{"authorization", "Bearer " + api_token_}}));
    ASSERT_FALSE(revoked);
    EXPECT_EQ(revoked.error().message, "the API token 'script' has been revoked");
}

TEST_F(SessionAuthenticatorTest, refuses_another_authorization_scheme) {
    SessionAuthenticator authenticator(accounts(), clock());
    auto refused = authenticator.authenticate(request("GET", {{"authorization", "Basic am06cGFzcw=="}}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "the Authorization header must be \"Bearer <API token>\"");
}

TEST_F(SessionAuthenticatorTest, refuses_a_disabled_users_token) {
    SessionAuthenticator authenticator(accounts(), clock());
    ASSERT_TRUE(accounts().update_user("jm", store::UserChange{.disabled = true}, store::Actor{"test"}));
    auto refused = authenticator.authenticate(request("GET", {{"authorization", "Bearer " + api_token_}}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "the user 'jm' is disabled; ask an admin");
}

TEST_F(SessionAuthenticatorTest, refuses_a_remembered_token_once_told_the_store_changed) {
    SessionAuthenticator authenticator(accounts(), clock());
    const auto bearer = request("GET", {{"authorization", "Bearer " + api_token_}});
    authenticator.follow_store(*temporary_.store().change_counter());
    ASSERT_TRUE(authenticator.authenticate(bearer));
    auto token = accounts().find_token(app::auth::hash_secret_token(api_token_));
    ASSERT_TRUE(accounts().revoke_token(token->id, store::Actor{"another process"}));
    // Until the dispatcher passes on the store's new change counter, the token is remembered...
    EXPECT_TRUE(authenticator.authenticate(bearer));
    // ...and the counter moved with the revocation, so the next request reads the store.
    authenticator.follow_store(*temporary_.store().change_counter());
    auto refused = authenticator.authenticate(bearer);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "the API token 'script' has been revoked");
}

TEST_F(SessionAuthenticatorTest, reads_a_remembered_credential_again_after_a_few_seconds) {
    SessionAuthenticator authenticator(accounts(), clock());
    const auto cookie = request("GET", {{"cookie", "mssops_session=" + session_}});
    ASSERT_TRUE(authenticator.authenticate(cookie));
    ASSERT_TRUE(accounts().delete_session(app::auth::hash_secret_token(session_)));
    now_ += 5s;
    auto refused = authenticator.authenticate(cookie);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "the session has ended or expired; sign in again");
}

TEST_F(SessionAuthenticatorTest, forgets_a_session_when_the_server_handled_a_write) {
    SessionAuthenticator authenticator(accounts(), clock());
    const auto cookie = request("GET", {{"cookie", "mssops_session=" + session_}});
    ASSERT_TRUE(authenticator.authenticate(cookie));
    ASSERT_TRUE(accounts().delete_session(app::auth::hash_secret_token(session_)));
    authenticator.forget();
    EXPECT_FALSE(authenticator.authenticate(cookie));
}

TEST_F(SessionAuthenticatorTest, checks_the_csrf_token_of_a_remembered_session) {
    SessionAuthenticator authenticator(accounts(), clock());
    ASSERT_TRUE(authenticator.authenticate(request("GET", {{"cookie", "mssops_session=" + session_}})));
    EXPECT_FALSE(authenticator.authenticate(request("POST", {{"cookie", "mssops_session=" + session_}})));
    EXPECT_TRUE(authenticator.authenticate(
        request("POST", {{"cookie", "mssops_session=" + session_}, {"x-csrf-token", csrf_}})));
}

TEST_F(SessionAuthenticatorTest, records_the_use_of_a_remembered_token_each_minute) {
    SessionAuthenticator authenticator(accounts(), clock());
    const auto bearer = request("GET", {{"authorization", "Bearer " + api_token_}});
    ASSERT_TRUE(authenticator.authenticate(bearer));
    now_ += 2s;
    ASSERT_TRUE(authenticator.authenticate(bearer));
    EXPECT_EQ(accounts().find_token(app::auth::hash_secret_token(api_token_))->last_used_at,
              "2026-03-01T09:00:00Z");
    now_ += 2min;
    ASSERT_TRUE(authenticator.authenticate(bearer));
    EXPECT_EQ(accounts().find_token(app::auth::hash_secret_token(api_token_))->last_used_at,
              "2026-03-01T09:02:02Z");
}

TEST(cookie_value, finds_a_cookie_among_others) {
    EXPECT_EQ(cookie_value("a=1; mssops_session=xyz; b=2", "mssops_session"), "xyz");
    EXPECT_EQ(cookie_value("mssops_session_old=1", "mssops_session"), "");
    EXPECT_EQ(cookie_value("", "mssops_session"), "");
}

TEST(session_cookie_header, is_http_only_and_same_site_strict) {
    EXPECT_EQ(session_cookie_header("tok", 60),
              "mssops_session=tok; HttpOnly; SameSite=Strict; Path=/; Max-Age=60");
}

}  // namespace
}  // namespace mssops::http::auth
