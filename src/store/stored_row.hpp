#pragma once

#include <cstdint>
#include <string>

namespace mssops::store {

/// One result row of either backend, read by column index: the neutral row mappers (users, tokens,
/// alerts, extractions, incidents) read through it, so each backend only runs the query.
class StoredRow {
public:
    virtual ~StoredRow() = default;
    virtual bool is_null(int column) const = 0;
    /// The column's text, "" for NULL.
    virtual std::string text(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
    /// A boolean column: SQLite's 0/1 integer or PostgreSQL's boolean.
    virtual bool flag(int column) const = 0;
};

}  // namespace mssops::store
