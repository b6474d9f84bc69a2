#include "store/unit_labels.hpp"
#include "domain/kind_names.hpp"

#include <tuple>

namespace mssops::store {

domain::Result<std::map<std::string, std::string>> admin_unit_names(RecordStore& records, int level) {
    auto units = list_all_records(records, ListQuery{.kind = std::string(domain::kinds::admin_units)});
    if (!units) return units.error();
    std::map<std::string, std::string> names;
    for (const auto& unit : *units) {
        if (unit.integer("level") != level) continue;
        const std::string* pcode = unit.text("pcode");
        const std::string* name = unit.text("name");
        if (pcode && name) names.emplace(*pcode, *name);
    }
    return names;
}

std::vector<AggregateRow> label_units(std::vector<AggregateRow> rows,
                                      const std::map<std::string, std::string>& names) {
    using Cell = std::tuple<std::string, std::string, std::string, std::string>;  // Start, pcode, unit, type.
    std::map<Cell, AggregateRow> merged;
    for (auto& row : rows) {
        if (auto it = names.find(row.pcode); !row.pcode.empty() && it != names.end()) row.unit = it->second;
        auto [cell, added] =
            merged.try_emplace(Cell{row.period_start, row.pcode, row.unit, row.event_type}, row);
        if (!added) {
            cell->second.events += row.events;
            cell->second.fatalities += row.fatalities;
        }
    }
    std::vector<AggregateRow> result;
    result.reserve(merged.size());
    for (auto& [cell, row] : merged) result.push_back(std::move(row));
    return result;
}

domain::Result<std::vector<AggregateRow>> aggregate_with_unit_names(Store& store,
                                                                    const AggregateQuery& query) {
    auto rows = store.incidents().aggregate(query);
    if (!rows) return rows.error();
    if (query.by == AggregateBy::none) return rows;
    auto names = admin_unit_names(store.records(), query.by == AggregateBy::adm1 ? 1 : 2);
    if (!names) return names.error();
    return label_units(std::move(rows).value(), *names);
}

}  // namespace mssops::store
