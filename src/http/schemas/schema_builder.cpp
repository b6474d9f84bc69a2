#include "http/schemas/schema_builder.hpp"

namespace mssops::http {
namespace {

std::string object_text(std::string_view properties, std::initializer_list<std::string_view> required) {
    std::string text = R"({"type": "object", "properties": {)";
    text += properties;
    text += R"(}, "required": [)";
    const char* separator = "";
    for (auto name : required) {
        text += separator;
        text += '"';
        text += name;
        text += '"';
        separator = ", ";
    }
    text += "]";
    return text;
}

}  // namespace

std::string closed_object(std::string_view properties, std::initializer_list<std::string_view> required) {
    return object_text(properties, required) + R"(, "additionalProperties": false})";
}

std::string nullable_object(std::string_view properties, std::initializer_list<std::string_view> required) {
    return object_text(properties, required) + R"(, "nullable": true, "additionalProperties": false})";
}

std::string open_object(std::string_view properties, std::initializer_list<std::string_view> required) {
    return object_text(properties, required) + "}";
}

std::string ref(std::string_view name) {
    return R"({"$ref": "#/components/schemas/)" + std::string(name) + R"("})";
}

std::string array_of(std::string_view item) {
    return R"({"type": "array", "items": )" + std::string(item) + "}";
}

std::string list_object(std::string_view member, std::string_view item) {
    const std::string property = '"' + std::string(member) + "\": " + array_of(ref(item));
    return closed_object(property, {member});
}

std::string extension(std::string_view base, std::string_view properties,
                      std::initializer_list<std::string_view> required) {
    return R"({"allOf": [)" + ref(base) + ", " + open_object(properties, required) + "]}";
}

}  // namespace mssops::http
