#pragma once

#include <optional>
#include <string_view>

#include "domain/principal.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// How much a route asks of its caller; mirrors http::Access without depending on http.
enum class AccessLevel { anyone, reader, editor, admin };

/// Whether readers must sign in. Off (refused) by default: the data belongs to governments.
enum class AnonymousReads { refused, allowed };

/// The edit domain a record kind belongs to, or nullopt for kinds every editor shares
/// (sources, countries). A kind the catalog does not know is nullopt too.
std::optional<EditDomain> edit_domain_of(std::string_view kind);

/// The domain's name as the API and the CLI spell it: "force", "funding"...
const char* to_text(EditDomain domain);
/// The role's name as the API and the CLI spell it: "admin", "editor"...
const char* to_text(Role role);
/// Parses "force", "funding", "incidents", "council"; invalid_input naming `field` otherwise.
Result<EditDomain> parse_edit_domain(std::string_view text, std::string_view field);
/// Parses "admin", "editor", "liaison", "viewer"; invalid_input naming `field` otherwise.
Result<Role> parse_role(std::string_view text, std::string_view field);

/// Whether the principal holds the role.
bool has_role(const Principal& principal, Role role);

/// Whether the principal may call a route of that level; `domain` is the route's edit domain.
/// unauthorized when a sign-in is needed and missing; forbidden when the user lacks the role.
/// A liaison passes the force editor level: the handler then checks the record's country.
Result<void> authorize_access(const Principal& principal, AccessLevel level, EditDomain domain,
                              AnonymousReads anonymous_reads);

/// Whether the principal may read records. unauthorized for an anonymous caller unless
/// anonymous reads are allowed.
Result<void> authorize_read(const Principal& principal, AnonymousReads anonymous_reads);

/// Whether the principal may write a record of `kind` holding `fields`. Admins always may;
/// editors of the kind's domain may; a liaison may write only deployment events and strength
/// reports whose "country" is its own. forbidden, saying why, otherwise; unauthorized when anonymous.
Result<void> authorize_write(const Principal& principal, std::string_view kind, const Fields& fields);

/// Whether the principal may apply `changes` to a record of `kind` now holding `before`: both the
/// record as it is and as it would become must be writable, so a liaison can neither edit another
/// country's event nor move its own event to another country.
Result<void> authorize_update(const Principal& principal, std::string_view kind, const Fields& before,
                              const Fields& changes);

}  // namespace mssops::domain
