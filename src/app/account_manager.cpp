#include "app/account_manager.hpp"

#include <algorithm>

#include "app/secret_token.hpp"
#include "domain/access_policy.hpp"

namespace mssops::app::auth {

using domain::Error;
using domain::Role;

namespace {

bool contains(const std::vector<Role>& roles, Role role) {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool is_iso3(std::string_view code) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

domain::Result<void> validate_user_name(std::string_view name) {
    auto allowed = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    };
    const bool good = !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), allowed) &&
                      name.front() != '.' && name.front() != '_' && name.front() != '-';
    if (good) return {};
    return Error::invalid("name",
                          "must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter "
                          "or digit, got '" +
                              std::string(name.substr(0, 80)) + "'");
}

domain::Result<void> validate_roles(const std::vector<Role>& roles,
                                    const std::vector<domain::EditDomain>& domains,
                                    std::string_view country) {
    if (roles.empty())
        return Error::invalid("roles", "must name at least one of admin, editor, liaison, viewer");
    const bool editor = contains(roles, Role::editor);
    const bool liaison = contains(roles, Role::liaison);
    if (editor && domains.empty())
        return Error::invalid("domains",
                              "an editor needs at least one of force, funding, incidents, council");
    if (!editor && !domains.empty())
        return Error::invalid("domains",
                              "only editors have edit domains; add the editor role or remove the domains");
    if (liaison && !is_iso3(country))
        return Error::invalid("country",
                              "a liaison needs its country as an ISO 3166-1 alpha-3 code such as KEN, got '" +
                                  std::string(country.substr(0, 16)) + "'");
    if (!liaison && !country.empty())
        return Error::invalid("country",
                              "only liaisons have a country; add the liaison role or remove the country");
    return {};
}

AccountManager::AccountManager(store::AccountStore& accounts, PasswordCost cost)
    : accounts_(accounts), cost_(cost) {}

domain::Result<store::User> AccountManager::add_user(const NewAccount& account, const store::Actor& who) {
    if (auto name = validate_user_name(account.name); !name) return name.error();
    if (auto roles = validate_roles(account.roles, account.domains, account.country); !roles)
        return roles.error();
    if (auto password = validate_new_password(account.password); !password) return password.error();
    auto hash = hash_password(account.password, cost_);
    if (!hash) return hash.error();
    store::User user;
    user.name = account.name;
    user.password_hash = std::move(hash).value();
    user.roles = account.roles;
    user.domains = account.domains;
    user.country = account.country;
    return accounts_.create_user(user, who);
}

domain::Result<store::User> AccountManager::change_user(std::string_view name, const AccountChange& change,
                                                        const store::Actor& who) {
    auto current = accounts_.find_user(name);
    if (!current) return current.error();
    // The roles, domains and country must agree as they will be after the change.
    const auto& roles = change.roles ? *change.roles : current->roles;
    const auto& domains = change.domains ? *change.domains : current->domains;
    const auto& country = change.country ? *change.country : current->country;
    if (auto valid = validate_roles(roles, domains, country); !valid) return valid.error();

    store::UserChange stored;
    stored.roles = change.roles;
    stored.domains = change.domains;
    stored.country = change.country;
    stored.disabled = change.disabled;
    stored.tokens_on_password_change = change.tokens_on_password_change;
    if (change.password) {
        if (auto password = validate_new_password(*change.password); !password) return password.error();
        auto hash = hash_password(*change.password, cost_);
        if (!hash) return hash.error();
        stored.password_hash = std::move(hash).value();
    }
    return accounts_.update_user(name, stored, who);
}

domain::Result<IssuedToken> AccountManager::issue_token(std::string_view user, std::string_view label,
                                                        const store::Actor& who) {
    if (label.empty() || label.size() > 64)
        return Error::invalid("label", "must be 1 to 64 characters naming what the token is for, got " +
                                           std::to_string(label.size()) + " characters");
    IssuedToken issued;
    issued.secret = new_secret_token("mss_");
    store::ApiToken token;
    token.user = std::string(user);
    token.label = std::string(label);
    token.token_hash = hash_secret_token(issued.secret);
    auto stored = accounts_.create_token(token, who);
    if (!stored) return stored.error();
    issued.token = std::move(stored).value();
    return issued;
}

}  // namespace mssops::app::auth
