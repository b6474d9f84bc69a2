#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/kind_catalog.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/audit_log.hpp"
#include "store/record_store.hpp"

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

/// The kind a RecordStore keeps. invalid_input on "kind" for an unknown kind, and for incidents,
/// which the IncidentStore keeps.
domain::Result<const domain::KindSpec*> stored_kind(std::string_view name);

/// The fields with every whole-valued number field (FieldType::number) held as an integer, so that
/// 3.0 reads back as 3 on every backend (PostgreSQL's jsonb keeps no difference between them).
domain::Fields canonical_numbers(const domain::KindSpec& kind, domain::Fields fields);

/// The columns of a record of `kind` holding the (validated) `fields`.
RecordColumns columns_of(const domain::KindSpec& kind, const domain::Fields& fields);

/// Reads a stored JSON body back into fields; unavailable when the stored text is damaged.
domain::Result<domain::Fields> fields_from_body(std::string_view body, std::int64_t id);

/// Checks a list query: its kind is stored, limit is 1..1000, offset is not negative, from/to are ISO
/// days, and each filter names something the kind has. Returns the kind.
domain::Result<const domain::KindSpec*> check_list_query(const ListQuery& query);

/// Checks an audit query: limit 1..1000 and offset not negative.
domain::Result<void> check_audit_query(const AuditQuery& query);

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

/// The largest page a list returns.
inline constexpr std::int64_t max_page_size = 1000;

}  // namespace mssops::store
