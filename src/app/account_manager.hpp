#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/password_hash.hpp"
#include "domain/principal.hpp"
#include "domain/result.hpp"
#include "store/account_store.hpp"

namespace mssops::app::auth {

/// A user to create, with the password in clear: it is hashed here and then forgotten.
struct NewAccount {
    std::string name;
    std::string password;
    std::vector<domain::Role> roles;
    std::vector<domain::EditDomain> domains;
    std::string country;
};

/// What to change on a user; unset members stay as they are.
struct AccountChange {
    std::optional<std::string> password;
    std::optional<std::vector<domain::Role>> roles;
    std::optional<std::vector<domain::EditDomain>> domains;
    std::optional<std::string> country;
    std::optional<bool> disabled;
    store::KeepTokens tokens_on_password_change = store::KeepTokens::no;  // A new password revokes them.
};

/// A new API token: the stored row and the token itself, which is shown once and never again.
struct IssuedToken {
    store::ApiToken token;
    std::string secret;
};

/// Creates and changes accounts and issues API tokens, for the CLI and the API alike: checks the
/// request, hashes secrets and hands only hashes to the store.
class AccountManager {
public:
    AccountManager(store::AccountStore& accounts, PasswordCost cost);

    /// Creates a user. invalid_input naming the field at fault; conflict when the name is taken.
    domain::Result<store::User> add_user(const NewAccount& account, const store::Actor& who);
    /// Changes a user; a new password ends its sessions and revokes its API tokens unless the change
    /// keeps them. not_found naming "name", invalid_input.
    domain::Result<store::User> change_user(std::string_view name, const AccountChange& change,
                                            const store::Actor& who);
    /// Issues an API token to `user`, labelled `label`. not_found naming "user"; invalid_input naming
    /// "label".
    domain::Result<IssuedToken> issue_token(std::string_view user, std::string_view label,
                                            const store::Actor& who);

private:
    store::AccountStore& accounts_;
    PasswordCost cost_;
};

/// Checks a user name: 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit.
domain::Result<void> validate_user_name(std::string_view name);

/// Checks that roles, domains and country agree: at least one role; editors need a domain and only
/// editors have domains; liaisons need an ISO3 country and only liaisons have one.
domain::Result<void> validate_roles(const std::vector<domain::Role>& roles,
                                    const std::vector<domain::EditDomain>& domains, std::string_view country);

}  // namespace mssops::app::auth
