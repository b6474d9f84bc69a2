#include "ingest/boundary_package.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

#include "domain/kind_names.hpp"
#include "ingest/boundary_reader.hpp"
#include "store/record_json.hpp"

namespace mssops::ingest {
namespace {

namespace json = boost::json;
using domain::Error;

std::string text_member(const json::object& object, const char* name) {
    const auto* value = object.if_contains(name);
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

}  // namespace

domain::Result<std::vector<store::Change>> read_boundary_package(const std::filesystem::path& descriptor) {
    std::ifstream in(descriptor, std::ios::binary);
    if (!in) return Error::not_found(descriptor.string(), "cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    auto object = store::parse_object(text.str(), descriptor.filename().string());
    if (!object) return object.error();

    const auto* source = object->if_contains("source");
    if (!source || !source->is_object())
        return Error::invalid(descriptor.filename().string() + ".source", "must name the source to cite");
    auto source_fields = store::fields_from_json(source->get_object(), "source.");
    if (!source_fields) return source_fields.error();

    BoundaryOptions options;
    options.source_id = text_member(source->get_object(), "key");
    options.country = text_member(*object, "country");
    options.code_property = text_member(*object, "code_property");
    options.name_property = text_member(*object, "name_property");
    if (const auto* level = object->if_contains("level"); level && level->is_int64())
        options.level = static_cast<int>(level->get_int64());
    if (const auto* crosswalk = object->if_contains("crosswalk"); crosswalk && crosswalk->is_object())
        for (const auto& member : crosswalk->get_object())
            if (member.value().is_string())
                options.crosswalk.emplace(std::string(member.key()),
                                          std::string(member.value().get_string()));

    if (const auto* names = object->if_contains("alternative_names"); names && names->is_object())
        for (const auto& member : names->get_object())
            if (member.value().is_string())
                options.alternative_names.emplace(std::string(member.key()),
                                                  std::string(member.value().get_string()));

    const auto file = descriptor.parent_path() / text_member(*object, "file");
    if (!std::filesystem::exists(file))
        return Error::not_found(file.string(),
                                "is missing: install the boundary package (scripts/install-deps.sh)");
    auto units = read_boundaries(file, options);
    if (!units) return units.error();

    std::vector<store::Change> changes;
    changes.push_back({std::string(domain::kinds::sources), std::move(source_fields).value()});
    for (auto& unit : *units) changes.push_back({std::string(domain::kinds::admin_units), std::move(unit)});
    return changes;
}

}  // namespace mssops::ingest
