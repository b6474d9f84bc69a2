#include "store/account_store.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include "store/store.hpp"
#include "unit/store/store_fixture.hpp"

namespace mssops::store {
namespace {

using domain::EditDomain;
using domain::ErrorCode;
using domain::Role;

const Actor admin_actor{"cli:root"};

class AccountStoreTest : public testing::StoreTest {
protected:
    AccountStore& accounts() { return store_->accounts(); }

    User liaison(std::string name = "jm") {
        User user;
        user.name = std::move(name);
        user.password_hash = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$secret-hash-bytes";
        user.roles = {Role::liaison};
        user.country = "JAM";
        return user;
    }

    // Every byte a SQLite store has written: the main file, the write-ahead log and its index.
    std::string database_bytes() {
        std::string bytes;
        const auto folder = std::filesystem::path(scratch_->location()).parent_path();
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            std::ifstream file(entry.path(), std::ios::binary);
            bytes.append(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        }
        return bytes;
    }
};

TEST_P(AccountStoreTest, creates_and_finds_a_user_with_roles_domains_and_country) {
    User editor = liaison("ops");
    editor.roles = {Role::editor, Role::liaison};
    editor.domains = {EditDomain::force, EditDomain::council};
    auto created = accounts().create_user(editor, admin_actor);
    ASSERT_TRUE(created) << created.error().message;
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->created_at.size(), 20u);

    auto found = accounts().find_user("ops");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->password_hash, editor.password_hash);
    EXPECT_EQ(found->roles, (std::vector<Role>{Role::editor, Role::liaison}));
    EXPECT_EQ(found->domains, (std::vector<EditDomain>{EditDomain::force, EditDomain::council}));
    EXPECT_EQ(found->country, "JAM");
    EXPECT_FALSE(found->disabled);
}

TEST_P(AccountStoreTest, refuses_a_second_user_of_the_same_name) {
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    auto again = accounts().create_user(liaison(), admin_actor);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().field, "name");
    EXPECT_EQ(again.error().message, "a user named 'jm' already exists");
}

TEST_P(AccountStoreTest, reports_an_unknown_user) {
    auto found = accounts().find_user("nobody");
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().code, ErrorCode::not_found);
    EXPECT_EQ(found.error().message, "no user named 'nobody'");
    auto changed = accounts().update_user("nobody", UserChange{.disabled = true}, admin_actor);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().field, "name");
}

TEST_P(AccountStoreTest, audits_user_changes_without_the_password_hash) {
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    UserChange change;
    change.password_hash = "$argon2id$v=19$m=64,t=1,p=1$bmV3c2FsdG5ld3NhbHQ$another-secret-hash";
    change.country = "KEN";
    ASSERT_TRUE(accounts().update_user("jm", change, admin_actor));

    auto entries = store_->audit().list(AuditQuery{.kind = std::string("users")});
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2u);
    const AuditEntry& update = entries->at(0);
    EXPECT_EQ(update.action, "update");
    EXPECT_EQ(update.actor, "cli:root");
    EXPECT_NE(update.before.find("\"country\":\"JAM\""), std::string::npos) << update.before;
    EXPECT_NE(update.after.find("\"country\":\"KEN\""), std::string::npos) << update.after;
    EXPECT_NE(update.after.find("\"password_changed\":true"), std::string::npos) << update.after;
    for (const AuditEntry& entry : *entries) {
        EXPECT_EQ(entry.before.find("argon2"), std::string::npos) << entry.before;
        EXPECT_EQ(entry.after.find("argon2"), std::string::npos) << entry.after;
    }
}

TEST_P(AccountStoreTest, finds_a_session_until_it_expires) {
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    Session session{"a1b2", "csrf-1", "jm", "2026-01-01T00:00:00Z", "2026-01-01T12:00:00Z"};
    ASSERT_TRUE(accounts().create_session(session));
    auto found = accounts().find_session("a1b2", "2026-01-01T11:59:59Z");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->user, "jm");
    EXPECT_EQ(found->csrf_token, "csrf-1");
    auto expired = accounts().find_session("a1b2", "2026-01-01T12:00:00Z");
    ASSERT_FALSE(expired);
    EXPECT_EQ(expired.error().code, ErrorCode::not_found);
    ASSERT_TRUE(accounts().delete_expired_sessions("2026-01-01T12:00:00Z"));
    EXPECT_FALSE(accounts().find_session("a1b2", "2026-01-01T00:00:01Z"));
}

