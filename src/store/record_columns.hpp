#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/kind_catalog.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::store {

/// The columns a backend stores beside a record's JSON body, so that lists filter on indexes.
struct RecordColumns {
    std::optional<std::string> key;
    std::optional<std::string> date_first;  // First ISO day the kind's date field may stand for.
    std::optional<std::string> date_last;   // Last ISO day: "2025-01" gives 2025-01-01 and 2025-01-31.
    std::optional<std::string> country;
    std::optional<std::string> mission;
    std::string body;  // The fields as a JSON object.
};

/// The fields with every whole-valued number field (FieldType::number) held as an integer, so that
/// 3.0 reads back as 3 on every backend (PostgreSQL's jsonb keeps no difference between them).
domain::Fields canonical_numbers(const domain::KindSpec& kind, domain::Fields fields);

/// The columns of a record of `kind` holding the (validated) `fields`.
RecordColumns columns_of(const domain::KindSpec& kind, const domain::Fields& fields);

/// Reads a stored JSON body back into fields; unavailable when the stored text is damaged.
domain::Result<domain::Fields> fields_from_body(std::string_view body, std::int64_t id);

}  // namespace mssops::store
