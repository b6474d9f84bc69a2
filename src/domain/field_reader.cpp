#include "domain/field_reader.hpp"

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
