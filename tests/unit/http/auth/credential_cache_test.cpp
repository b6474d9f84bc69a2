#include "http/auth/credential_cache.hpp"

#include <gtest/gtest.h>

namespace mssops::http::auth {
namespace {

using namespace std::chrono_literals;

const auto start = std::chrono::system_clock::time_point(std::chrono::hours(24 * 20000));

KnownCredential credential_of(std::string name, std::chrono::system_clock::time_point read_at) {
    KnownCredential credential;
    credential.principal.name = std::move(name);
    credential.read_at = read_at;
    return credential;
}

TEST(credential_cache, finds_what_it_kept_until_its_max_age) {
    CredentialCache cache(5s);
    cache.keep("hash", credential_of("ana", start), cache.generation());
    ASSERT_TRUE(cache.find("hash", start + 4s));
    EXPECT_EQ(cache.find("hash", start + 4s)->principal.name, "ana");
    EXPECT_FALSE(cache.find("hash", start + 5s));
    EXPECT_FALSE(cache.find("other", start));
}

TEST(credential_cache, treats_an_entry_from_the_future_as_stale) {
    CredentialCache cache(5s);
    cache.keep("hash", credential_of("ana", start), cache.generation());
    EXPECT_FALSE(cache.find("hash", start - 1s));
}

TEST(credential_cache, empties_when_the_store_change_counter_moves) {
    CredentialCache cache(5s);
    cache.follow_store(7);
    cache.keep("hash", credential_of("ana", start), cache.generation());
    cache.follow_store(7);
    EXPECT_TRUE(cache.find("hash", start));
    cache.follow_store(8);
    EXPECT_FALSE(cache.find("hash", start));
}

TEST(credential_cache, does_not_keep_what_was_read_before_it_emptied) {
    CredentialCache cache(5s);
    const auto generation = cache.generation();
    cache.clear();
    cache.keep("hash", credential_of("ana", start), generation);
    EXPECT_FALSE(cache.find("hash", start));
}

TEST(credential_cache, starts_afresh_past_its_bound) {
    CredentialCache cache(5s, 2);
    cache.keep("a", credential_of("a", start), cache.generation());
    cache.keep("b", credential_of("b", start), cache.generation());
    cache.keep("c", credential_of("c", start), cache.generation());
    EXPECT_FALSE(cache.find("a", start));
    EXPECT_TRUE(cache.find("c", start));
}

}  // namespace
}  // namespace mssops::http::auth
