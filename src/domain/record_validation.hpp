#pragma once

#include "domain/kind_catalog.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// Whether a set of fields must stand alone (a new record) or may be a partial change.
enum class Completeness { whole_record, changes_only };

/// Checks `fields` against the kind's schema: no unknown fields, each value of its type and
/// within its limits, required fields present (for whole records), and the kind's own rules
/// (e.g. a member votes at most once). Returns the fields normalised (whole numbers given as
/// 3.0 become integers; dates keep their text). The first failure names its field.
Result<Fields> validate_fields(const KindSpec& kind, const Fields& fields, Completeness completeness);

/// Checks one field's value as validate_fields does (type, range, pattern, choices) and returns it
/// normalised; the error names the field.
Result<FieldValue> check_field(const FieldSpec& spec, const FieldValue& value);
/// check_field for a value given as text, without copying it: bulk readers check cells in place.
Result<void> check_field_text(const FieldSpec& spec, std::string_view text);
/// The error validate_fields gives for a whole record without the required field `spec`.
Error missing_required(const KindSpec& kind, const FieldSpec& spec);
/// Whether validate_fields also checks rules spanning several fields of the kind (a member votes
/// once, a term ends after it starts); a bulk reader of a kind without them needs only check_field.
bool has_cross_field_rules(const KindSpec& kind);

/// Applies `changes` to `current` (null removes a field) and validates the result as a whole record.
Result<Fields> merge_changes(const KindSpec& kind, const Fields& current, const Fields& changes);

/// The name of the JSON type a FieldValue holds: "string", "integer", "array"...
const char* json_type_name(const FieldValue& value);

}  // namespace mssops::domain
