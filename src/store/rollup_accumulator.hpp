#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/record.hpp"
#include "store/incident_columns.hpp"

namespace mssops::store {

/// One rollup cell as views: day x unit (P-code, name) x event type.
struct RollupCellView {
    std::int64_t day = 0;
    std::string_view pcode;
    std::string_view unit;
    std::string_view event_type;
};

/// Rollup changes gathered over a bulk import: millions of rows counted into a few hundred
/// thousand cells. The few distinct texts (P-codes, unit names, event types) are interned, so a
/// row is counted with five small-table lookups and two integer-keyed ones, and no copies.
class RollupAccumulator {
public:
    /// As RollupChanges::add.
    void add(const domain::Fields& fields, int sign);
    void add(const IncidentRow& row, int sign);
    /// Calls `visit` for each gathered cell of admin level 1 or 2, in RollupKey order (the rollup
    /// tables' primary key order).
    void each_cell(int level,
                   const std::function<void(const RollupCellView&, const RollupDelta&)>& visit) const;
    /// The gathered changes, ordered.
    RollupChanges changes() const;
    /// Cells gathered at both levels: what the accumulator's memory grows with.
    std::size_t cell_count() const { return adm1_.size() + adm2_.size(); }
    /// Forgets the gathered cells (once written), keeping the interned texts and the tables' room.
    void clear_cells();

private:
    struct Cell {
        std::int64_t day;
        std::uint32_t pcode, unit, event_type;
        bool operator==(const Cell&) const = default;
    };
    /// Cells in one flat open-addressing table (linear probing, power-of-two size): a lookup
    /// touches one cache line, where a node-based map chases pointers.
    class Cells {
    public:
        RollupDelta& operator[](const Cell& cell);
        template <class Visit>
        void each(Visit&& visit) const {
            for (const auto& slot : slots_)
                if (slot.used) visit(slot.cell, slot.delta);
        }
        std::size_t size() const { return size_; }
        void clear();

    private:
        struct Slot {
            Cell cell;
            RollupDelta delta;
            bool used = false;
        };
        static std::size_t hash(const Cell& cell);
        void grow();
        std::vector<Slot> slots_;
        std::size_t size_ = 0;
    };
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    std::uint32_t intern(std::string_view text);
    void count(Cells& cells, std::int64_t day, std::string_view pcode, std::string_view unit,
               std::uint32_t event_type, std::int64_t events, std::int64_t fatalities);

    std::deque<std::string> texts_;  // A deque: the views in ids_ stay valid as it grows.
    std::unordered_map<std::string_view, std::uint32_t, TextHash, std::equal_to<>> ids_;
    Cells adm1_;
    Cells adm2_;
};

}  // namespace mssops::store
