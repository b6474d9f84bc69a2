#pragma once

#include "store/sqlite/sqlite_statement.hpp"
#include "store/stored_row.hpp"

namespace mssops::store {

/// The current row of a SQLite statement as a StoredRow.
class SqliteStoredRow final : public StoredRow {
public:
    explicit SqliteStoredRow(const SqliteStatement& statement) : statement_(statement) {}
    bool is_null(int column) const override { return statement_.is_null(column); }
    std::string text(int column) const override { return statement_.text(column); }
    std::int64_t integer(int column) const override { return statement_.integer(column); }
    double real(int column) const override { return statement_.real(column); }
    bool flag(int column) const override { return statement_.integer(column) != 0; }

private:
    const SqliteStatement& statement_;
};

}  // namespace mssops::store
