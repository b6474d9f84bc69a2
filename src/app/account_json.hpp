#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/account_manager.hpp"
#include "domain/principal.hpp"
#include "domain/result.hpp"
#include "store/account_store.hpp"

namespace mssops::app::auth {

/// A user as the API shows it: name, roles, domains, country, disabled, created_at; never the hash.
boost::json::object user_to_json(const store::User& user);
/// A principal as GET /auth/me shows it: name, roles, domains, country.
boost::json::object principal_to_json(const domain::Principal& principal);
/// A token as listed: id, name (its label), created_at, last_used_at, revoked; never the token or hash.
boost::json::object token_to_json(const store::ApiToken& token);

/// The body of POST /users: {name, password, roles, domains?, country?}. invalid_input naming the
/// member at fault, including any member not in that list.
domain::Result<NewAccount> new_account_from_json(const boost::json::object& body);
/// The body of PATCH /users/{name}: any of {password, roles, domains, country, disabled}.
domain::Result<AccountChange> account_change_from_json(const boost::json::object& body);

/// The string member `name`; invalid_input naming it when missing (if required) or not a string.
domain::Result<std::optional<std::string>> text_member(const boost::json::object& body, std::string_view name,
                                                       bool required);
/// invalid_input naming the first member of `body` not in `allowed`.
domain::Result<void> only_members(const boost::json::object& body,
                                  const std::vector<std::string_view>& allowed);

}  // namespace mssops::app::auth
