#include "app/webhook_sender.hpp"

#include <gtest/gtest.h>

// The webhook sender below both faces: its signature, and the failures it reports instead of
// throwing (a delivery log line each). Deliveries over the network are tested in tests/api/alerts_test.
namespace mssops::app {
namespace {

TEST(webhook_sender, signs_the_timestamp_a_dot_and_the_body_with_hmac_sha256) {
    // Computed independently with Python's hmac module.
    EXPECT_EQ(webhook_signature("whsec_test", "1767225600", R"({"event":"alert"})"),
              "sha256=9196b5512dfbf02e2acb538f4131e808b3a00235564a70a3bfbc9e48ceb654bf");
    EXPECT_NE(webhook_signature("whsec_test", "1767225601", R"({"event":"alert"})"),
              webhook_signature("whsec_test", "1767225600", R"({"event":"alert"})"));
}

TEST(webhook_sender, reports_a_url_that_is_not_http_without_sending) {
    auto result = webhook_sender()("ftp://127.0.0.1/hook", "{}", "whsec_test");
    EXPECT_EQ(result.status, 0);
    EXPECT_EQ(result.error, "only http and https urls are delivered to");
}

TEST(webhook_sender, reports_a_ca_file_it_cannot_read_naming_it) {
    WebhookSenderOptions options;
    options.ca_file = "/nonexistent/mssops-ca.pem";
    options.timeout = std::chrono::milliseconds(2000);
    auto result = webhook_sender(options)("https://127.0.0.1:9/hook", "{}", "whsec_test");
    EXPECT_EQ(result.status, 0);
    EXPECT_EQ(result.error.rfind("TLS: cannot read the CA file /nonexistent/mssops-ca.pem: ", 0), 0u)
        << result.error;
}

}  // namespace
}  // namespace mssops::app
