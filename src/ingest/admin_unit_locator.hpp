#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/record_store.hpp"

namespace mssops::ingest {

/// Finds the admin unit a point lies in, by point-in-polygon over an R-tree of the units'
/// bounding boxes (only the few units whose box holds the point are tested exactly).
class AdminUnitLocator {
public:
    /// Builds the index from "admin_units" records of one level; a record whose geometry is not
    /// a GeoJSON Polygon or MultiPolygon is an error naming its key.
    static domain::Result<AdminUnitLocator> build(const std::vector<domain::Record>& units);

    AdminUnitLocator(AdminUnitLocator&&) noexcept;
    AdminUnitLocator& operator=(AdminUnitLocator&&) noexcept;
    ~AdminUnitLocator();

    /// The P-code of the unit holding (longitude, latitude), or nothing when no unit does.
    /// A point on a border shared by two units goes to the one with the smaller P-code, so the
    /// answer never depends on load order.
    std::optional<std::string> locate(double longitude, double latitude) const;
    /// How many units the index holds.
    std::size_t size() const;

private:
    struct Index;
    explicit AdminUnitLocator(std::unique_ptr<Index> index);
    std::unique_ptr<Index> index_;
};

/// Every admin unit of `level` in the store, across pages.
domain::Result<std::vector<domain::Record>> list_admin_units(store::RecordStore& records, int level);

}  // namespace mssops::ingest
