#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mssops::domain {

using TextList = std::vector<std::string>;

/// One field's value as it travels between JSON, the store and the computations.
/// std::monostate is JSON null (in an update: remove the field).
using FieldValue = std::variant<std::monostate, bool, std::int64_t, double, std::string, TextList>;

/// A record's fields by name; the kind's schema (kind_catalog.hpp) says which are allowed.
using Fields = std::map<std::string, FieldValue, std::less<>>;

/// A stored record of any kind: its identity, version and audit stamps, and its fields.
struct Record {
    std::string kind;  // The catalog name: "deployment_events".
    std::int64_t id = 0;
    std::int64_t version = 0;  // 1 on create, +1 on every update; optimistic concurrency uses it.
    bool retired = false;      // Soft delete: a retired record is kept but left out of lists.
    std::string created_at;    // UTC, ISO 8601 with seconds: "2026-11-26T23:16:35Z".
    std::string updated_at;
    Fields fields;

    /// The field's text, or nullptr when absent or not text.
    const std::string* text(std::string_view name) const;
    /// The field's whole number, if it holds one.
    std::optional<std::int64_t> integer(std::string_view name) const;
    /// The field's number (whole or not), if it holds one.
    std::optional<double> number(std::string_view name) const;
    /// The field's list of texts, or nullptr.
    const TextList* list(std::string_view name) const;
    /// The record's stable key ("mss-haiti", "unsc-res-2751"), or "" when it has none.
    std::string key() const;
};

/// The text of a field in `fields`, or nullptr.
const std::string* text_of(const Fields& fields, std::string_view name);

}  // namespace mssops::domain
