#include "ingest/boundary_reader.hpp"

#include "ingest/geometry_text.hpp"

#include <shapefil.h>

#include <boost/json.hpp>
#include <fstream>
#include <memory>
#include <sstream>

namespace mssops::ingest {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Fields;

/// Looks up the admin unit's attributes by name, whatever the file format.
using AttributeLookup = std::function<std::string(const std::string&)>;

std::string level_property(int level, const char* suffix) {
    return "ADM" + std::to_string(level) + "_" + suffix;
}

/// "a, b, c": the properties a file's units have, for an error that says which to name.
std::string listed(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
    return text.empty() ? "none" : text;
}

domain::Result<Fields> unit_fields(const AttributeLookup& attribute,
                                   const std::vector<std::string>& properties, const std::string& where,
                                   const BoundaryOptions& options, std::string geometry) {
    std::string pcode;
    if (!options.code_property.empty()) {
        const std::string code = attribute(options.code_property);
        auto it = options.crosswalk.find(code);
        if (it == options.crosswalk.end())
            return Error::invalid(where + "." + options.code_property,
                                  "\"" + code + "\" is not in the crosswalk to P-codes");
        pcode = it->second;
    } else {
        const std::string property =
            options.pcode_property.empty() ? level_property(options.level, "PCODE") : options.pcode_property;
        pcode = attribute(property);
        if (pcode.empty())
            return Error::invalid(where + "." + property,
                                  "must hold the unit's P-code; the file's properties are " +
                                      listed(properties) +
                                      ": name the one holding the units' codes with --pcode-property (codes "
                                      "that are not P-codes, such as ISO 3166-2 HT-OU, are mapped by the "
                                      "crosswalk) and their names with --name-property");
    }
    std::string name;
    if (!options.name_property.empty()) {
        name = attribute(options.name_property);
        if (name.empty())
            return Error::invalid(where + "." + options.name_property,
                                  "must hold the unit's name; the file's properties are " +
                                      listed(properties) +
                                      ": name the one holding names with --name-property");
    }
    for (const auto& candidate : {level_property(options.level, "EN"), level_property(options.level, "FR"),
                                  std::string("name"), std::string("shapeName")})
        if (name.empty()) name = attribute(candidate);
    if (name.empty()) name = pcode;

    Fields fields{{"key", domain::FieldValue{std::string()}},
                  {"pcode", pcode},
                  {"name", name},
                  {"level", std::int64_t{options.level}},
                  {"country", options.country},
                  {"geometry", std::move(geometry)},
                  {"source_id", options.source_id}};
    std::string key = pcode;
    for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    fields["key"] = key;
    std::string alternative = attribute(level_property(options.level, "FR"));
    if (auto it = options.alternative_names.find(pcode); it != options.alternative_names.end())
        alternative = it->second;
    if (!alternative.empty() && alternative != name) fields["name_alt"] = alternative;
    std::string parent = options.parent_property.empty() && options.level > 1
                             ? attribute(level_property(options.level - 1, "PCODE"))
                             : (options.parent_property.empty() ? "" : attribute(options.parent_property));
    if (!parent.empty()) fields["parent_pcode"] = parent;
    return fields;
}

std::string property_text(const json::object& properties, const std::string& name) {
    auto it = properties.find(name);
    if (it == properties.end() || it->value().is_null()) return "";
    if (it->value().is_string()) return std::string(it->value().get_string());
    return json::serialize(it->value());
}

domain::Result<std::string> read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::not_found(path.string(), "cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Twice the signed area of a ring: negative when it runs clockwise.
double signed_area(const std::vector<std::pair<double, double>>& ring) {
    double area = 0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        area += (ring[j].first * ring[i].second) - (ring[i].first * ring[j].second);
    return area;
}

json::array ring_json(std::vector<std::pair<double, double>> ring, bool counter_clockwise) {
    if ((signed_area(ring) > 0) != counter_clockwise) std::reverse(ring.begin(), ring.end());
    json::array coordinates;
    coordinates.reserve(ring.size());
    for (const auto& [x, y] : ring) coordinates.emplace_back(json::array{x, y});
    return coordinates;
}

}  // namespace

domain::Result<std::vector<Fields>> read_geojson_boundaries(std::string_view text, std::string_view file_name,
                                                            const BoundaryOptions& options) {
    const std::string file(file_name);
    if (options.source_id.empty())
        return Error::invalid("source_id", "is required: cite where the boundaries come from");
    boost::system::error_code ec;
    json::value document = json::parse(text, ec);
    if (ec) return Error::bad_syntax(file, "is not valid JSON: " + ec.message());
    if (!document.is_object() || !document.get_object().contains("features") ||
        !document.at("features").is_array())
        return Error::invalid(file, "must be a GeoJSON FeatureCollection with a \"features\" array");
    std::vector<Fields> units;
    const auto& features = document.at("features").get_array();
    for (std::size_t i = 0; i < features.size(); ++i) {
        const std::string where = file + ":features[" + std::to_string(i) + "]";
        const json::object* feature = features[i].if_object();
        const json::object* geometry =
            feature && feature->contains("geometry") ? feature->at("geometry").if_object() : nullptr;
        if (!geometry) return Error::invalid(where + ".geometry", "must be a GeoJSON geometry object");
        const json::string* type = geometry->contains("type") ? geometry->at("type").if_string() : nullptr;
        if (!type || (*type != "Polygon" && *type != "MultiPolygon"))
            return Error::invalid(where + ".geometry.type", "must be Polygon or MultiPolygon");
        static const json::object no_properties;
        const json::object* properties =
            feature->contains("properties") && feature->at("properties").is_object()
                ? &feature->at("properties").get_object()
                : &no_properties;
        std::vector<std::string> names;
        for (const auto& property : *properties) names.emplace_back(property.key());
        auto fields = unit_fields([&](const std::string& name) { return property_text(*properties, name); },
                                  names, where, options, geometry_text(*geometry));
        if (!fields) return fields.error();
        units.push_back(std::move(fields).value());
    }
    if (units.empty()) return Error::invalid(file, "holds no features");
    return units;
}

domain::Result<std::vector<Fields>> read_shapefile_boundaries(const std::filesystem::path& shp_path,
                                                              const BoundaryOptions& options) {
    if (options.source_id.empty())
        return Error::invalid("source_id", "is required: cite where the boundaries come from");
    const std::string file = shp_path.filename().string();
    std::unique_ptr<SHPInfo, decltype(&SHPClose)> shapes(SHPOpen(shp_path.c_str(), "rb"), &SHPClose);
    if (!shapes) return Error::not_found(shp_path.string(), "cannot be opened as a shapefile");
    auto dbf_path = shp_path;
    dbf_path.replace_extension(".dbf");
    std::unique_ptr<DBFInfo, decltype(&DBFClose)> table(DBFOpen(dbf_path.c_str(), "rb"), &DBFClose);
    if (!table)
        return Error::not_found(dbf_path.string(),
                                "cannot be opened: the .dbf beside the .shp holds the attributes");

    int count = 0, shape_type = 0;
    SHPGetInfo(shapes.get(), &count, &shape_type, nullptr, nullptr);
    if (shape_type != SHPT_POLYGON && shape_type != SHPT_POLYGONZ && shape_type != SHPT_POLYGONM)
        return Error::invalid(file, "must hold polygons");
    std::vector<Fields> units;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<SHPObject, decltype(&SHPDestroyObject)> shape(SHPReadObject(shapes.get(), i),
                                                                      &SHPDestroyObject);
        const std::string where = file + ":shape[" + std::to_string(i) + "]";
        if (!shape || shape->nParts < 1) return Error::invalid(where, "has no rings");
        json::array polygons;
        for (int part = 0; part < shape->nParts; ++part) {
            int begin = shape->panPartStart[part];
            int end = part + 1 < shape->nParts ? shape->panPartStart[part + 1] : shape->nVertices;
            std::vector<std::pair<double, double>> ring;
            for (int v = begin; v < end; ++v) ring.emplace_back(shape->padfX[v], shape->padfY[v]);
            if (ring.size() < 4) continue;
            bool outer = signed_area(ring) < 0 || polygons.empty();
            if (outer)
                polygons.emplace_back(json::array{ring_json(std::move(ring), true)});
            else
                polygons.back().get_array().emplace_back(ring_json(std::move(ring), false));
        }
        json::object geometry{{"type", "MultiPolygon"}, {"coordinates", std::move(polygons)}};
        auto attribute = [&](const std::string& name) -> std::string {
            int column = DBFGetFieldIndex(table.get(), name.c_str());
            if (column < 0 || DBFIsAttributeNULL(table.get(), i, column)) return "";
            return DBFReadStringAttribute(table.get(), i, column);
        };
        std::vector<std::string> names;
        for (int field = 0; field < DBFGetFieldCount(table.get()); ++field) {
            char title[XBASE_FLDNAME_LEN_READ + 1] = {};
            DBFGetFieldInfo(table.get(), field, title, nullptr, nullptr);
            names.emplace_back(title);
        }
        auto fields = unit_fields(attribute, names, where, options, geometry_text(geometry));
        if (!fields) return fields.error();
        units.push_back(std::move(fields).value());
    }
    return units;
}

domain::Result<std::vector<Fields>> read_boundaries(const std::filesystem::path& path,
                                                    const BoundaryOptions& options) {
    const auto extension = path.extension().string();
    if (extension == ".shp") return read_shapefile_boundaries(path, options);
    if (extension != ".geojson" && extension != ".json")
        return Error::invalid(path.string(), "must be a .geojson, .json or .shp file");
    auto text = read_text(path);
    if (!text) return text.error();
    return read_geojson_boundaries(*text, path.filename().string(), options);
}

}  // namespace mssops::ingest
