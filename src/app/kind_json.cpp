#include "app/kind_json.hpp"

#include <boost/json/array.hpp>

#include "domain/access_policy.hpp"
#include "domain/kind_catalog.hpp"

namespace mssops::app {

namespace json = boost::json;

namespace {

json::value text_or_null(const std::string& text) {
    if (text.empty()) return nullptr;
    return json::string(text);
}

json::array text_array(const std::vector<std::string>& values) {
    json::array array;
    for (const auto& value : values) array.emplace_back(value);
    return array;
}

json::object field_json(const domain::FieldSpec& field) {
    json::object object{{"name", field.name},
                        {"type", domain::to_text(field.type)},
                        {"required", field.required},
                        {"description", field.description}};
    if (!field.choices.empty()) object.emplace("choices", text_array(field.choices));
    if (!field.vocabulary.empty()) object.emplace("vocabulary", field.vocabulary);
    if (field.min) object.emplace("min", *field.min);
    if (field.max) object.emplace("max", *field.max);
    if (!field.references.empty()) object.emplace("references", field.references);
    return object;
}

json::object kind_json(const domain::KindSpec& kind) {
    json::array fields;
    for (const auto& field : kind.fields) fields.push_back(field_json(field));
    json::value edit_domain = nullptr;
    if (kind.edit_domain) edit_domain = domain::to_text(*kind.edit_domain);
    return {{"name", kind.name},
            {"singular", kind.singular},
            {"display_name", kind.display_name},
            {"description", kind.description},
            {"edit_domain", edit_domain},
            {"shared_edit", kind.sharing == domain::EditSharing::every_editor},
            {"liaison_scope", domain::to_text(kind.liaison_scope)},
            {"stored_separately", kind.storage == domain::KindStorage::own_table},
            {"date_field", text_or_null(kind.date_field)},
            {"country_field", text_or_null(kind.country_field)},
            {"mission_field", text_or_null(kind.mission_field)},
            {"fields", std::move(fields)}};
}

}  // namespace

json::object kinds_json() {
    json::array kinds;
    for (const auto& kind : domain::all_kinds()) kinds.push_back(kind_json(kind));
    json::object vocabularies;
    for (const auto& vocabulary : domain::all_vocabularies())
        vocabularies.emplace(vocabulary.name, json::object{{"values", text_array(vocabulary.values)},
                                                           {"description", vocabulary.description}});
    return {{"kinds", std::move(kinds)}, {"vocabularies", std::move(vocabularies)}};
}

}  // namespace mssops::app
