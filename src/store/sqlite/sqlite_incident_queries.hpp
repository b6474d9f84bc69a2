#pragma once

#include <functional>
#include <vector>

#include "store/incident_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace mssops::store {

// The read side of SqliteIncidentStore, on a connection inside a read transaction.

/// A page of incidents, newest event first.
domain::Result<Page> list_incidents(SqliteConnection& connection, const IncidentQuery& query);

/// Every matching incident, newest event first.
domain::Result<void> each_incident(SqliteConnection& connection, const IncidentQuery& query,
                                   const std::function<void(const domain::Record&)>& visit);

/// Events and fatalities per unit x period x event type: from the rollup tables, or by scanning
/// the incidents when an actor is named, or a country while events of another are stored.
domain::Result<std::vector<AggregateRow>> aggregate_incidents(SqliteConnection& connection,
                                                              const AggregateQuery& query);

/// Live incidents per cited source record.
domain::Result<std::vector<SourceCitationCount>> count_incident_citations(SqliteConnection& connection);

}  // namespace mssops::store
