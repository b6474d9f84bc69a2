#include "http/client_address.hpp"

#include <gtest/gtest.h>

namespace mssops::http {
namespace {

TrustedProxies trusting(const std::vector<std::string>& entries) {
    auto parsed = TrustedProxies::parse(entries);
    EXPECT_TRUE(parsed) << parsed.error().message;
    return parsed ? std::move(parsed).value() : TrustedProxies{};
}

TEST(client_address, ignores_x_forwarded_for_when_no_proxy_is_trusted) {
    EXPECT_EQ(client_address("127.0.0.1", {"203.0.113.9"}, TrustedProxies{}), "127.0.0.1");
}

TEST(client_address, ignores_x_forwarded_for_from_a_peer_that_is_not_trusted) {
    EXPECT_EQ(client_address("198.51.100.4", {"203.0.113.9"}, trusting({"127.0.0.1"})), "198.51.100.4");
}

TEST(client_address, takes_the_right_most_entry_a_trusted_proxy_added) {
    // The client forged "1.1.1.1"; the proxy appended the address it saw.
    EXPECT_EQ(client_address("127.0.0.1", {"1.1.1.1, 203.0.113.9"}, trusting({"127.0.0.1"})), "203.0.113.9");
}

TEST(client_address, skips_trusted_proxies_in_the_chain) {
    EXPECT_EQ(client_address("127.0.0.1", {"203.0.113.9, 10.1.2.3"}, trusting({"127.0.0.1", "10.0.0.0/8"})),
              "203.0.113.9");
}

TEST(client_address, reads_every_x_forwarded_for_line_in_order) {
    EXPECT_EQ(client_address("127.0.0.1", {"203.0.113.9", "198.51.100.7"}, trusting({"127.0.0.1"})),
              "198.51.100.7");
}

TEST(client_address, takes_the_left_most_entry_when_every_hop_is_trusted) {
    EXPECT_EQ(client_address("127.0.0.1", {"10.0.0.5, 10.0.0.6"}, trusting({"127.0.0.1", "10.0.0.0/8"})),
              "10.0.0.5");
}

TEST(client_address, keeps_the_peer_without_the_header_or_with_a_bad_last_entry) {
    EXPECT_EQ(client_address("127.0.0.1", {}, trusting({"127.0.0.1"})), "127.0.0.1");
    EXPECT_EQ(client_address("127.0.0.1", {"203.0.113.9, not-an-address"}, trusting({"127.0.0.1"})),
              "127.0.0.1");
}

TEST(client_address, drops_ports_and_brackets_and_reads_mapped_ipv4) {
    const auto trusted = trusting({"::1", "127.0.0.1"});
    EXPECT_EQ(client_address("::1", {"203.0.113.9:5123"}, trusted), "203.0.113.9");
    EXPECT_EQ(client_address("::1", {"[2001:db8::7]:443"}, trusted), "2001:db8::7");
    EXPECT_EQ(client_address("::ffff:127.0.0.1", {"2001:db8::8"}, trusted), "2001:db8::8");
}

TEST(trusted_proxies, matches_networks_by_prefix) {
    const auto trusted = trusting({"10.0.0.0/8", "2001:db8::/32"});
    EXPECT_TRUE(trusted.trusts("10.200.3.4"));
    EXPECT_FALSE(trusted.trusts("11.0.0.1"));
    EXPECT_TRUE(trusted.trusts("2001:db8:1::5"));
    EXPECT_FALSE(trusted.trusts("2001:db9::5"));
    EXPECT_FALSE(trusted.trusts("garbage"));
}

TEST(trusted_proxies, refuses_an_entry_that_is_no_address_or_network) {
    for (const std::string bad : {"proxy.local", "10.0.0.0/33", "10.0.0.0/", "::1/129"}) {
        auto parsed = TrustedProxies::parse({bad});
        ASSERT_FALSE(parsed) << bad;
        EXPECT_EQ(parsed.error().field, "--trusted-proxy");
        EXPECT_EQ(parsed.error().message,
                  "must be an IPv4 or IPv6 address or network such as 127.0.0.1 or 10.0.0.0/8, got \"" + bad +
                      "\"");
    }
}

}  // namespace
}  // namespace mssops::http
