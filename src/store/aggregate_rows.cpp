#include "store/aggregate_rows.hpp"

#include <chrono>

#include "domain/partial_date.hpp"

namespace mssops::store {

const char* period_column(domain::IncidentPeriod period) {
    return period == domain::IncidentPeriod::day    ? "day"
           : period == domain::IncidentPeriod::week ? "week"
                                                    : "month";
}

void AggregateRows::add_grouped(std::int64_t start, std::string pcode, std::string unit,
                                std::string event_type, std::int64_t events, std::int64_t fatalities) {
    if (start != labelled_) {
        std::chrono::sys_days day{std::chrono::days{start}};
        label_ = domain::period_label(day, period_);
        start_day_ = domain::to_iso_day(day);
        labelled_ = start;
    }
    grouped_.push_back(AggregateRow{label_, start_day_, std::move(pcode), std::move(unit),
                                    std::move(event_type), events, fatalities});
}

void AggregateRows::add_day(std::int64_t day, std::string pcode, std::string unit, std::string event_type,
                            std::int64_t events, std::int64_t fatalities) {
    std::chrono::sys_days value{std::chrono::days{day}};
    std::int64_t start = domain::period_start(value, period_).time_since_epoch().count();
    auto& cell = cells_[Cell{start, std::move(pcode), std::move(unit), std::move(event_type)}];
    cell.events += events;
    cell.fatalities += fatalities;
}

std::vector<AggregateRow> AggregateRows::rows() && {
    if (cells_.empty()) return std::move(grouped_);
    std::vector<AggregateRow> result;
    result.reserve(cells_.size());
    for (const auto& [cell, totals] : cells_) {
        std::chrono::sys_days start{std::chrono::days{std::get<0>(cell)}};
        result.push_back(AggregateRow{domain::period_label(start, period_), domain::to_iso_day(start),
                                      std::get<1>(cell), std::get<2>(cell), std::get<3>(cell), totals.events,
                                      totals.fatalities});
    }
    return result;
}

}  // namespace mssops::store
