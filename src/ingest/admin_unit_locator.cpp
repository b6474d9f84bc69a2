#include "ingest/admin_unit_locator.hpp"

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/json.hpp>

#include "domain/kind_names.hpp"
#include "ingest/admin_unit_grid.hpp"

namespace mssops::ingest {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
namespace json = boost::json;

// Lon/lat treated as planar coordinates: at department scale the error is far below the
// precision of reported event locations, and containment tests stay exact for the vertices given.
using Point = bg::model::d2::point_xy<double>;
using Polygon = bg::model::polygon<Point, false>;  // Counter-clockwise outer rings, as RFC 7946 wants.
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Point>;

bool read_ring(const json::value& value, Polygon::ring_type& ring) {
    if (!value.is_array()) return false;
    for (const auto& position : value.get_array()) {
        if (!position.is_array() || position.get_array().size() < 2) return false;
        const auto& pair = position.get_array();
        if (!pair[0].is_number() || !pair[1].is_number()) return false;
        ring.emplace_back(pair[0].to_number<double>(), pair[1].to_number<double>());
    }
    return ring.size() >= 4;
}

bool read_polygon(const json::value& value, Polygon& polygon) {
    if (!value.is_array() || value.get_array().empty()) return false;
    const auto& rings = value.get_array();
    if (!read_ring(rings[0], polygon.outer())) return false;
    for (std::size_t i = 1; i < rings.size(); ++i) {
        polygon.inners().emplace_back();
        if (!read_ring(rings[i], polygon.inners().back())) return false;
    }
    return true;
}

bool read_geometry(const std::string& text, MultiPolygon& shape) {
    boost::system::error_code ec;
    json::value geometry = json::parse(text, ec);
    if (ec || !geometry.is_object()) return false;
    const auto* type = geometry.get_object().if_contains("type");
    const auto* coordinates = geometry.get_object().if_contains("coordinates");
    if (!type || !coordinates || !type->is_string()) return false;
    if (type->get_string() == "Polygon") {
        shape.emplace_back();
        return read_polygon(*coordinates, shape.back());
    }
    if (type->get_string() != "MultiPolygon" || !coordinates->is_array()) return false;
    for (const auto& polygon : coordinates->get_array()) {
        shape.emplace_back();
        if (!read_polygon(polygon, shape.back())) return false;
    }
    return !shape.empty();
}

}  // namespace

struct AdminUnitLocator::Index {
    std::vector<std::string> pcodes;
    std::vector<MultiPolygon> shapes;
    bgi::rtree<std::pair<Box, std::size_t>, bgi::quadratic<16>> tree;
    AdminUnitGrid grid;  // Answers points away from every border without a polygon test.
};

AdminUnitLocator::AdminUnitLocator(std::unique_ptr<Index> index) : index_(std::move(index)) {}
AdminUnitLocator::AdminUnitLocator(AdminUnitLocator&&) noexcept = default;
AdminUnitLocator& AdminUnitLocator::operator=(AdminUnitLocator&&) noexcept = default;
AdminUnitLocator::~AdminUnitLocator() = default;

domain::Result<AdminUnitLocator> AdminUnitLocator::build(const std::vector<domain::Record>& units) {
    auto index = std::make_unique<Index>();
    std::vector<std::pair<Box, std::size_t>> boxes;
    for (const auto& unit : units) {
        const std::string* pcode = unit.text("pcode");
        const std::string* geometry = unit.text("geometry");
        const std::string name = unit.key().empty() ? std::to_string(unit.id) : unit.key();
        if (!pcode || !geometry)
            return domain::Error::invalid("admin_units." + name, "needs a pcode and a geometry");
        MultiPolygon shape;
        if (!read_geometry(*geometry, shape))
            return domain::Error::invalid(
                "admin_units." + name + ".geometry",
                "must be a GeoJSON Polygon or MultiPolygon with [longitude, latitude] positions");
        bg::correct(shape);
        boxes.emplace_back(bg::return_envelope<Box>(shape), index->shapes.size());
        index->pcodes.push_back(*pcode);
        index->shapes.push_back(std::move(shape));
    }
    // Bulk loading packs the tree better than inserting one box at a time.
    index->tree = decltype(index->tree)(boxes.begin(), boxes.end());
    std::vector<std::vector<AdminUnitGrid::Ring>> rings;
    for (const auto& shape : index->shapes) {
        auto& unit_rings = rings.emplace_back();
        for (const auto& polygon : shape) {
            unit_rings.emplace_back();
            for (const auto& point : polygon.outer()) unit_rings.back().emplace_back(point.x(), point.y());
            for (const auto& inner : polygon.inners()) {
                unit_rings.emplace_back();
                for (const auto& point : inner) unit_rings.back().emplace_back(point.x(), point.y());
            }
        }
    }
    index->grid = AdminUnitGrid::build(rings, index->pcodes);
    return AdminUnitLocator(std::move(index));
}

std::optional<std::string> AdminUnitLocator::locate(double longitude, double latitude) const {
    const int cell = index_->grid.lookup(longitude, latitude);
    if (cell == AdminUnitGrid::no_unit) return std::nullopt;
    if (cell != AdminUnitGrid::needs_exact_test) return index_->pcodes[static_cast<std::size_t>(cell)];
    const Point point(longitude, latitude);
    std::optional<std::string> found;
    for (auto it = index_->tree.qbegin(bgi::covers(point)); it != index_->tree.qend(); ++it) {
        const std::size_t unit = it->second;
        // covered_by counts the border as inside, so a point on an edge is never lost between two units.
        if (bg::covered_by(point, index_->shapes[unit]) && (!found || index_->pcodes[unit] < *found))
            found = index_->pcodes[unit];
    }
    return found;
}

std::size_t AdminUnitLocator::size() const {
    return index_->shapes.size();
}

domain::Result<std::vector<domain::Record>> list_admin_units(store::RecordStore& records, int level) {
    auto all =
        store::list_all_records(records, store::ListQuery{.kind = std::string(domain::kinds::admin_units)});
    if (!all) return all.error();
    std::vector<domain::Record> units;
    for (auto& unit : *all)
        if (unit.integer("level") == level) units.push_back(std::move(unit));
    return units;
}

}  // namespace mssops::ingest
