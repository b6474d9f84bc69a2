#pragma once

#include <string_view>

#include "domain/principal.hpp"

namespace mssops::domain {

/// Whether the principal may read `field` of records of `kind`. Admins, editors and liaisons read
/// every field; a viewer or an anonymous reader does not read the fields held back from them: an
/// incident's notes, free text that may identify victims or witnesses (responsible data practice
/// keeps such text to staff).
bool may_read_field(const Principal& principal, std::string_view kind, std::string_view field);

/// Whether the principal reads every field of every kind (then no answer is cut for them).
bool reads_every_field(const Principal& principal);

}  // namespace mssops::domain
