#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/incident_store.hpp"
#include "store/record_store.hpp"
#include "store/store.hpp"

namespace mssops::store {

/// The names of the admin units of `level` a store holds, by P-code.
domain::Result<std::map<std::string, std::string>> admin_unit_names(RecordStore& records, int level);

/// Names each row's unit by the boundaries (`names`, by P-code) instead of the text its events
/// carried, and merges the rows that then coincide: ACLED writes "Port-au-Prince" for events that the
/// boundaries place in Delmas (HT0112), so one unit would otherwise be shown under another's name, or
/// under two names. Rows without a P-code, or with one the boundaries lack, keep their text. The
/// result is ordered by period, P-code, unit and event type.
std::vector<AggregateRow> label_units(std::vector<AggregateRow> rows,
                                      const std::map<std::string, std::string>& names);

/// IncidentStore::aggregate with units labelled by the stored boundaries of the level aggregated.
domain::Result<std::vector<AggregateRow>> aggregate_with_unit_names(Store& store,
                                                                    const AggregateQuery& query);

}  // namespace mssops::store
