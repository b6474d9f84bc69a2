#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kind_catalog.hpp"
#include "store/record_store.hpp"
#include "store/record_transaction.hpp"

namespace mssops::store {

// Every RecordStore write, on any backend, inside the caller's open transaction. `now` stamps the
// record and its audit row. On failure the caller rolls the transaction back.

/// Validates and stores a new record; invalid_input names the field, conflict when the key is taken.
domain::Result<domain::Record> create_record(RecordTransaction& transaction, const domain::KindSpec& kind,
                                             const domain::Fields& fields, const Actor& who,
                                             const std::string& now);

/// Merges `changes` into the record; not_found for an unknown id, conflict naming "record" for a
/// retired record, conflict for a stale `expected_version` or a taken key. Changes that alter
/// nothing write nothing.
domain::Result<domain::Record> update_record(RecordTransaction& transaction, const domain::KindSpec& kind,
                                             std::int64_t id, const domain::Fields& changes, const Actor& who,
                                             std::optional<std::int64_t> expected_version,
                                             const std::string& now);

/// Marks the record retired; retiring a retired record changes nothing.
domain::Result<domain::Record> retire_record(RecordTransaction& transaction, const domain::KindSpec& kind,
                                             std::int64_t id, const Actor& who, const std::string& now);

/// Brings a retired record back (audit action "restore"); restoring a live one changes nothing.
/// not_found for an unknown id; invalid_input when a reference names a record that is not live.
domain::Result<domain::Record> restore_record(RecordTransaction& transaction, const domain::KindSpec& kind,
                                              std::int64_t id, const Actor& who, const std::string& now);

/// Upserts each change by key (each change is the whole record; audit action "import"). The first
/// failure returns its error with the field prefixed "<kind>[<index>]."; a change to a retired
/// record is a conflict (restore it first).
domain::Result<BatchSummary> apply_changes(RecordTransaction& transaction, const std::vector<Change>& changes,
                                           const Actor& who, const std::string& now);

/// apply_changes(), then retire_record() for each retirement, inside the same transaction. A retirement's
/// error has its field set to "retire[<index>]".
domain::Result<BatchSummary> apply_and_retire_changes(RecordTransaction& transaction,
                                                      const std::vector<Change>& changes,
                                                      const std::vector<Retirement>& retirements,
                                                      const Actor& who, const std::string& now);

/// The JSON text the audit log keeps for a record.
std::string audit_text(const domain::Record& record);

}  // namespace mssops::store
