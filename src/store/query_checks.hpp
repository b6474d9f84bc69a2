#pragma once

#include <cstdint>
#include <string_view>

#include "domain/kind_catalog.hpp"
#include "domain/result.hpp"
#include "store/audit_log.hpp"
#include "store/incident_store.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// The kind a RecordStore keeps. invalid_input on "kind" for an unknown kind, and for incidents,
/// which the IncidentStore keeps.
domain::Result<const domain::KindSpec*> stored_kind(std::string_view name);

/// Checks a list query: its kind is stored, limit is 1..1000, offset is not negative, from/to are ISO
/// days, and each filter names something the kind has. Returns the kind.
domain::Result<const domain::KindSpec*> check_list_query(const ListQuery& query);

/// invalid_input naming "from", "to", "limit" or "offset" when an incident query's values are out of
/// shape; limit and offset are checked only when the query is `paged` (a list, not each()).
domain::Result<void> check_incident_query(const IncidentQuery& query, bool paged);

/// invalid_input naming "from" or "to" when an aggregate query's dates are not ISO days.
domain::Result<void> check_aggregate_query(const AggregateQuery& query);

/// Checks an audit query: limit 1..1000 and offset not negative.
domain::Result<void> check_audit_query(const AuditQuery& query);

/// The largest page a list returns.
inline constexpr std::int64_t max_page_size = 1000;

}  // namespace mssops::store
