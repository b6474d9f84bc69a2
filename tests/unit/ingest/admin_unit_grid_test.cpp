#include "ingest/admin_unit_grid.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace mssops;
using ingest::AdminUnitGrid;
using Ring = AdminUnitGrid::Ring;

namespace {

// Two unit squares side by side sharing the edge x = 1; the west one ("A") has a hole.
std::vector<std::vector<Ring>> two_squares() {
    return {{{{1, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 0}}},
            {{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}},
             {{0.4, 0.4}, {0.4, 0.6}, {0.6, 0.6}, {0.6, 0.4}, {0.4, 0.4}}}};
}

/// An irregular star of `points` spikes around (cx, cy): many slanted edges crossing rows and columns.
Ring star(double cx, double cy, int points) {
    Ring ring;
    for (int i = 0; i <= 2 * points; ++i) {
        double angle = M_PI * i / points, radius = i % 2 ? 0.35 : 1.0 + 0.1 * (i % 3);
        ring.emplace_back(cx + radius * std::cos(angle), cy + radius * std::sin(angle));
    }
    ring.back() = ring.front();
    return ring;
}

/// Even-odd over every ring: the reference the grid must agree with away from borders.
bool inside(const std::vector<Ring>& rings, double x, double y) {
    bool in = false;
    for (const auto& ring : rings)
        for (std::size_t i = 1; i < ring.size(); ++i) {
            auto [x0, y0] = ring[i - 1];
            auto [x1, y1] = ring[i];
            if ((y0 <= y) != (y1 <= y) && x < x0 + (y - y0) / (y1 - y0) * (x1 - x0)) in = !in;
        }
    return in;
}

}  // namespace

TEST(admin_unit_grid, answers_points_away_from_borders_and_defers_those_on_them) {
    auto grid = AdminUnitGrid::build(two_squares(), {"B", "A"});
    EXPECT_EQ(grid.lookup(0.2, 0.2), 1);
    EXPECT_EQ(grid.lookup(1.7, 0.3), 0);
    EXPECT_EQ(grid.lookup(0.5, 0.5), AdminUnitGrid::no_unit);  // In the hole.
    EXPECT_EQ(grid.lookup(1.0, 0.5), AdminUnitGrid::needs_exact_test);
    EXPECT_EQ(grid.lookup(2.0, 1.0), AdminUnitGrid::needs_exact_test);  // The far corner.
    EXPECT_EQ(grid.lookup(5.0, 5.0), AdminUnitGrid::no_unit);
    EXPECT_EQ(grid.lookup(-0.001, 0.5), AdminUnitGrid::no_unit);
}

TEST(admin_unit_grid, gives_a_cell_of_overlapping_units_to_the_smaller_pcode) {
    std::vector<std::vector<Ring>> units = {{{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}}},
                                            {{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}}}};
    EXPECT_EQ(AdminUnitGrid::build(units, {"HT02", "HT01"}).lookup(1, 1), 1);
    EXPECT_EQ(AdminUnitGrid::build(units, {"HT01", "HT02"}).lookup(1, 1), 0);
}

TEST(admin_unit_grid, agrees_with_an_even_odd_test_wherever_it_answers) {
    std::vector<std::vector<Ring>> units = {{star(0, 0, 7)}, {star(2.5, 0.3, 11)}, two_squares()[1]};
    auto grid = AdminUnitGrid::build(units, {"HT01", "HT02", "HT03"});
    std::mt19937 random(11);
    std::uniform_real_distribution<double> x(-1.5, 4.0), y(-1.5, 1.5);
    int answered = 0;
    for (int i = 0; i < 20000; ++i) {
        double px = x(random), py = y(random);
        int found = grid.lookup(px, py);
        if (found == AdminUnitGrid::needs_exact_test) continue;
        ++answered;
        int expected = AdminUnitGrid::no_unit;
        for (int unit = static_cast<int>(units.size()) - 1; unit >= 0; --unit)
            if (inside(units[static_cast<std::size_t>(unit)], px, py)) expected = unit;
        ASSERT_EQ(found, expected) << "at " << px << ", " << py;
    }
    EXPECT_GT(answered, 19000);  // Most points never need the polygon test.
}

TEST(admin_unit_grid, an_empty_grid_defers_every_point) {
    EXPECT_EQ(AdminUnitGrid::build({}, {}).lookup(0, 0), AdminUnitGrid::needs_exact_test);
}
