#include "domain/field_reader.hpp"

#include <algorithm>

#include "domain/kind_catalog.hpp"

namespace mssops::domain {

FieldReader::FieldReader(const Record& record) : record_(record) {}

std::string FieldReader::where(std::string_view name) const {
    std::string key = record_.key();
    if (key.empty()) key = std::to_string(record_.id);
    return record_.kind + "[" + key + "]." + std::string(name);
}

Error FieldReader::missing(std::string_view name) const {
    return Error::invalid(where(name), "is required, got nothing");
}

// The catalog's choices for the field, or none when the kind or field is unknown.
static const std::vector<std::string>& catalog_choices(std::string_view kind, std::string_view name) {
    static const std::vector<std::string> none;
    const KindSpec* spec = find_kind(kind);
    const FieldSpec* field = spec ? spec->field(name) : nullptr;
    return field ? field->choices : none;
}

Result<std::string> FieldReader::vocabulary_text(std::string_view name) const {
    const std::string* value = record_.text(name);
    if (!value) return missing(name);
    const auto& choices = catalog_choices(record_.kind, name);
    if (std::find(choices.begin(), choices.end(), *value) == choices.end())
        return unknown_choice(name, *value);
    return *value;
}

Error FieldReader::unknown_choice(std::string_view name, std::string_view value) const {
    std::string expected;
    for (const auto& choice : catalog_choices(record_.kind, name))
        expected += (expected.empty() ? "" : ", ") + choice;
    return Error::invalid(where(name), "must be one of " + expected + ", got \"" + std::string(value) + "\"");
}

Result<std::string> FieldReader::required_text(std::string_view name) const {
    const std::string* value = record_.text(name);
    if (!value || value->empty()) return missing(name);
    return *value;
}

std::string FieldReader::optional_text(std::string_view name) const {
    const std::string* value = record_.text(name);
    return value ? *value : std::string{};
}

Result<std::int64_t> FieldReader::required_integer(std::string_view name) const {
    if (record_.fields.find(name) == record_.fields.end()) return missing(name);
    auto value = record_.integer(name);
    if (!value) return Error::invalid(where(name), "must be a whole number");
    return *value;
}

std::optional<std::int64_t> FieldReader::optional_integer(std::string_view name) const {
    return record_.integer(name);
}

Result<PartialDate> FieldReader::required_date(std::string_view name) const {
    const std::string* value = record_.text(name);
    if (!value) return missing(name);
    return PartialDate::parse(*value, where(name));
}

Result<std::optional<PartialDate>> FieldReader::optional_date(std::string_view name) const {
    const std::string* value = record_.text(name);
    if (!value) return std::optional<PartialDate>{};
    auto date = PartialDate::parse(*value, where(name));
    if (!date) return date.error();
    return std::optional<PartialDate>{*date};
}

TextList FieldReader::list(std::string_view name) const {
    const TextList* value = record_.list(name);
    return value ? *value : TextList{};
}

}  // namespace mssops::domain
