#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/partial_date.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// Reads typed values out of a generic Record for the typed views (DeploymentEvent, Resolution...).
/// Errors name the field as "<kind>[<key>].<field>" so a bad record in a store can be found.
class FieldReader {
public:
    explicit FieldReader(const Record& record);

    /// "deployment_events[ken-2024-06].count": where an error points.
    std::string where(std::string_view name) const;

    Result<std::string> required_text(std::string_view name) const;
    /// The text, or "" when absent.
    std::string optional_text(std::string_view name) const;
    Result<std::int64_t> required_integer(std::string_view name) const;
    std::optional<std::int64_t> optional_integer(std::string_view name) const;
    Result<PartialDate> required_date(std::string_view name) const;
    /// nullopt when absent; an error when present and not a date.
    Result<std::optional<PartialDate>> optional_date(std::string_view name) const;
    /// The list, or an empty one when absent.
    TextList list(std::string_view name) const;

    /// Reads a choice field into an enum from its (text, value) table; `fallback` when absent,
    /// or an error listing the choices when absent without a fallback or not in the table.
    template <class E>
    Result<E> choice(std::string_view name, std::initializer_list<std::pair<std::string_view, E>> table,
                     std::optional<E> fallback = std::nullopt) const {
        const std::string* value = record_.text(name);
        if (!value) {
            if (fallback) return *fallback;
            return missing(name);
        }
        for (const auto& [text, enumerator] : table)
            if (text == *value) return enumerator;
        std::string expected;
        for (const auto& [text, enumerator] : table)
            expected += (expected.empty() ? "" : ", ") + std::string(text);
        return Error::invalid(where(name), "must be one of " + expected + ", got \"" + *value + "\"");
    }

    /// Reads a choice field whose values the catalog's vocabulary for this kind and field defines,
    /// parsed into an enum by `parse`: an error listing the vocabulary when absent or not in it.
    template <class E>
    Result<E> vocabulary_choice(std::string_view name, std::optional<E> (*parse)(std::string_view)) const {
        auto text = vocabulary_text(name);
        if (!text) return text.error();
        auto parsed = parse(*text);
        if (!parsed) return unknown_choice(name, *text);
        return *parsed;
    }

private:
    Result<std::string> vocabulary_text(std::string_view name) const;
    Error unknown_choice(std::string_view name, std::string_view value) const;
    Error missing(std::string_view name) const;

    const Record& record_;
};

}  // namespace mssops::domain
