#include "http/auth/sign_in_throttle.hpp"

#include <gtest/gtest.h>

#include "http/auth/utc_time.hpp"

namespace mssops::http::auth {
namespace {

using namespace std::chrono_literals;

const auto nine = *parse_utc_text("2026-03-01T09:00:00Z");

FailureTally failures(std::int64_t count, std::chrono::seconds first_after_nine,
                      std::chrono::seconds last_after_nine) {
    return FailureTally{count, nine + first_after_nine, nine + last_after_nine};
}

TEST(sign_in_throttle, allows_an_attempt_with_no_failures) {
    EXPECT_FALSE(throttle(ThrottleSettings{}, SignInHistory{}, nine));
}

TEST(sign_in_throttle, lets_an_address_fail_49_times_on_other_accounts_and_still_try) {
    SignInHistory history;
    history.from_address = failures(49, 0s, 60s);
    EXPECT_FALSE(throttle(ThrottleSettings{}, history, nine + 2min));
}

TEST(sign_in_throttle, throttles_an_address_at_50_failures_until_the_oldest_leaves_the_window) {
    SignInHistory history;
    history.from_address = failures(50, 0s, 60s);
    auto refused = throttle(ThrottleSettings{}, history, nine + 5min);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->reason, ThrottleReason::address);
    EXPECT_EQ(refused->retry_after, 600s);
}

TEST(sign_in_throttle, takes_its_address_limit_from_the_settings) {
    SignInHistory history;
    history.from_address = failures(10, 0s, 60s);
    EXPECT_FALSE(throttle(ThrottleSettings{}, history, nine + 5min));
    EXPECT_TRUE(throttle(ThrottleSettings{.address_limit = 10}, history, nine + 5min));
}

TEST(sign_in_throttle, lets_a_clean_address_try_a_locked_account) {
    SignInHistory history;
    history.on_account = failures(7, 0s, 60s);
    history.from_address = failures(0, 0s, 0s);
    EXPECT_FALSE(throttle(ThrottleSettings{}, history, nine + 2min));
}

TEST(sign_in_throttle, refuses_an_address_that_failed_on_a_locked_account) {
    SignInHistory history;
    history.on_account = failures(5, 0s, 240s);
    history.on_account_from_address = failures(1, 240s, 240s);
    history.from_address = history.on_account_from_address;
    auto refused = throttle(ThrottleSettings{}, history, nine + 5min);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->reason, ThrottleReason::account);
    // The lock ends when its oldest failure (09:00) leaves the window at 09:15, before this
    // address's own failure (09:04) would.
    EXPECT_EQ(refused->retry_after, 600s);
}

TEST(sign_in_throttle, lets_an_address_that_failed_try_again_while_the_account_is_not_locked) {
    SignInHistory history;
    history.on_account = failures(4, 0s, 180s);
    history.on_account_from_address = failures(4, 0s, 180s);
    history.from_address = history.on_account_from_address;
    EXPECT_FALSE(throttle(ThrottleSettings{}, history, nine + 5min));
}

TEST(sign_in_throttle, keeps_an_address_with_five_failures_out_after_the_owner_cleared_the_lock) {
    SignInHistory history;
    history.on_account = {};  // The owner's sign-in cleared the account's failures.
    history.on_account_from_address = failures(5, 60s, 120s);
    history.from_address = history.on_account_from_address;
    auto refused = throttle(ThrottleSettings{}, history, nine + 5min);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->reason, ThrottleReason::account);
    EXPECT_EQ(refused->retry_after, 660s);
}

TEST(sign_in_throttle, names_the_address_when_both_limits_hold_and_waits_for_the_longer) {
    SignInHistory history;
    history.from_address = failures(50, 0s, 200s);
    history.on_account = failures(5, 100s, 200s);
    history.on_account_from_address = failures(5, 100s, 200s);
    auto refused = throttle(ThrottleSettings{}, history, nine + 5min);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->reason, ThrottleReason::address);
    EXPECT_EQ(refused->retry_after, 700s);
}

TEST(sign_in_throttle, never_asks_for_less_than_a_second) {
    SignInHistory history;
    history.from_address = failures(50, 0s, 0s);
    auto refused = throttle(ThrottleSettings{}, history, nine + 15min);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->retry_after, 1s);
}

}  // namespace
}  // namespace mssops::http::auth
