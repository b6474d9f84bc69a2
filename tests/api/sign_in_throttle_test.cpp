#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

using Headers = std::vector<std::pair<std::string, std::string>>;

// Sign-in throttling as a client sees it: each suite has its own server, since failures from
// 127.0.0.1 would otherwise leak between tests.
class ThrottleFixture : public ApiFixture {
protected:
    // Users with known passwords (the fixture's own have generated ones).
    static void add_user(const std::string& name) {
        auto created = client().request(
            "POST", "/api/v1/users",
            json::serialize(json::object{
                {"name", name}, {"password", password_of(name)}, {"roles", json::array{"viewer"}}}),
            as(admin_token));
        ASSERT_EQ(created.status, 201) << created.body;
    }

    static std::string password_of(const std::string& name) { return name + " has a long password"; }

    static HttpResponse log_in(const std::string& name, const std::string& password,
                               const Headers& headers = {}) {
        return client().request("POST", "/api/v1/auth/login",
                                json::serialize(json::object{{"name", name}, {"password", password}}),
                                headers);
    }

    static Headers from(const std::string& address) { return {{"X-Forwarded-For", address}}; }
};

class sign_in_throttle : public ThrottleFixture {
protected:
    static void SetUpTestSuite() {
        ApiFixture::SetUpTestSuite();
        for (const char* name : {"ann", "bea", "cal"}) add_user(name);
    }
};

TEST_F(sign_in_throttle, lets_another_user_sign_in_from_an_address_that_failed_five_times) {
    for (int attempt = 0; attempt < 5; ++attempt) ASSERT_EQ(log_in("ann", "wrong guess").status, 401);
    auto other = log_in("bea", password_of("bea"));
    EXPECT_EQ(other.status, 200) << other.body;
}

TEST_F(sign_in_throttle, locks_an_account_against_the_address_that_failed_on_it) {
    for (int attempt = 0; attempt < 5; ++attempt) ASSERT_EQ(log_in("cal", "wrong guess").status, 401);
    // The right password does not help from here: the address is locked out of the account.
    auto refused = log_in("cal", password_of("cal"));
    EXPECT_EQ(refused.status, 429) << refused.body;
    EXPECT_EQ(refused.header("content-type"), "application/problem+json");
    const std::string retry_after = refused.header("retry-after");
    ASSERT_FALSE(retry_after.empty());
    EXPECT_GT(std::stoi(retry_after), 0);
    EXPECT_LE(std::stoi(retry_after), 900);
    EXPECT_EQ(std::string(refused.json().at("detail").as_string()),
              "too many failed sign-ins for this user name from this address; try "
              "again in " +
                  retry_after + " seconds");
}

TEST_F(sign_in_throttle, ignores_x_forwarded_for_without_a_trusted_proxy) {
    // Each attempt claims another address; all of them count against 127.0.0.1.
    for (int attempt = 0; attempt < 5; ++attempt)
        ASSERT_EQ(log_in("bea", "wrong guess", from("203.0.113." + std::to_string(attempt))).status, 401);
    EXPECT_EQ(log_in("bea", password_of("bea"), from("203.0.113.99")).status, 429);
}

class sign_in_behind_proxy : public ThrottleFixture {
protected:
    static void SetUpTestSuite() {
        serve_arguments = {"--trusted-proxy", "127.0.0.1", "--sign-in-address-limit", "8"};
        ApiFixture::SetUpTestSuite();
        serve_arguments.clear();
        for (const char* name : {"dan", "eve"}) add_user(name);
    }
};

TEST_F(sign_in_behind_proxy, lets_the_owner_lift_a_lock_from_a_clean_address_but_keeps_the_attacker_out) {
    for (int attempt = 0; attempt < 5; ++attempt)
        ASSERT_EQ(log_in("dan", "wrong guess", from("203.0.113.5")).status, 401);
    EXPECT_EQ(log_in("dan", "wrong guess", from("203.0.113.5")).status, 429);
    // A forged entry left of the proxy's own is not believed: the client is still 203.0.113.5.
    EXPECT_EQ(log_in("dan", "wrong guess", from("198.51.100.1, 203.0.113.5")).status, 429);

    auto owner = log_in("dan", password_of("dan"), from("198.51.100.20"));
    EXPECT_EQ(owner.status, 200) << owner.body;
    EXPECT_EQ(log_in("dan", password_of("dan"), from("203.0.113.5")).status, 429);
}

TEST_F(sign_in_behind_proxy, throttles_an_address_at_the_configured_address_limit) {
    for (int attempt = 0; attempt < 8; ++attempt)
        ASSERT_EQ(log_in("nobody" + std::to_string(attempt), "wrong guess", from("192.0.2.44")).status, 401);
    auto refused = log_in("eve", password_of("eve"), from("192.0.2.44"));
    EXPECT_EQ(refused.status, 429) << refused.body;
    EXPECT_EQ(std::string(refused.json().at("detail").as_string()),
              "too many failed sign-ins from this address; try again in " + refused.header("retry-after") +
                  " seconds");
    EXPECT_EQ(log_in("eve", password_of("eve"), from("192.0.2.45")).status, 200);
}

}  // namespace
}  // namespace mssops::api_test
