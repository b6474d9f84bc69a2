#pragma once

#include <cstdint>
#include <map>
#include <unordered_map>
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

/// RollupChanges gathered in a hash map: a bulk import counts millions of rows into a few
/// thousand cells, and ordered-map lookups on string keys would cost it a quarter of its time.
class RollupAccumulator {
public:
    /// As RollupChanges::add.
    void add(const domain::Fields& fields, int sign);
    /// The gathered changes, ordered.
    RollupChanges changes() const;

private:
    struct Hash {
        std::size_t operator()(const RollupKey& key) const;
    };
    std::unordered_map<RollupKey, RollupDelta, Hash> adm1_;
    std::unordered_map<RollupKey, RollupDelta, Hash> adm2_;
};

/// The day number of the ISO week's Monday and of the month's first day, for `day`.
std::int64_t week_of_day(std::int64_t day);
std::int64_t month_of_day(std::int64_t day);

}  // namespace mssops::store
