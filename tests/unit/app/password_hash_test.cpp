#include "app/password_hash.hpp"

#include <gtest/gtest.h>

namespace mssops::app::auth {
namespace {

TEST(hash_password, gives_an_argon2id_hash_that_verifies) {
    auto hash = hash_password("correct horse battery", PasswordCost::fast());
    ASSERT_TRUE(hash);
    EXPECT_EQ(hash->rfind("$argon2id$v=19$m=64,t=1,p=1$", 0), 0u) << *hash;
    EXPECT_EQ(hash->find("correct horse"), std::string::npos);
    EXPECT_TRUE(verify_password(*hash, "correct horse battery"));
}

TEST(hash_password, salts_each_hash_differently) {
    auto first = hash_password("correct horse battery", PasswordCost::fast());
    auto second = hash_password("correct horse battery", PasswordCost::fast());
    ASSERT_TRUE(first && second);
    EXPECT_NE(*first, *second);
}

TEST(hash_password, records_the_standard_cost_in_the_hash) {
    auto hash = hash_password("correct horse battery", PasswordCost::standard());
    ASSERT_TRUE(hash);
    EXPECT_EQ(hash->rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0u) << *hash;
    EXPECT_TRUE(verify_password(*hash, "correct horse battery"));
}

TEST(verify_password, refuses_a_wrong_password) {
    auto hash = hash_password("correct horse battery", PasswordCost::fast());
    ASSERT_TRUE(hash);
    EXPECT_FALSE(verify_password(*hash, "correct horse batterz"));
    EXPECT_FALSE(verify_password(*hash, ""));
}

TEST(verify_password, refuses_a_malformed_or_foreign_hash) {
    EXPECT_FALSE(verify_password("", "anything at all"));
    EXPECT_FALSE(verify_password("$argon2id$v=19$m=64,t=1,p=1$garbage", "anything at all"));
    EXPECT_FALSE(verify_password("$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", "anything at all"));
    EXPECT_FALSE(verify_password("anything at all", "anything at all"));
}

TEST(validate_new_password, rejects_a_short_password_without_repeating_it) {
    auto result = validate_new_password("hunter2");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "password");
    EXPECT_EQ(result.error().message, "must be at least 10 characters long, got 7");
}

TEST(validate_new_password, rejects_an_oversized_password) {
    auto result = validate_new_password(std::string(1025, 'x'));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "must be at most 1024 bytes long, got 1025");
    EXPECT_TRUE(validate_new_password("ten chars!"));
}

}  // namespace
}  // namespace mssops::app::auth
