#pragma once

#include <boost/json/value.hpp>
#include <string_view>

#include "domain/principal.hpp"

namespace mssops::http {

/// `answer` (one record of `kind`, or a page whose "items" are records of it) without the fields
/// the principal may not read (domain::may_read_field), so a list, a record and an export of the
/// same rows show a viewer the same fields.
boost::json::value readable_json(boost::json::value answer, const domain::Principal& principal,
                                 std::string_view kind);

}  // namespace mssops::http
