#include "app/account_manager.hpp"

#include <gtest/gtest.h>

#include "app/password_hash.hpp"
#include "app/secret_token.hpp"
#include "unit/http/auth/temporary_store.hpp"

namespace mssops::app::auth {
namespace {

using domain::EditDomain;
using domain::ErrorCode;
using domain::Role;

const store::Actor root{"cli:root"};

NewAccount editor(std::string name = "fin", std::string password = "a long funding password") {
    return NewAccount{std::move(name), std::move(password), {Role::editor}, {EditDomain::funding}, ""};
}

TEST(account_manager, stores_an_argon2id_hash_and_never_the_password) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    auto user = manager.add_user(editor("fin", "unmistakable-clear-password-7"), root);
    ASSERT_TRUE(user) << user.error().message;
    EXPECT_TRUE(verify_password(user->password_hash, "unmistakable-clear-password-7"));
    ASSERT_TRUE(manager.change_user("fin", AccountChange{.password = "second-clear-password-8"}, root));

    const std::string bytes = temporary.close_and_read_bytes();
    EXPECT_NE(bytes.find("$argon2id$"), std::string::npos);
    EXPECT_EQ(bytes.find("unmistakable-clear-password-7"), std::string::npos);
    EXPECT_EQ(bytes.find("second-clear-password-8"), std::string::npos);
}

TEST(account_manager, stores_only_the_hash_of_an_api_token) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    ASSERT_TRUE(manager.add_user(editor(), root));
    auto issued = manager.issue_token("fin", "nightly import", root);
    ASSERT_TRUE(issued) << issued.error().message;
    EXPECT_EQ(issued->secret.substr(0, 4), "mss_");
    EXPECT_EQ(issued->token.token_hash, hash_secret_token(issued->secret));

    const std::string bytes = temporary.close_and_read_bytes();
    EXPECT_EQ(bytes.find(issued->secret.substr(4)), std::string::npos);
    EXPECT_NE(bytes.find(hash_secret_token(issued->secret)), std::string::npos);
}

TEST(account_manager, rejects_a_short_password) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    auto user = manager.add_user(editor("fin", "short"), root);
    ASSERT_FALSE(user);
    EXPECT_EQ(user.error().field, "password");
    EXPECT_EQ(user.error().message, "must be at least 10 characters long, got 5");
}

TEST(account_manager, rejects_a_bad_user_name) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    auto user = manager.add_user(editor("Fin Ops"), root);
    ASSERT_FALSE(user);
    EXPECT_EQ(user.error().field, "name");
    EXPECT_EQ(user.error().message,
              "must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit, got "
              "'Fin Ops'");
}

TEST(account_manager, rejects_an_editor_without_a_domain) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    NewAccount account = editor();
    account.domains.clear();
    auto user = manager.add_user(account, root);
    ASSERT_FALSE(user);
    EXPECT_EQ(user.error().field, "domains");
    EXPECT_EQ(user.error().message, "an editor needs at least one of force, funding, incidents, council");
}

TEST(account_manager, rejects_a_liaison_without_a_country) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    auto user = manager.add_user(NewAccount{"jm", "liaison password", {Role::liaison}, {}, "jam"}, root);
    ASSERT_FALSE(user);
    EXPECT_EQ(user.error().field, "country");
    EXPECT_EQ(user.error().message,
              "a liaison needs its country as an ISO 3166-1 alpha-3 code such as KEN, got 'jam'");
}

TEST(account_manager, checks_roles_as_they_will_be_after_a_change) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    ASSERT_TRUE(manager.add_user(editor(), root));
    auto changed = manager.change_user("fin", AccountChange{.roles = std::vector<Role>{Role::viewer}}, root);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().message,
              "only editors have edit domains; add the editor role or remove the domains");
    auto viewer = manager.change_user(
        "fin", AccountChange{.roles = std::vector<Role>{Role::viewer}, .domains = std::vector<EditDomain>{}},
        root);
    ASSERT_TRUE(viewer) << viewer.error().message;
    EXPECT_EQ(viewer->roles, std::vector<Role>{Role::viewer});
}

TEST(account_manager, refuses_a_token_without_a_label_or_user) {
    http::auth::TemporaryStore temporary;
    AccountManager manager(temporary.store().accounts(), PasswordCost::fast());
    auto unlabelled = manager.issue_token("fin", "", root);
    ASSERT_FALSE(unlabelled);
    EXPECT_EQ(unlabelled.error().field, "label");
    EXPECT_EQ(unlabelled.error().message,
              "must be 1 to 64 characters naming what the token is for, got 0 characters");
    auto orphan = manager.issue_token("ghost", "ci", root);
    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace mssops::app::auth
