#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kind_names.hpp"
#include "domain/principal.hpp"

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

/// A named list of values several fields share, defined once: "personnel_types".
struct Vocabulary {
    std::string name;
    std::vector<std::string> values;
    std::string description;
};

/// One field of a record kind: name, type, whether required, and its limits.
struct FieldSpec {
    std::string name;
    FieldType type = FieldType::text;
    bool required = false;
    std::vector<std::string> choices;  // For FieldType::choice; a copy of the vocabulary's values when named.
    std::string vocabulary;            // The Vocabulary the choices come from, or "" for a field's own list.
    std::optional<double> min;         // For integer and number.
    std::optional<double> max;
    std::string references;  // For FieldType::reference: the kind whose key it names ("sources").
    std::string description;
};

/// Who may edit a kind besides admins.
enum class EditSharing {
    domain_editors,  // Editors of the kind's edit domain.
    every_editor,    // Every editor, whatever its domain: sources and countries are cited by all.
};

/// What a contributing country's liaison may write of a kind.
enum class LiaisonScope {
    none,         // Nothing.
    own_country,  // Records whose country field is the liaison's own country.
};

/// Where a kind's records live in the store.
enum class KindStorage {
    records,    // The generic records table, fields as JSON.
    own_table,  // A typed table of its own (incidents: tens of millions of rows), with places.
};

/// A kind of record: everything mssops knows about it. The catalog is the one place a kind is
/// described; access rules, readers, the API, the CLI and the dashboard read it from here.
struct KindSpec {
    std::string name;          // Plural, as in the URL: "deployment_events".
    std::string singular;      // "deployment event".
    std::string display_name;  // "Deployment events"; the dashboard translates it by `name`.
    std::string description;
    std::vector<FieldSpec> fields;
    std::string date_field;                 // Filtered by ?from=&to=; "" when the kind has no date.
    std::string country_field;              // Filtered by ?country=; "" when none.
    std::string mission_field;              // Filtered by ?mission=; "" when none.
    std::optional<EditDomain> edit_domain;  // nullopt for kinds every editor shares.
    EditSharing sharing = EditSharing::domain_editors;
    LiaisonScope liaison_scope = LiaisonScope::none;
    KindStorage storage = KindStorage::records;

    const FieldSpec* field(std::string_view field_name) const;
};

/// Every kind of record mssops holds, in the order a data set must be loaded (sources first).
const std::vector<KindSpec>& all_kinds();
/// The kind named `name` (plural, as in the URL), or nullptr.
const KindSpec* find_kind(std::string_view name);
/// Every named vocabulary, each defined once.
const std::vector<Vocabulary>& all_vocabularies();
/// The vocabulary named `name`, or nullptr.
const Vocabulary* find_vocabulary(std::string_view name);
/// The names of a field type, sharing and liaison scope as the API and error messages use them.
const char* to_text(FieldType type);
const char* to_text(EditSharing sharing);
const char* to_text(LiaisonScope scope);

/// The names of the vocabularies the catalog defines.
namespace vocabularies {
inline constexpr std::string_view personnel_types = "personnel_types";    // police, military, civilian.
inline constexpr std::string_view head_count_types = "head_count_types";  // The same and "all".
}  // namespace vocabularies

}  // namespace mssops::domain
