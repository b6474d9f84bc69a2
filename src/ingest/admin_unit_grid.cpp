#include "ingest/admin_unit_grid.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mssops::ingest {
namespace {

// 512 x 512 cells over Haiti are about 700 m x 400 m: a few percent of them hold a border.
constexpr std::int64_t cells_per_side = 512;

}  // namespace

std::pair<std::int64_t, std::int64_t> AdminUnitGrid::cell_of(double longitude, double latitude) const {
    return {static_cast<std::int64_t>(std::floor((longitude - min_x_) / cell_width_)),
            static_cast<std::int64_t>(std::floor((latitude - min_y_) / cell_height_))};
}

AdminUnitGrid AdminUnitGrid::build(const std::vector<std::vector<Ring>>& unit_rings,
                                   const std::vector<std::string>& pcodes) {
    AdminUnitGrid grid;
    double max_x = -std::numeric_limits<double>::infinity(), max_y = max_x;
    grid.min_x_ = grid.min_y_ = std::numeric_limits<double>::infinity();
    for (const auto& rings : unit_rings)
        for (const auto& ring : rings)
            for (auto [x, y] : ring) {
                grid.min_x_ = std::min(grid.min_x_, x);
                grid.min_y_ = std::min(grid.min_y_, y);
                max_x = std::max(max_x, x);
                max_y = std::max(max_y, y);
            }
    if (!(max_x > grid.min_x_) || !(max_y > grid.min_y_)) return grid;
    grid.columns_ = grid.rows_ = cells_per_side;
    grid.cell_width_ = (max_x - grid.min_x_) / static_cast<double>(cells_per_side);
    grid.cell_height_ = (max_y - grid.min_y_) / static_cast<double>(cells_per_side);
    grid.cells_.assign(static_cast<std::size_t>(grid.columns_ * grid.rows_), no_unit);
    auto clamp_column = [&](std::int64_t c) { return std::clamp<std::int64_t>(c, 0, grid.columns_ - 1); };
    auto clamp_row = [&](std::int64_t r) { return std::clamp<std::int64_t>(r, 0, grid.rows_ - 1); };

    // Every cell a border passes through needs the exact test: inside it the answer may change.
    // Row by row, the segment's stretch within the row's band, widened by a cell each way so that
    // rounding never leaves out a cell a point on the border maps to.
    std::vector<bool> crossed(grid.cells_.size(), false);
    for (const auto& rings : unit_rings)
        for (const auto& ring : rings)
            for (std::size_t i = 1; i < ring.size(); ++i) {
                auto [x0, y0] = ring[i - 1];
                auto [x1, y1] = ring[i];
                const double low = std::min(y0, y1), high = std::max(y0, y1);
                for (std::int64_t r = clamp_row(grid.cell_of(x0, low).second);
                     r <= clamp_row(grid.cell_of(x0, high).second); ++r) {
                    const double row_bottom = grid.min_y_ + static_cast<double>(r) * grid.cell_height_;
                    const double band_low = std::max(low, row_bottom);
                    const double band_high = std::min(high, row_bottom + grid.cell_height_);
                    double xa = x0, xb = x1;
                    if (y1 != y0) {
                        xa = x0 + (band_low - y0) / (y1 - y0) * (x1 - x0);
                        xb = x0 + (band_high - y0) / (y1 - y0) * (x1 - x0);
                    }
                    std::int64_t first = grid.cell_of(std::min(xa, xb), 0).first - 1;
                    std::int64_t last = grid.cell_of(std::max(xa, xb), 0).first + 1;
                    for (std::int64_t c = clamp_column(first); c <= clamp_column(last); ++c)
                        crossed[static_cast<std::size_t>(r * grid.columns_ + c)] = true;
                }
            }

    // The other cells: where each row's centre line crosses a unit's rings; between the 1st and
    // 2nd crossing, the 3rd and 4th... the line is inside (even-odd, so holes fall out).
    std::vector<std::vector<double>> crossings(static_cast<std::size_t>(grid.rows_));
    for (std::size_t unit = 0; unit < unit_rings.size(); ++unit) {
        for (auto& row : crossings) row.clear();
        for (const auto& ring : unit_rings[unit])
            for (std::size_t i = 1; i < ring.size(); ++i) {
                auto [x0, y0] = ring[i - 1];
                auto [x1, y1] = ring[i];
                std::int64_t first = clamp_row(grid.cell_of(x0, std::min(y0, y1)).second);
                std::int64_t last = clamp_row(grid.cell_of(x0, std::max(y0, y1)).second);
                for (std::int64_t r = first; r <= last; ++r) {
                    const double y = grid.min_y_ + (static_cast<double>(r) + 0.5) * grid.cell_height_;
                    if ((y0 <= y) == (y1 <= y)) continue;
                    crossings[static_cast<std::size_t>(r)].push_back(x0 + (y - y0) / (y1 - y0) * (x1 - x0));
                }
            }
        for (std::int64_t r = 0; r < grid.rows_; ++r) {
            auto& row = crossings[static_cast<std::size_t>(r)];
            std::sort(row.begin(), row.end());
            for (std::size_t k = 0; k + 1 < row.size(); k += 2) {
                for (std::int64_t c = clamp_column(grid.cell_of(row[k], 0).first);
                     c <= clamp_column(grid.cell_of(row[k + 1], 0).first); ++c) {
                    const double x = grid.min_x_ + (static_cast<double>(c) + 0.5) * grid.cell_width_;
                    if (x < row[k] || x > row[k + 1]) continue;
                    int& cell = grid.cells_[static_cast<std::size_t>(r * grid.columns_ + c)];
                    if (cell == no_unit || pcodes[unit] < pcodes[static_cast<std::size_t>(cell)])
                        cell = static_cast<int>(unit);
                }
            }
        }
    }
    for (std::size_t i = 0; i < crossed.size(); ++i)
        if (crossed[i]) grid.cells_[i] = needs_exact_test;
    return grid;
}

int AdminUnitGrid::lookup(double longitude, double latitude) const {
    if (cells_.empty() || !std::isfinite(longitude) || !std::isfinite(latitude)) return needs_exact_test;
    auto [column, row] = cell_of(longitude, latitude);
    // Beyond the units' extent no unit holds the point; on its far edge the border cells decide.
    if (column < 0 || row < 0 || column > columns_ || row > rows_) return no_unit;
    if (column == columns_ || row == rows_) return needs_exact_test;
    return cells_[static_cast<std::size_t>(row * columns_ + column)];
}

}  // namespace mssops::ingest
