#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/kind_catalog.hpp"
#include "domain/result.hpp"
#include "http/route.hpp"
#include "store/record_store.hpp"

namespace mssops::http {

/// The query parameters a list of `kind` accepts: limit, offset, include_retired; from and to when
/// the kind has a date; country and mission when it has those fields; and each choice or reference
/// field as an equality filter. The OpenAPI document and the parser both read this list.
std::vector<ParameterDoc> list_query_parameters(const domain::KindSpec& kind);

/// Reads a list request's query into a ListQuery. invalid_input naming the parameter: an unknown one
/// (listing the known), limit outside 1..1000, a negative offset, a date that is not YYYY-MM-DD, a
/// country that is not ISO3, a value outside a choice field's choices.
domain::Result<store::ListQuery> parse_list_query(const domain::KindSpec& kind,
                                                  const std::map<std::string, std::string>& query);

}  // namespace mssops::http
