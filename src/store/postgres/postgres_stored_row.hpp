#pragma once

#include <pqxx/pqxx>

#include "store/stored_row.hpp"

namespace mssops::store {

/// A row of a PostgreSQL result as a StoredRow.
class PostgresStoredRow final : public StoredRow {
public:
    explicit PostgresStoredRow(const pqxx::row& row) : row_(row) {}
    bool is_null(int column) const override { return row_[column].is_null(); }
    std::string text(int column) const override { return row_[column].c_str(); }
    std::int64_t integer(int column) const override { return row_[column].as<std::int64_t>(); }
    double real(int column) const override { return row_[column].as<double>(); }
    bool flag(int column) const override { return row_[column].as<bool>(); }

private:
    const pqxx::row& row_;
};

}  // namespace mssops::store
