#include "ingest/boundary_reader.hpp"

#include "ingest/geometry_text.hpp"

#include <shapefil.h>

#include <boost/json.hpp>
#include <cctype>
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

/// "a, b, c": the properties a file's units have, for an error that says which to name. A name in
/// bytes that are not UTF-8 is shown with U+FFFD in their place: the error itself must be text.
std::string listed(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : ", ") + domain::replace_invalid_utf8(name);
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

/// How a .dbf's text is decoded, and why, for messages.
struct DbfText {
    domain::TextEncoding encoding = domain::TextEncoding::utf_8;
    std::string because;
};

std::string hex_byte(int value) {
    static const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[(value >> 4) & 0xF] + digits[value & 0xF];
}

std::string trimmed_label(std::string text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
    return text.substr(start);
}

/// The .dbf's encoding: --encoding, else the .cpg beside it (as ESRI writes it), else the
/// language-driver byte, else UTF-8, which is then checked.
domain::Result<DbfText> dbf_text(const std::filesystem::path& shp_path, const DBFInfo& table,
                                 const BoundaryOptions& options) {
    const std::string choices = "give --encoding, one of " + std::string(domain::accepted_encoding_labels());
    if (options.encoding) return DbfText{*options.encoding, "--encoding says so"};
    for (const char* extension : {".cpg", ".CPG"}) {
        auto cpg = shp_path;
        cpg.replace_extension(extension);
        if (!std::filesystem::exists(cpg)) continue;
        auto text = read_text(cpg);
        if (!text) return text.error();
        // The label is shown in the message, so it must itself be text.
        const std::string label = domain::replace_invalid_utf8(trimmed_label(*text));
        auto encoding = domain::encoding_from_label(label);
        if (!encoding)
            return Error::invalid(cpg.filename().string(), "names the code page \"" + label +
                                                               "\", which is not read here; " + choices);
        return DbfText{*encoding, "its .cpg says so"};
    }
    const int driver = table.iLanguageDriver;
    if (driver == 0)
        return DbfText{domain::TextEncoding::utf_8,
                       "neither a .cpg nor its language-driver byte declares another encoding; if it is "
                       "another, give --encoding (e.g. cp1252)"};
    if (auto encoding = dbf_language_driver_encoding(driver))
        return DbfText{*encoding, "its language-driver byte " + hex_byte(driver) + " says so"};
    auto dbf = shp_path;
    dbf.replace_extension(".dbf");
    return Error::invalid(dbf.filename().string(), "language driver " + hex_byte(driver) +
                                                       " names a code page not read here; " + choices);
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

std::optional<domain::TextEncoding> dbf_language_driver_encoding(int language_driver) {
    // dBASE / ESRI language driver ids: 0x01 DOS USA (437), 0x02 DOS multilingual (850),
    // 0x03 Windows ANSI (1252), 0x57 ANSI as ESRI writes it, 0x58 / 0x59 Western European ANSI.
    switch (language_driver) {
        case 0x01:
            return domain::TextEncoding::ibm_437;
        case 0x02:
            return domain::TextEncoding::ibm_850;
        case 0x03:
        case 0x57:
        case 0x58:
        case 0x59:
            return domain::TextEncoding::windows_1252;
        default:
            return std::nullopt;
    }
}

domain::Result<std::vector<Fields>> read_geojson_boundaries(std::string_view text, std::string_view file_name,
                                                            const BoundaryOptions& options) {
    const std::string file(file_name);
    if (options.source_id.empty())
        return Error::invalid("source_id", "is required: cite where the boundaries come from");
    std::string decoded;
    if (options.encoding && *options.encoding != domain::TextEncoding::utf_8) {
        auto converted = domain::decode_text(text, *options.encoding, file);
        if (!converted) return converted.error();
        decoded = std::move(converted).value();
        text = decoded;
    }
    boost::system::error_code ec;
    json::parse_options parse_options;
    // Bad bytes are looked for in each property read, so the error names the feature and field.
    parse_options.allow_invalid_utf8 = true;
    json::value document = json::parse(text, ec, {}, parse_options);
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
        std::optional<Error> bad_text;
        auto attribute = [&](const std::string& name) {
            std::string value = property_text(*properties, name);
            if (auto bad = domain::find_invalid_utf8(value); bad && !bad_text)
                bad_text = Error::invalid(where + "." + name,
                                          domain::describe(*bad, domain::TextEncoding::utf_8) +
                                              "; GeoJSON is UTF-8 (RFC 7946): if the file is not, give "
                                              "--encoding (e.g. cp1252)");
            return value;
        };
        std::string geometry_json = geometry_text(*geometry);
        // The geometry is kept as the file's JSON, member names and all, so it is checked whole.
        if (auto bad = domain::find_invalid_utf8(geometry_json))
            return Error::invalid(where + ".geometry", domain::describe(*bad, domain::TextEncoding::utf_8) +
                                                           " (in its JSON text)");
        std::vector<std::string> names;
        for (const auto& property : *properties) names.emplace_back(property.key());
        auto fields = unit_fields(attribute, names, where, options, std::move(geometry_json));
        if (bad_text) return *bad_text;
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

    auto text = dbf_text(shp_path, *table, options);
    if (!text) return text.error();
    const std::string dbf_file = dbf_path.filename().string();

    int count = 0, shape_type = 0;
    SHPGetInfo(shapes.get(), &count, &shape_type, nullptr, nullptr);
    if (shape_type != SHPT_POLYGON && shape_type != SHPT_POLYGONZ && shape_type != SHPT_POLYGONM)
        return Error::invalid(file, "must hold polygons");
    if (DBFGetRecordCount(table.get()) < count)
        return Error::invalid(dbf_file, "holds " + std::to_string(DBFGetRecordCount(table.get())) +
                                            " records for " + std::to_string(count) + " shapes");
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
        std::optional<Error> bad_text;
        auto attribute = [&](const std::string& name) -> std::string {
            int column = DBFGetFieldIndex(table.get(), name.c_str());
            if (column < 0 || DBFIsAttributeNULL(table.get(), i, column)) return "";
            const char* raw = DBFReadStringAttribute(table.get(), i, column);
            std::string value;
            if (!raw) return value;
            if (auto bad = domain::append_decoded(raw, text->encoding, value); bad && !bad_text)
                bad_text = Error::invalid(dbf_file + ":record[" + std::to_string(i) + "]." + name,
                                          domain::describe(*bad, text->encoding) + "; the .dbf is read as " +
                                              std::string(domain::encoding_label(text->encoding)) +
                                              " because " + text->because);
            return value;
        };
        std::vector<std::string> names;
        for (int field = 0; field < DBFGetFieldCount(table.get()); ++field) {
            char title[XBASE_FLDNAME_LEN_READ + 1] = {};
            DBFGetFieldInfo(table.get(), field, title, nullptr, nullptr);
            names.emplace_back(title);
        }
        auto fields = unit_fields(attribute, names, where, options, geometry_text(geometry));
        if (bad_text) return *bad_text;
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
