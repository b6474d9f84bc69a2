#pragma once

#include <string>
#include <vector>

namespace mssops::domain {

/// What a signed-in user may do. Editors edit one domain; a liaison edits only its own
/// country's deployment events; viewers read.
enum class Role { admin, editor, liaison, viewer };

/// The record domains an editor may be given.
enum class EditDomain { force, funding, incidents, council };

/// Who is making a request, once authenticated: an anonymous principal has no name and no roles.
struct Principal {
    std::string name;                 // User name; "" when anonymous.
    std::vector<Role> roles;          // A user may hold several.
    std::vector<EditDomain> domains;  // For editors.
    std::string country;              // ISO3, for liaisons.
    bool authenticated() const { return !name.empty(); }
};

}  // namespace mssops::domain
