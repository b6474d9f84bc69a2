#include "http/auth/sign_in_service.hpp"

#include <gtest/gtest.h>

#include "app/account_manager.hpp"
#include "app/secret_token.hpp"
#include "unit/http/auth/temporary_store.hpp"

namespace mssops::http::auth {
namespace {

using namespace std::chrono_literals;
using domain::ErrorCode;

class SignInServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        now_ = *parse_utc_text("2026-03-01T09:00:00Z");
        app::auth::AccountManager manager(temporary_.store().accounts(), app::auth::PasswordCost::fast());
        auto added = manager.add_user(
            app::auth::NewAccount{"ann", "ann's long password", {domain::Role::viewer}, {}, ""},
            store::Actor{"test"});
        ASSERT_TRUE(added) << added.error().message;
    }

    SignInService service() {
        return SignInService(temporary_.store().accounts(), SignInSettings{}, [this] { return now_; });
    }

    TemporaryStore temporary_;
    std::chrono::system_clock::time_point now_;
};

TEST_F(SignInServiceTest, opens_a_session_stored_by_its_hash) {
    auto signed_in = service().sign_in("ann", "ann's long password", "10.0.0.1");
    ASSERT_TRUE(signed_in) << signed_in.error().message;
    EXPECT_EQ(signed_in->user.name, "ann");
    EXPECT_EQ(signed_in->expires_at, "2026-03-01T21:00:00Z");
    EXPECT_NE(signed_in->session_token, signed_in->csrf_token);
    auto session = temporary_.store().accounts().find_session(
        app::auth::hash_secret_token(signed_in->session_token), "2026-03-01T10:00:00Z");
    ASSERT_TRUE(session);
    EXPECT_EQ(session->csrf_token, signed_in->csrf_token);
    EXPECT_FALSE(
        temporary_.store().accounts().find_session(signed_in->session_token, "2026-03-01T10:00:00Z"));
}

TEST_F(SignInServiceTest, answers_the_same_for_a_wrong_password_and_an_unknown_name) {
    auto wrong = service().sign_in("ann", "not the password", "10.0.0.1");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::unauthorized);
    EXPECT_EQ(wrong.error().message, "wrong user name or password");
    auto unknown = service().sign_in("bob", "not the password", "10.0.0.1");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message, wrong.error().message);
}

TEST_F(SignInServiceTest, locks_an_account_against_the_addresses_that_failed_on_it) {
    auto signing = service();
    for (int i = 0; i < 5; ++i) {
        const std::string address = "10.0.0." + std::to_string(i);
        ASSERT_FALSE(*signing.check_throttle("ann", address));
        ASSERT_FALSE(signing.sign_in("ann", "guess " + std::to_string(i), address));
        now_ += 1min;
    }
    auto refused = signing.check_throttle("ann", "10.0.0.4");
    ASSERT_TRUE(refused && refused->has_value());
    EXPECT_EQ((*refused)->reason, ThrottleReason::account);
    // The lock's first failure was at 09:00 and it is now 09:05: it leaves the window at 09:15.
    EXPECT_EQ((*refused)->retry_after, 600s);
    EXPECT_TRUE(signing.check_throttle("ann", "10.0.0.0")->has_value());
    // Another account from the same addresses is not affected.
    EXPECT_FALSE(*signing.check_throttle("bob", "10.0.0.4"));
    now_ += 600s;
    EXPECT_FALSE(*signing.check_throttle("ann", "10.0.0.4"));
}

TEST_F(SignInServiceTest, lets_the_owner_lift_the_lock_from_a_clean_address_but_not_for_the_attacker) {
    auto signing = service();
    ASSERT_FALSE(signing.sign_in("ann", "one typo", "10.0.0.2"));
    for (int i = 0; i < 5; ++i) ASSERT_FALSE(signing.sign_in("ann", "guess", "10.6.6.6"));
    ASSERT_TRUE(signing.check_throttle("ann", "10.6.6.6")->has_value());
    ASSERT_TRUE(signing.check_throttle("ann", "10.0.0.2")->has_value());
    // The owner's address never failed on the account, so it may try, and succeeds.
    ASSERT_FALSE(*signing.check_throttle("ann", "10.0.0.1"));
    ASSERT_TRUE(signing.sign_in("ann", "ann's long password", "10.0.0.1"));
    // The attacker's five failures still hold against it.
    auto refused = signing.check_throttle("ann", "10.6.6.6");
    ASSERT_TRUE(refused && refused->has_value());
    EXPECT_EQ((*refused)->reason, ThrottleReason::account);
    // An address that failed once before the owner came back is no longer locked out.
    EXPECT_FALSE(*signing.check_throttle("ann", "10.0.0.2"));
}

TEST_F(SignInServiceTest, does_not_lock_another_user_out_of_an_address_that_failed_five_times) {
    auto signing = service();
    for (int i = 0; i < 5; ++i) ASSERT_FALSE(signing.sign_in("bob", "guess", "10.0.0.7"));
    EXPECT_FALSE(*signing.check_throttle("ann", "10.0.0.7"));
    EXPECT_TRUE(signing.sign_in("ann", "ann's long password", "10.0.0.7"));
}

TEST_F(SignInServiceTest, throttles_an_address_trying_many_names_at_the_address_limit) {
    auto signing = service();
    for (int i = 0; i < 49; ++i)
        ASSERT_FALSE(signing.sign_in("user" + std::to_string(i), "guess", "10.0.0.7"));
    EXPECT_FALSE(*signing.check_throttle("ann", "10.0.0.7"));
    ASSERT_FALSE(signing.sign_in("user49", "guess", "10.0.0.7"));
    auto refused = signing.check_throttle("ann", "10.0.0.7");
    ASSERT_TRUE(refused && refused->has_value());
    EXPECT_EQ((*refused)->reason, ThrottleReason::address);
    EXPECT_EQ((*refused)->retry_after, 900s);
    EXPECT_FALSE(*signing.check_throttle("ann", "10.0.0.8"));
    // An unknown client address is not one shared bucket for everybody.
    EXPECT_FALSE(*signing.check_throttle("ann", ""));
}

TEST_F(SignInServiceTest, refuses_a_disabled_user_even_with_the_right_password) {
    ASSERT_TRUE(temporary_.store().accounts().update_user("ann", store::UserChange{.disabled = true},
                                                          store::Actor{"test"}));
    auto signed_in = service().sign_in("ann", "ann's long password", "10.0.0.1");
    ASSERT_FALSE(signed_in);
    EXPECT_EQ(signed_in.error().message, "user 'ann' is disabled; ask an admin");
}

TEST_F(SignInServiceTest, ends_a_session_on_sign_out) {
    auto signing = service();
    auto signed_in = signing.sign_in("ann", "ann's long password", "10.0.0.1");
    ASSERT_TRUE(signed_in);
    ASSERT_TRUE(signing.sign_out(signed_in->session_token));
    EXPECT_FALSE(temporary_.store().accounts().find_session(
        app::auth::hash_secret_token(signed_in->session_token), "2026-03-01T09:00:01Z"));
}

TEST_F(SignInServiceTest, never_stores_a_guessed_password) {
    ASSERT_FALSE(service().sign_in("ann", "guessed-password-xyzzy", "10.0.0.1"));
    EXPECT_EQ(temporary_.close_and_read_bytes().find("guessed-password-xyzzy"), std::string::npos);
}

}  // namespace
}  // namespace mssops::http::auth
