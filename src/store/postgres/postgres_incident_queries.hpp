#pragma once

#include <functional>
#include <pqxx/pqxx>
#include <vector>

#include "domain/result.hpp"
#include "store/incident_store.hpp"

namespace mssops::store {

// The read side of PostgresIncidentStore, inside a read transaction; the queries are checked with
// check_incident_query() (query_checks.hpp) first.

/// A page of incidents, newest event first.
domain::Result<Page> list_postgres_incidents(pqxx::work& work, const IncidentQuery& query);
/// Every matching incident, newest event first.
void each_postgres_incident(pqxx::work& work, const IncidentQuery& query,
                            const std::function<void(const domain::Record&)>& visit);
/// Events and fatalities per unit x period x event type: from the rollup tables, or by scanning
/// the incidents when an actor is named.
domain::Result<std::vector<AggregateRow>> aggregate_postgres_incidents(pqxx::work& work,
                                                                       const AggregateQuery& query);

/// Live incidents per cited source record.
domain::Result<std::vector<SourceCitationCount>> count_postgres_incident_citations(pqxx::work& work);

}  // namespace mssops::store
