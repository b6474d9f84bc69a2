#include "store/postgres/postgres_account_store.hpp"

#include "unit/store/store_fixture.hpp"

// The account store's behaviour on every backend, so the PostgreSQL port is held to the SQLite one.
namespace mssops::store::testing {
namespace {

using domain::ErrorCode;
using domain::Role;

class AccountParityTest : public StoreTest {
protected:
    AccountStore& accounts() { return store_->accounts(); }

    static User editor(const std::string& name) {
        User user;
        user.name = name;
        user.password_hash = "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$hash";
        user.roles = {Role::editor};
        user.domains = {domain::EditDomain::force, domain::EditDomain::funding};
        return user;
    }
};

TEST_P(AccountParityTest, creates_updates_and_lists_users_with_audit) {
    auto created = accounts().create_user(editor("ann"), alice_);
    ASSERT_TRUE(created) << created.error().message;
    EXPECT_GT(created->id, 0);
    auto again = accounts().create_user(editor("ann"), alice_);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().message, "a user named 'ann' already exists");

    UserChange change;
    change.disabled = true;
    change.roles = std::vector<Role>{Role::viewer};
    auto updated = accounts().update_user("ann", change, alice_);
    ASSERT_TRUE(updated);
    EXPECT_TRUE(updated->disabled);
    auto found = accounts().find_user("ann");
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->disabled);
    EXPECT_EQ(found->roles, std::vector<Role>{Role::viewer});
    EXPECT_EQ(found->domains.size(), 2u);
    ASSERT_TRUE(accounts().create_user(editor("bob"), alice_));
    auto users = accounts().list_users();
    ASSERT_TRUE(users);
    ASSERT_EQ(users->size(), 2u);
    EXPECT_EQ((*users)[0].name, "ann");

    auto log = store_->audit().list({.kind = "users"});
    ASSERT_TRUE(log);
    EXPECT_EQ(log->size(), 3u);
    for (const auto& entry : *log) EXPECT_EQ(entry.after.find("argon2id"), std::string::npos);
    auto missing = accounts().find_user("zed");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message, "no user named 'zed'");
}

TEST_P(AccountParityTest, sessions_expire_and_end_when_the_password_changes) {
    ASSERT_TRUE(accounts().create_user(editor("ann"), alice_));
    Session session{"hash-1", "csrf-1", "ann", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"};
    ASSERT_TRUE(accounts().create_session(session));
    auto found = accounts().find_session("hash-1", "2026-01-01T12:00:00Z");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->user, "ann");
    EXPECT_EQ(found->csrf_token, "csrf-1");
    EXPECT_FALSE(accounts().find_session("hash-1", "2026-01-02T00:00:00Z"));
    UserChange change;
    change.password_hash = "$argon2id$new";
    ASSERT_TRUE(accounts().update_user("ann", change, alice_));
    EXPECT_FALSE(accounts().find_session("hash-1", "2026-01-01T12:00:00Z"));
    ASSERT_TRUE(accounts().create_session(
        {"hash-2", "csrf-2", "ann", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"}));
    ASSERT_TRUE(accounts().delete_expired_sessions("2026-01-03T00:00:00Z"));
    EXPECT_FALSE(accounts().find_session("hash-2", "2026-01-01T12:00:00Z"));
}

TEST_P(AccountParityTest, tokens_are_found_touched_and_revoked_once) {
    ASSERT_TRUE(accounts().create_user(editor("ann"), alice_));
    auto token = accounts().create_token({0, "ann", "ci import", "token-hash", "", "", false}, alice_);
    ASSERT_TRUE(token) << token.error().message;
    ASSERT_TRUE(accounts().touch_token(token->id, "2026-01-05T00:00:00Z"));
    auto found = accounts().find_token("token-hash");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->last_used_at, "2026-01-05T00:00:00Z");
    EXPECT_FALSE(found->revoked);
    ASSERT_TRUE(accounts().revoke_token(token->id, alice_));
    ASSERT_TRUE(accounts().revoke_token(token->id, alice_));
    auto tokens = accounts().list_tokens("ann");
    ASSERT_TRUE(tokens);
    ASSERT_EQ(tokens->size(), 1u);
    EXPECT_TRUE((*tokens)[0].revoked);
    EXPECT_EQ(store_->audit().list({.kind = "api_tokens"})->size(), 2u);
    auto unknown = accounts().create_token({0, "zed", "x", "other-hash", "", "", false}, alice_);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_P(AccountParityTest, counts_failed_sign_ins_by_user_and_by_client) {
    ASSERT_TRUE(accounts().record_failed_sign_in("ann", "10.0.0.1", "2026-01-01T00:00:01Z"));
    ASSERT_TRUE(accounts().record_failed_sign_in("ann", "10.0.0.2", "2026-01-01T00:00:02Z"));
    ASSERT_TRUE(accounts().record_failed_sign_in("bob", "10.0.0.1", "2026-01-01T00:00:03Z"));
    auto by_user = accounts().failed_sign_ins_for_user("ann", "2026-01-01T00:00:00Z");
    ASSERT_TRUE(by_user);
    EXPECT_EQ(by_user->count, 2);
    EXPECT_EQ(by_user->oldest_at, "2026-01-01T00:00:01Z");
    EXPECT_EQ(accounts().failed_sign_ins_from_client("10.0.0.1", "2026-01-01T00:00:02Z")->count, 1);
    ASSERT_TRUE(accounts().forget_failed_sign_ins("2026-01-01T00:00:03Z"));
    EXPECT_EQ(accounts().failed_sign_ins_for_user("ann", "2000-01-01T00:00:00Z")->count, 0);
}

INSTANTIATE_TEST_SUITE_P(backends, AccountParityTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
