#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace mssops::http {

// Builders for the JSON Schema text of components/schemas entries, so each schema file writes only
// its members and the shape around them (an object, its required members) is written once.

/// `{"type": "object", "properties": {<properties>}, "required": [...], "additionalProperties": false}`:
/// an object with exactly these members. `properties` is the members' JSON text, without braces.
std::string closed_object(std::string_view properties, std::initializer_list<std::string_view> required);

/// As closed_object, or null.
std::string nullable_object(std::string_view properties, std::initializer_list<std::string_view> required);

/// As closed_object, but open to more members: for a schema that another extends with allOf.
std::string open_object(std::string_view properties, std::initializer_list<std::string_view> required);

/// `{"$ref": "#/components/schemas/<name>"}`: another entry of components/schemas.
std::string ref(std::string_view name);

/// `{"type": "array", "items": <item>}`.
std::string array_of(std::string_view item);

/// A closed object whose one member `member` is a list of the `item` entry: {"alerts": [...]}.
std::string list_object(std::string_view member, std::string_view item);

/// The `base` entry with more members (allOf): an account, and the session's token.
std::string extension(std::string_view base, std::string_view properties,
                      std::initializer_list<std::string_view> required);

}  // namespace mssops::http
