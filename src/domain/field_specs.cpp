#include "domain/field_specs.hpp"

#include "domain/verify.hpp"

namespace mssops::domain::field_specs {

FieldSpec field(std::string name, FieldType type, bool required, std::string description) {
    FieldSpec spec;
    spec.name = std::move(name);
    spec.type = type;
    spec.required = required;
    spec.description = std::move(description);
    return spec;
}

FieldSpec choice(std::string name, bool required, std::vector<std::string> choices, std::string description) {
    FieldSpec spec = field(std::move(name), FieldType::choice, required, std::move(description));
    spec.choices = std::move(choices);
    return spec;
}

FieldSpec ranged(std::string name, FieldType type, bool required, std::optional<double> min,
                 std::optional<double> max, std::string description) {
    FieldSpec spec = field(std::move(name), type, required, std::move(description));
    spec.min = min;
    spec.max = max;
    return spec;
}

FieldSpec reference(std::string name, std::string kind, bool required, std::string description) {
    FieldSpec spec = field(std::move(name), FieldType::reference, required, std::move(description));
    spec.references = std::move(kind);
    return spec;
}

FieldSpec key_field() {
    return field("key", FieldType::key, false,
                 "Stable identifier, unique within the kind; used by references.");
}
FieldSpec source_field(bool required) {
    return reference("source_id", std::string(kinds::sources), required,
                     "Key of the source that states this record.");
}
FieldSpec mission_field(bool required) {
    return reference("mission", std::string(kinds::missions), required, "Key (slug) of the mission.");
}
FieldSpec notes_field() {
    return field("notes", FieldType::text, false, "Free text.");
}
FieldSpec name_field(std::string description) {
    return field("name", FieldType::text, true, std::move(description));
}
FieldSpec acronym_field(std::string description) {
    return field("acronym", FieldType::text, false, std::move(description));
}
FieldSpec country_field(bool required, std::string description) {
    return field("country", FieldType::country, required, std::move(description));
}
FieldSpec date_field(std::string description) {
    return field("date", FieldType::date, true, std::move(description));
}
FieldSpec summary_field(bool required, std::string description) {
    return field("summary", FieldType::text, required, std::move(description));
}
FieldSpec quote_field() {
    return field("quote", FieldType::text, false, "Words quoted by the source.");
}
FieldSpec organisation_field(std::string name, bool required, std::string description) {
    return reference(std::move(name), std::string(kinds::organisations), required, std::move(description));
}
FieldSpec yes_no_field(std::string name, std::string description) {
    return choice(std::move(name), false, {"yes", "no"}, std::move(description));
}
FieldSpec amount_field(std::string name, bool required, std::string description) {
    return ranged(std::move(name), FieldType::number, required, 0, std::nullopt, std::move(description));
}

// The field keeps a copy of the vocabulary's values, for validation.
FieldSpec vocabulary_choice(std::string name, bool required, std::string_view vocabulary,
                            std::string description) {
    const Vocabulary* words = find_vocabulary(vocabulary);
    MSSOPS_VERIFY(words != nullptr);
    FieldSpec spec = choice(std::move(name), required, words->values, std::move(description));
    spec.vocabulary = std::string(vocabulary);
    return spec;
}
FieldSpec personnel_type_field(std::string_view vocabulary, std::string description) {
    return vocabulary_choice("personnel_type", true, vocabulary, std::move(description));
}
FieldSpec head_count_field(std::string name, double min, std::string description) {
    return ranged(std::move(name), FieldType::integer, true, min, 1000000, std::move(description));
}

}  // namespace mssops::domain::field_specs
