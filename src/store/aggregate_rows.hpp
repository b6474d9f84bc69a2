#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "domain/incident_period.hpp"
#include "store/incident_columns.hpp"
#include "store/incident_store.hpp"

namespace mssops::store {

/// The rollup column holding the start of each `period`'s period: "day", "week" or "month".
const char* period_column(domain::IncidentPeriod period);

/// Builds an aggregate's answer from the rows a backend's query reads, the same on every backend.
/// One query adds rows of one sort: grouped by period (from the rollups) or by day (from a scan).
class AggregateRows {
public:
    explicit AggregateRows(domain::IncidentPeriod period) : period_(period) {}

    /// A row already grouped by period start and read in the answer's order: kept as it comes, with
    /// each period's labels made once.
    void add_grouped(std::int64_t start, std::string pcode, std::string unit, std::string event_type,
                     std::int64_t events, std::int64_t fatalities);
    /// A row grouped by day: summed into its period's cell.
    void add_day(std::int64_t day, std::string pcode, std::string unit, std::string event_type,
                 std::int64_t events, std::int64_t fatalities);
    /// The answer: the grouped rows as they came, or the day rows' cells in (period start, pcode,
    /// unit, event type) order.
    std::vector<AggregateRow> rows() &&;

private:
    using Cell =
        std::tuple<std::int64_t, std::string, std::string, std::string>;  // Start, pcode, unit, type.

    domain::IncidentPeriod period_;
    std::vector<AggregateRow> grouped_;
    std::int64_t labelled_ = std::numeric_limits<std::int64_t>::min();
    std::string label_;
    std::string start_day_;
    std::map<Cell, RollupDelta> cells_;
};

}  // namespace mssops::store
