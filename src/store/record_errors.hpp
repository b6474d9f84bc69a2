#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/error.hpp"
#include "domain/kind_catalog.hpp"

namespace mssops::store {

/// `text` in double quotes, as error messages show a name or a path: "x".
std::string in_quotes(std::string_view text);

/// not_found on "id": `no deployment event has id 7`.
domain::Error record_not_found(const domain::KindSpec& kind, std::int64_t id);
/// not_found on "key": `no source has key "x"`.
domain::Error key_not_found(const domain::KindSpec& kind, std::string_view key);
/// conflict on "key": `a source with key "x" already exists`.
domain::Error key_taken(const domain::KindSpec& kind, std::string_view key);
/// conflict on "version": `expected version 2, but the record is at version 3; reload it and retry`.
domain::Error stale_version(std::int64_t expected, std::int64_t actual);
/// invalid_input on the field: `no sources record has key "x"`.
domain::Error missing_reference(const domain::FieldSpec& field, std::string_view key);

}  // namespace mssops::store
