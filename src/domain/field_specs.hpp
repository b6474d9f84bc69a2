#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kind_catalog.hpp"

// Builders of the catalog's field specs: the general shapes, and the fields several kinds share,
// each written once; a kind passes what its own description says.
namespace mssops::domain::field_specs {

/// A field of `type`, without limits.
FieldSpec field(std::string name, FieldType type, bool required, std::string description);
/// A choice among `choices`.
FieldSpec choice(std::string name, bool required, std::vector<std::string> choices, std::string description);
/// An integer or number field within `min`..`max` (each optional).
FieldSpec ranged(std::string name, FieldType type, bool required, std::optional<double> min,
                 std::optional<double> max, std::string description);
/// The key of a record of `kind`.
FieldSpec reference(std::string name, std::string kind, bool required, std::string description);
/// A choice among the values of the vocabulary named `vocabulary`, which must exist.
FieldSpec vocabulary_choice(std::string name, bool required, std::string_view vocabulary,
                            std::string description);

/// "key": the record's stable identifier, optional on input.
FieldSpec key_field();
/// "source_id": the source that states the record.
FieldSpec source_field(bool required = true);
/// "mission": the mission's key.
FieldSpec mission_field(bool required);
/// "notes": optional free text.
FieldSpec notes_field();
/// "name": required text.
FieldSpec name_field(std::string description);
/// "acronym": optional text.
FieldSpec acronym_field(std::string description);
/// "country": an ISO3 code.
FieldSpec country_field(bool required, std::string description);
/// "date": the required date the record is filed under.
FieldSpec date_field(std::string description);
/// "summary": text.
FieldSpec summary_field(bool required, std::string description);
/// "quote": optional words quoted by the source.
FieldSpec quote_field();
/// The key of an organisation.
FieldSpec organisation_field(std::string name, bool required, std::string description);
/// An optional "yes" or "no".
FieldSpec yes_no_field(std::string name, std::string description);
/// A sum of money: a number, never negative.
FieldSpec amount_field(std::string name, bool required, std::string description);
/// "personnel_type": required, from `vocabulary` (personnel_types or head_count_types).
FieldSpec personnel_type_field(std::string_view vocabulary, std::string description);
/// A required head count of personnel: a whole number from `min` to a million.
FieldSpec head_count_field(std::string name, double min, std::string description);

}  // namespace mssops::domain::field_specs
