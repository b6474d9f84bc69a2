#pragma once

#include <boost/json/value.hpp>
#include <string>

namespace mssops::ingest {

/// Writes a GeoJSON geometry compactly: numbers in their shortest form ("-72.33881", never
/// "-7.233881E1") and coordinates rounded to 6 decimals (about 0.1 m, finer than any admin boundary
/// source we read). Everything else is written as Boost.JSON writes it.
std::string geometry_text(const boost::json::value& geometry);

}  // namespace mssops::ingest
