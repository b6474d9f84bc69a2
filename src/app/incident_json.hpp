#pragma once

#include <boost/json/object.hpp>
#include <vector>

#include "ingest/incident_import.hpp"
#include "store/incident_store.hpp"

namespace mssops::app {

/// {"by", "period", "from", "to", "event_types", "actor", "rows": [{period, period_start, pcode, unit,
/// event_type, events, fatalities}]}: what GET /api/v1/incidents/aggregate and
/// `mssops incidents aggregate --json` return.
boost::json::object aggregate_to_json(const store::AggregateQuery& query,
                                      const std::vector<store::AggregateRow>& rows);

/// {"committed", "hxl", "rows", "created", "updated", "unchanged", "retired", "skipped", "errors":
/// [{"field": "file.csv:14:7", "message"}]}: the answer to an import.
boost::json::object import_report_to_json(const ingest::IncidentImportReport& report);

}  // namespace mssops::app