TEST_P(AccountStoreTest, ends_sessions_when_the_password_changes_or_the_user_is_disabled) {
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    ASSERT_TRUE(
        accounts().create_session({"s1", "c1", "jm", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"}));
    ASSERT_TRUE(accounts().update_user("jm", UserChange{.password_hash = "$argon2id$new"}, admin_actor));
    EXPECT_FALSE(accounts().find_session("s1", "2026-01-01T01:00:00Z"));

    ASSERT_TRUE(
        accounts().create_session({"s2", "c2", "jm", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"}));
    ASSERT_TRUE(accounts().update_user("jm", UserChange{.disabled = true}, admin_actor));
    EXPECT_FALSE(accounts().find_session("s2", "2026-01-01T01:00:00Z"));
}

TEST_P(AccountStoreTest, signs_out_a_session) {
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    ASSERT_TRUE(
        accounts().create_session({"s1", "c1", "jm", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"}));
    ASSERT_TRUE(accounts().delete_session("s1"));
    EXPECT_FALSE(accounts().find_session("s1", "2026-01-01T01:00:00Z"));
    EXPECT_TRUE(accounts().delete_session("never-existed"));
}

TEST_P(AccountStoreTest, creates_finds_touches_and_revokes_a_token) {
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    auto created = accounts().create_token(ApiToken{.user = "jm", .label = "ci import", .token_hash = "ffee"},
                                           admin_actor);
    ASSERT_TRUE(created) << created.error().message;
    EXPECT_FALSE(created->revoked);

    ASSERT_TRUE(accounts().touch_token(created->id, "2026-02-01T10:00:00Z"));
    auto found = accounts().find_token("ffee");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->user, "jm");
    EXPECT_EQ(found->label, "ci import");
    EXPECT_EQ(found->last_used_at, "2026-02-01T10:00:00Z");

    auto revoked = accounts().revoke_token(created->id, admin_actor);
    ASSERT_TRUE(revoked);
    EXPECT_TRUE(revoked->revoked);
    EXPECT_TRUE(accounts().find_token("ffee")->revoked);
    auto tokens = accounts().list_tokens("jm");
    ASSERT_TRUE(tokens);
    ASSERT_EQ(tokens->size(), 1u);

    auto entries = store_->audit().list(AuditQuery{.kind = std::string("api_tokens")});
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 2u);
    EXPECT_EQ(entries->at(0).action, "retire");
    EXPECT_EQ(entries->at(1).action, "create");
    for (const AuditEntry& entry : *entries)
        EXPECT_EQ(entry.after.find("ffee"), std::string::npos) << entry.after;
}

TEST_P(AccountStoreTest, refuses_a_token_for_an_unknown_user) {
    auto created =
        accounts().create_token(ApiToken{.user = "ghost", .label = "x", .token_hash = "aa"}, admin_actor);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::not_found);
    EXPECT_EQ(created.error().field, "user");
    EXPECT_EQ(created.error().message, "no user named 'ghost'");
    auto revoked = accounts().revoke_token(42, admin_actor);
    ASSERT_FALSE(revoked);
    EXPECT_EQ(revoked.error().message, "no API token has id 42");
}

TEST_P(AccountStoreTest, counts_failed_sign_ins_by_user_and_by_client_within_the_window) {
    ASSERT_TRUE(accounts().record_failed_sign_in("jm", "10.0.0.1", "2026-01-01T10:00:00Z"));
    ASSERT_TRUE(accounts().record_failed_sign_in("jm", "10.0.0.2", "2026-01-01T10:05:00Z"));
    ASSERT_TRUE(accounts().record_failed_sign_in("ann", "10.0.0.1", "2026-01-01T10:06:00Z"));

    auto by_user = accounts().failed_sign_ins_for_user("jm", "2026-01-01T09:59:59Z");
    ASSERT_TRUE(by_user);
    EXPECT_EQ(by_user->count, 2);
    EXPECT_EQ(by_user->oldest_at, "2026-01-01T10:00:00Z");
    // A failure exactly at the start of the window has just left it.
    EXPECT_EQ(accounts().failed_sign_ins_for_user("jm", "2026-01-01T10:00:00Z")->count, 1);

    auto by_client = accounts().failed_sign_ins_from_client("10.0.0.1", "2026-01-01T09:00:00Z");
    ASSERT_TRUE(by_client);
    EXPECT_EQ(by_client->count, 2);

    ASSERT_TRUE(accounts().forget_failed_sign_ins("2026-01-01T10:06:00Z"));
    EXPECT_EQ(accounts().failed_sign_ins_for_user("jm", "2026-01-01T00:00:00Z")->count, 0);
    EXPECT_EQ(accounts().failed_sign_ins_for_user("jm", "2026-01-01T00:00:00Z")->oldest_at, "");
}

TEST_P(AccountStoreTest, clears_a_users_failures_but_keeps_counting_them_against_their_clients) {
    ASSERT_TRUE(accounts().record_failed_sign_in("jm", "10.6.6.6", "2026-01-01T10:00:00Z"));
    ASSERT_TRUE(accounts().record_failed_sign_in("jm", "10.6.6.6", "2026-01-01T10:01:00Z"));
    ASSERT_TRUE(accounts().record_failed_sign_in("jm", "10.0.0.1", "2026-01-01T10:02:00Z"));
    ASSERT_TRUE(accounts().record_failed_sign_in("ann", "10.6.6.6", "2026-01-01T10:03:00Z"));
    const std::string since = "2026-01-01T09:00:00Z";
    auto pair = accounts().failed_sign_ins_for_user_from_client("jm", "10.6.6.6", since);
    ASSERT_TRUE(pair);
    EXPECT_EQ(pair->count, 2);
    EXPECT_EQ(pair->oldest_at, "2026-01-01T10:00:00Z");
    EXPECT_EQ(pair->newest_at, "2026-01-01T10:01:00Z");

    // jm signs in from 10.0.0.1.
    ASSERT_TRUE(accounts().clear_failed_sign_ins("jm", "10.0.0.1"));
    EXPECT_EQ(accounts().failed_sign_ins_for_user("jm", since)->count, 0);
    EXPECT_EQ(accounts().failed_sign_ins_for_user_from_client("jm", "10.6.6.6", since)->count, 2);
    EXPECT_EQ(accounts().failed_sign_ins_for_user_from_client("jm", "10.0.0.1", since)->count, 0);
    EXPECT_EQ(accounts().failed_sign_ins_from_client("10.6.6.6", since)->count, 3);
    EXPECT_EQ(accounts().failed_sign_ins_for_user("ann", since)->count, 1);
    // Failures after the sign-in count for the user again.
    ASSERT_TRUE(accounts().record_failed_sign_in("jm", "10.6.6.6", "2026-01-01T10:04:00Z"));
    EXPECT_EQ(accounts().failed_sign_ins_for_user("jm", since)->count, 1);
}

TEST_P(AccountStoreTest, revokes_a_users_api_tokens_when_the_password_changes_unless_kept) {
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    auto first =
        accounts().create_token(ApiToken{.user = "jm", .label = "a", .token_hash = "aa01"}, admin_actor);
    auto second =
        accounts().create_token(ApiToken{.user = "jm", .label = "b", .token_hash = "bb02"}, admin_actor);
    ASSERT_TRUE(first && second);

    ASSERT_TRUE(accounts().update_user("jm",
                                       UserChange{.password_hash = std::string("$argon2id$new"),
                                                  .tokens_on_password_change = KeepTokens::yes},
                                       admin_actor));
    EXPECT_FALSE(accounts().find_token("aa01")->revoked);
    EXPECT_FALSE(accounts().find_token("bb02")->revoked);
    // A change that leaves the password alone leaves the tokens alone.
    ASSERT_TRUE(accounts().update_user("jm", UserChange{.country = std::string("KEN")}, admin_actor));
    EXPECT_FALSE(accounts().find_token("aa01")->revoked);

    ASSERT_TRUE(accounts().update_user("jm", UserChange{.password_hash = std::string("$argon2id$newer")},
                                       admin_actor));
    EXPECT_TRUE(accounts().find_token("aa01")->revoked);
    EXPECT_TRUE(accounts().find_token("bb02")->revoked);
    auto entries = store_->audit().list(AuditQuery{.kind = std::string("api_tokens")});
    ASSERT_TRUE(entries);
    std::size_t retired = 0;
    for (const AuditEntry& entry : *entries) retired += entry.action == "retire" ? 1 : 0;
    EXPECT_EQ(retired, 2u);
}

TEST_P(AccountStoreTest, keeps_secrets_only_where_they_belong_in_the_file) {
    if (GetParam() != "sqlite") GTEST_SKIP() << "reads the SQLite file's bytes";
    ASSERT_TRUE(accounts().create_user(liaison(), admin_actor));
    ASSERT_TRUE(accounts().create_token(ApiToken{.user = "jm", .label = "ci", .token_hash = "feedface"},
                                        admin_actor));
    store_.reset();
    const std::string bytes = database_bytes();
    // The hash is stored once (users.password_hash); the audit rows would repeat it if they held it.
    const std::string hash = liaison().password_hash;
    const auto first = bytes.find(hash);
    ASSERT_NE(first, std::string::npos);
    EXPECT_EQ(bytes.find(hash, first + 1), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(backends, AccountStoreTest, ::testing::ValuesIn(testing::test_backends()));

}  // namespace
}  // namespace mssops::store
