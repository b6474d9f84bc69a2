#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/principal.hpp"
#include "domain/result.hpp"
#include "store/account_store.hpp"
#include "store/stored_row.hpp"

namespace mssops::store {

// How accounts are written into rows and into the audit log, the same on every backend.

/// Roles as a column holds them: space-separated names, "editor liaison".
std::string roles_column(const std::vector<domain::Role>& roles);
/// Reads a roles column back; internal when it holds a name no build of mssops wrote.
domain::Result<std::vector<domain::Role>> roles_from_column(std::string_view column);
/// Edit domains as a column holds them: "force funding".
std::string domains_column(const std::vector<domain::EditDomain>& domains);
/// Reads a domains column back; internal on an unknown name.
domain::Result<std::vector<domain::EditDomain>> domains_from_column(std::string_view column);

/// not_found on `field`: "no user named 'name'".
domain::Error no_user(std::string_view field, std::string_view name);

/// "SELECT id, name, password_hash, ... FROM users ": what user_from_row() reads; a WHERE follows.
inline constexpr const char* user_select =
    "SELECT id, name, password_hash, roles, domains, country, disabled, created_at FROM users ";
/// "SELECT t.id, u.name, ... FROM api_tokens t JOIN users u ...": what token_from_row() reads.
inline constexpr const char* token_select =
    "SELECT t.id, u.name, t.label, t.token_hash, t.created_at, t.last_used_at, t.revoked "
    "FROM api_tokens t JOIN users u ON u.id = t.user_id ";
/// Reads a row of user_select; internal when its roles or domains hold a name no build wrote.
domain::Result<User> user_from_row(const StoredRow& row);
/// Reads a row of token_select.
ApiToken token_from_row(const StoredRow& row);

/// The user a lookup by `name` found: the lookup's error, not_found on `field` when there is none, or
/// the user.
domain::Result<User> found_user(domain::Result<std::optional<User>> found, std::string_view field,
                                std::string_view name);
/// `token` as it is stored when made at `now`: never used, not revoked.
ApiToken new_token(ApiToken token, std::string now);

/// `user` with each member that `change` sets replaced.
User changed_user(User user, const UserChange& change);

/// The user as the API shows it and the audit log keeps it: name, roles, domains, country, disabled,
/// created_at; never the password hash.
boost::json::object user_json(const User& user);
/// user_json() as text, with whether the password changed.
std::string user_audit_text(const User& user, bool password_changed = false);
/// The token as the audit log keeps it: user, label, created_at, revoked; never its hash.
std::string token_audit_text(const ApiToken& token);

}  // namespace mssops::store
