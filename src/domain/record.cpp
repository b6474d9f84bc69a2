#include "domain/record.hpp"

namespace mssops::domain {

const std::string* text_of(const Fields& fields, std::string_view name) {
    auto it = fields.find(name);
    if (it == fields.end()) return nullptr;
    return std::get_if<std::string>(&it->second);
}

const std::string* Record::text(std::string_view name) const {
    return text_of(fields, name);
}

std::optional<std::int64_t> Record::integer(std::string_view name) const {
    auto it = fields.find(name);
    if (it == fields.end()) return std::nullopt;
    if (auto* value = std::get_if<std::int64_t>(&it->second)) return *value;
    return std::nullopt;
}

std::optional<double> Record::number(std::string_view name) const {
    auto it = fields.find(name);
    if (it == fields.end()) return std::nullopt;
    if (auto* value = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*value);
    if (auto* value = std::get_if<double>(&it->second)) return *value;
    return std::nullopt;
}

const TextList* Record::list(std::string_view name) const {
    auto it = fields.find(name);
    if (it == fields.end()) return nullptr;
    return std::get_if<TextList>(&it->second);
}

std::string Record::key() const {
    auto* value = text("key");
    return value ? *value : std::string{};
}

}  // namespace mssops::domain
