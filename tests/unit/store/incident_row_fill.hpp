#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "domain/record.hpp"
#include "store/incident_columns.hpp"

namespace mssops::store::testing {

/// Fills `row` with an incident's fields, as the import's typed reader would; its texts view those of
/// `fields`, which must outlive it.
inline void fill(IncidentRow& row, const domain::Fields& fields) {
    row.clear();
    for (const auto& [name, value] : fields) {
        std::size_t column = incident_column(name);
        if (auto* text = std::get_if<std::string>(&value))
            row.set_text(column, *text);
        else if (auto* whole = std::get_if<std::int64_t>(&value))
            row.set_integer(column, *whole);
        else if (auto* real = std::get_if<double>(&value))
            row.set_real(column, *real);
    }
    row.set_day(incident_day(fields));
}

}  // namespace mssops::store::testing
