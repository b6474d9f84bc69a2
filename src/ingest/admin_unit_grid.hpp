#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace mssops::ingest {

/// A uniform grid over the extent of a set of admin units that answers most point lookups without
/// a polygon test: a cell that no border crosses lies wholly inside one unit (or none), found once
/// when the grid is built. Only points in cells a border crosses need the exact test. With OCHA's
/// detailed borders (thousands of vertices a commune) that test costs tens of microseconds a point.
class AdminUnitGrid {
public:
    /// A closed ring as (longitude, latitude) positions, first equal to last.
    using Ring = std::vector<std::pair<double, double>>;
    /// What lookup() answers besides a unit's index.
    static constexpr int no_unit = -1;
    static constexpr int needs_exact_test = -2;

    AdminUnitGrid() = default;
    /// Builds the grid from each unit's rings (outer rings and holes alike, even-odd). Where units
    /// overlap, a cell goes to the one with the smaller P-code, as AdminUnitLocator decides.
    static AdminUnitGrid build(const std::vector<std::vector<Ring>>& unit_rings,
                               const std::vector<std::string>& pcodes);

    /// The index of the unit holding the point, no_unit, or needs_exact_test when a border
    /// crosses its cell (or the grid is empty).
    int lookup(double longitude, double latitude) const;

private:
    /// The cell's column and row, unclamped; the same mapping for borders and points, so a point on
    /// a border always falls in a cell the border marks.
    std::pair<std::int64_t, std::int64_t> cell_of(double longitude, double latitude) const;

    double min_x_ = 0, min_y_ = 0, cell_width_ = 1, cell_height_ = 1;
    std::int64_t columns_ = 0, rows_ = 0;
    std::vector<int> cells_;  // Row-major: a unit's index, no_unit or needs_exact_test.
};

}  // namespace mssops::ingest
