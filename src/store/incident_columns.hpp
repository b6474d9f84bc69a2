#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "domain/kind_catalog.hpp"
#include "domain/record.hpp"

namespace mssops::store {

/// How a stored incident column holds its value.
enum class ColumnType { text, integer, real };

/// One typed column of the incidents table; its name is the catalog field it stores.
struct IncidentColumn {
    std::string_view name;
    ColumnType type;
};

/// Every field of the "incidents" kind as a column, in the table's order (key first).
const std::vector<IncidentColumn>& incident_columns();

/// The index in incident_columns() of the column `name`, which must be one of them.
std::size_t incident_column(std::string_view name);

/// One incident as typed values in incident_columns() order: what a bulk import reads, checks and
/// writes without building Fields (a map of strings per row costs more than the write itself).
/// A text value is a view, either of the caller's buffer (set_text: the caller keeps it alive) or
/// of the row's own copy (set_owned_text). Each column holds its ColumnType or nothing.
class IncidentRow {
public:
    IncidentRow();
    IncidentRow(const IncidentRow&) = delete;
    IncidentRow& operator=(const IncidentRow&) = delete;

    /// Empties every column; the row's own copies keep their capacity for the next row.
    void clear();
    void set_text(std::size_t column, std::string_view text);
    void set_owned_text(std::size_t column, std::string_view text);
    void set_integer(std::size_t column, std::int64_t value);
    void set_real(std::size_t column, double value);
    /// Days since 1970-01-01 of the first day the date stands for (as incident_day()).
    void set_day(std::int64_t day) { day_ = day; }

    bool has(std::size_t column) const { return values_[column].state != State::absent; }
    /// The column's text, "" when absent.
    std::string_view text(std::size_t column) const { return values_[column].text; }
    std::int64_t integer(std::size_t column) const { return values_[column].integer; }
    double real(std::size_t column) const { return values_[column].real; }
    std::int64_t day() const { return day_; }

    /// The same incident as Fields, as validate_fields() would give them.
    domain::Fields to_fields() const;
    /// Equals incident_content_hash(to_fields()), without building them.
    std::int64_t content_hash() const;

private:
    enum class State : std::uint8_t { absent, text, integer, real };
    struct Value {
        State state = State::absent;
        std::string_view text;
        std::int64_t integer = 0;
        double real = 0;
    };
    std::vector<Value> values_;
    std::vector<std::string> owned_;
    std::int64_t day_ = 0;
};

/// The "incidents" kind of the catalog.
const domain::KindSpec& incident_kind();

/// A 64-bit hash of validated fields; equal fields hash equal, so a re-imported row that hashes
/// like the stored one changes nothing.
std::int64_t incident_content_hash(const domain::Fields& fields);

/// Days since 1970-01-01 of the first day the incident's "date" stands for (the date is valid).
std::int64_t incident_day(const domain::Fields& fields);

/// One rollup cell: day x unit (P-code, name) x event type.
struct RollupKey {
    std::int64_t day = 0;
    std::string pcode;
    std::string unit;
    std::string event_type;
    friend auto operator<=>(const RollupKey&, const RollupKey&) = default;
};

/// Changes to the rollups gathered while writing incidents, applied once per transaction.
struct RollupDelta {
    std::int64_t events = 0;
    std::int64_t fatalities = 0;
};

/// The rollup changes of a transaction, per admin level.
struct RollupChanges {
    std::map<RollupKey, RollupDelta> adm1;
    std::map<RollupKey, RollupDelta> adm2;

    /// Counts a live incident in (`sign` +1) or out (-1).
    void add(const domain::Fields& fields, int sign);
    bool empty() const { return adm1.empty() && adm2.empty(); }
};

/// The day number of the ISO week's Monday and of the month's first day, for `day`.
std::int64_t week_of_day(std::int64_t day);
std::int64_t month_of_day(std::int64_t day);

}  // namespace mssops::store
