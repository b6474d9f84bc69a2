#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/principal.hpp"
#include "domain/result.hpp"
#include "store/account_store.hpp"

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

/// The user as the audit log keeps it: name, roles, domains, country, disabled, created_at, and
/// whether the password changed; never the password hash.
std::string user_audit_text(const User& user, bool password_changed = false);
/// The token as the audit log keeps it: user, label, created_at, revoked; never its hash.
std::string token_audit_text(const ApiToken& token);

}  // namespace mssops::store
