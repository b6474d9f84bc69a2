#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "domain/text_encoding.hpp"

namespace mssops::ingest {

/// How to read an admin-boundary file into "admin_units" records.
struct BoundaryOptions {
    int level = 1;                // Admin level of the file's units.
    std::string country = "HTI";  // ISO3 of every unit.
    std::string source_id;        // Key of the source record the units cite (required).
    /// Property holding the P-code; "" reads OCHA COD-AB's ADM<level>_PCODE.
    std::string pcode_property;
    /// Property holding the name; "" reads ADM<level>_EN, then ADM<level>_FR, then "name".
    std::string name_property;
    /// Property holding the parent's P-code; "" reads ADM<level-1>_PCODE when present.
    std::string parent_property;
    /// When set, the P-code is crosswalk[value of code_property] (e.g. Natural Earth's code_hasc
    /// "HT.OU" -> "HT01"); a unit missing from the crosswalk is an error.
    std::string code_property;
    std::map<std::string, std::string> crosswalk;
    /// The file's text encoding when given (--encoding); it overrides what the file declares.
    /// Otherwise GeoJSON is UTF-8 (RFC 7946) and a shapefile's .dbf is read as its .cpg says, else
    /// as its language-driver byte says, else as UTF-8; text that is not valid in it is refused.
    std::optional<domain::TextEncoding> encoding;
    /// Other names by P-code, stored as name_alt (e.g. the French names ACLED writes, for a file in
    /// another language); a unit not listed takes ADM<level>_FR when the file has it.
    std::map<std::string, std::string> alternative_names;
};

/// Reads a GeoJSON FeatureCollection of Polygon / MultiPolygon features into admin_units fields
/// (geometry kept as GeoJSON text). Errors name the file and feature: "adm1.geojson:features[3].ADM1_PCODE".
domain::Result<std::vector<domain::Fields>> read_geojson_boundaries(std::string_view text,
                                                                    std::string_view file_name,
                                                                    const BoundaryOptions& options);

/// The encoding a .dbf's language-driver byte (offset 29) names: 0x01 cp437, 0x02 cp850, 0x03 and
/// 0x57-0x59 windows-1252; nullopt for 0x00 (none declared) and for drivers not read here.
std::optional<domain::TextEncoding> dbf_language_driver_encoding(int language_driver);

/// Reads an ESRI shapefile set (path to the .shp; the .dbf beside it holds the attributes).
/// Outer rings are clockwise in a shapefile; each one starts a polygon and the counter-clockwise
/// rings after it are its holes. Text is decoded as BoundaryOptions::encoding says; an attribute
/// that is not valid in it is invalid_input naming "<name>.dbf:record[<i>].<field>".
domain::Result<std::vector<domain::Fields>> read_shapefile_boundaries(const std::filesystem::path& shp_path,
                                                                      const BoundaryOptions& options);

/// Reads either kind of file, by its extension (.geojson / .json, or .shp).
domain::Result<std::vector<domain::Fields>> read_boundaries(const std::filesystem::path& path,
                                                            const BoundaryOptions& options);

}  // namespace mssops::ingest
