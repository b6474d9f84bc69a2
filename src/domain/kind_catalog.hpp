#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mssops::domain {

/// The shape a field's value must have.
enum class FieldType {
    text,     // Any non-empty string.
    key,      // A stable slug: lower-case letters, digits, '-', '_', '.'; unique within a kind.
    integer,  // A whole number, within min..max when given.
    number,   // Any number, within min..max when given.
    boolean,
    date,          // A PartialDate: "2025", "2025-01", "2025-01-31", optionally "~" for approximate.
    country,       // ISO 3166-1 alpha-3, upper case: "KEN".
    currency,      // ISO 4217, upper case: "USD".
    url,           // http:// or https://
    choice,        // One of `choices`.
    text_list,     // A list of non-empty strings.
    country_list,  // A list of ISO 3166-1 alpha-3 codes, each at most once.
    reference,     // The key of a record of kind `references`.
};

/// One field of a record kind: name, type, whether required, and its limits.
struct FieldSpec {
    std::string name;
    FieldType type = FieldType::text;
    bool required = false;
    std::vector<std::string> choices;  // For FieldType::choice.
    std::optional<double> min;         // For integer and number.
    std::optional<double> max;
    std::string references;  // For FieldType::reference: the kind whose key it names ("sources").
    std::string description;
};

/// A kind of record: its API name, its fields, and which fields lists filter on.
struct KindSpec {
    std::string name;      // Plural, as in the URL: "deployment_events".
    std::string singular;  // "deployment event".
    std::string description;
    std::vector<FieldSpec> fields;
    std::string date_field;     // Filtered by ?from=&to=; "" when the kind has no date.
    std::string country_field;  // Filtered by ?country=; "" when none.
    std::string mission_field;  // Filtered by ?mission=; "" when none.

    const FieldSpec* field(std::string_view field_name) const;
};

/// Every kind of record mssops holds, in the order a data set must be loaded (sources first).
const std::vector<KindSpec>& all_kinds();
/// The kind named `name` (plural, as in the URL), or nullptr.
const KindSpec* find_kind(std::string_view name);
/// The name of a field type as the OpenAPI document and error messages use it.
const char* to_text(FieldType type);

}  // namespace mssops::domain
