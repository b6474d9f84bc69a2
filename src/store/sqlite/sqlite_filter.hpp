#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "store/sqlite/sqlite_statement.hpp"

namespace mssops::store {

/// A value a WHERE clause binds to one of its ? marks.
using SqliteParameter = std::variant<std::int64_t, std::string>;

/// A WHERE clause of conditions joined by AND, with the values of its ? marks in order.
struct SqliteFilter {
    std::string where = "1";
    std::vector<SqliteParameter> parameters;

    /// Adds `condition` and the values of its ? marks.
    void add(const std::string& condition, std::vector<SqliteParameter> values) {
        where += " AND " + condition;
        for (auto& value : values) parameters.push_back(std::move(value));
    }
};

/// Binds `parameters` to the ? marks of `statement`, from the first.
inline void bind_all(SqliteStatement& statement, const std::vector<SqliteParameter>& parameters) {
    int index = 1;
    for (const auto& parameter : parameters)
        std::visit([&](const auto& value) { statement.bind(index++, value); }, parameter);
}

}  // namespace mssops::store
