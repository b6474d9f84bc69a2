#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/result.hpp"

struct sqlite3_stmt;

namespace mssops::store {

/// A prepared SQLite statement in use: binds parameters (1-based), steps through rows, and on
/// destruction resets a cached statement for its next use or finalizes one it owns.
class SqliteStatement {
public:
    SqliteStatement(sqlite3_stmt* statement, bool owned);
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    ~SqliteStatement();

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    SqliteStatement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    /// Binds NULL when `text` holds nothing.
    SqliteStatement& bind(int index, const std::optional<std::string>& text);
    SqliteStatement& bind_null(int index);

    /// Advances to the next row: true when a row is ready, false when done; unavailable on failure.
    domain::Result<bool> step();
    /// Runs a statement that returns no rows.
    domain::Result<void> run();

    bool is_null(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;

private:
    sqlite3_stmt* statement_;
    bool owned_;
};

/// An unavailable error for a failed SQLite call, with a hint the operator can act on.
domain::Error sqlite_error(int code, std::string_view detail);

}  // namespace mssops::store
