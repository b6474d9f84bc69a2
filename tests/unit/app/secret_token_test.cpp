#include "app/secret_token.hpp"

#include <gtest/gtest.h>

#include <set>

namespace mssops::app::auth {
namespace {

TEST(new_secret_token, is_43_base64url_characters_after_the_prefix) {
    const std::string token = new_secret_token("mss_");
    ASSERT_EQ(token.size(), 4u + 43u);
    EXPECT_EQ(token.substr(0, 4), "mss_");
    for (char c : token.substr(4))
        EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') << token;
}

TEST(new_secret_token, never_repeats) {
    std::set<std::string> seen;
    for (int i = 0; i < 100; ++i) seen.insert(new_secret_token());
    EXPECT_EQ(seen.size(), 100u);
}

TEST(hash_secret_token, is_the_sha256_in_hex) {
    EXPECT_EQ(hash_secret_token("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(hash_secret_token(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(hash_secret_token, hides_the_token) {
    const std::string token = new_secret_token("mss_");
    const std::string hash = hash_secret_token(token);
    EXPECT_EQ(hash.size(), 64u);
    EXPECT_EQ(hash.find(token.substr(4, 8)), std::string::npos);
    EXPECT_NE(hash, hash_secret_token(new_secret_token("mss_")));
}

TEST(same_secret, compares_whole_secrets) {
    EXPECT_TRUE(same_secret("abc", "abc"));
    EXPECT_FALSE(same_secret("abc", "abd"));
    EXPECT_FALSE(same_secret("abc", "abcd"));
    EXPECT_FALSE(same_secret("", "a"));
    EXPECT_TRUE(same_secret("", ""));
}

}  // namespace
}  // namespace mssops::app::auth
