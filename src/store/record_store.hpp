#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::store {

using domain::Fields;
using domain::Record;
using domain::Result;

/// Who makes a change, as the audit log records it: "user:alice", "token:ci-import", "cli:root", "seed".
struct Actor {
    std::string name;
};

/// A page of a list, filtered. Dates compare on the kind's date field (KindSpec::date_field), inclusive;
/// a month-precision date such as "2025-01" falls in a range that covers any of its days.
struct ListQuery {
    std::string kind;
    std::optional<std::string> from;                          // "YYYY-MM-DD"
    std::optional<std::string> to;                            // "YYYY-MM-DD"
    std::optional<std::string> country;                       // ISO3, on KindSpec::country_field
    std::optional<std::string> mission;                       // mission key, on KindSpec::mission_field
    std::vector<std::pair<std::string, std::string>> equals;  // Other text fields: {"stance", "opposes"}.
    bool include_retired = false;
    std::int64_t limit = 100;  // 1..1000, or `every`.
    std::int64_t offset = 0;

    /// A limit that asks for every match in one read: for callers inside the process
    /// (list_all_records), never for a client's page.
    static constexpr std::int64_t every = std::numeric_limits<std::int64_t>::max();
};

/// One page of items and the number that match in all.
template <class Item>
struct PageOf {
    std::vector<Item> items;
    std::int64_t total = 0;
    std::int64_t limit = 0;
    std::int64_t offset = 0;
};

/// One page of records.
using Page = PageOf<Record>;

/// One record to write in a batch: upserted by its "key" field when it has one, created otherwise.
struct Change {
    std::string kind;
    Fields fields;
};

/// What a batch did.
struct BatchSummary {
    std::int64_t created = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t retired = 0;  // Records retired with the batch (apply_and_retire()).
};

/// A record to retire with a batch: the one of `kind` with `id`.
struct Retirement {
    std::string kind;
    std::int64_t id = 0;
};

/// Records of every kind but incidents (see IncidentStore). Thread-safe. Every write validates
/// against the kind's schema, checks that references name existing keys, and lands with its
/// audit row in one transaction, or not at all.
class RecordStore {
public:
    virtual ~RecordStore() = default;

    /// Creates a record. invalid_input names the field; conflict when the key is taken.
    virtual Result<Record> create(std::string_view kind, const Fields& fields, const Actor& who) = 0;
    /// Applies `changes` (null removes a field). conflict when `expected_version` is given and stale,
    /// and naming "record" when the record is retired (restore it first).
    virtual Result<Record> update(std::string_view kind, std::int64_t id, const Fields& changes,
                                  const Actor& who,
                                  std::optional<std::int64_t> expected_version = std::nullopt) = 0;
    /// Soft delete: the record stays, marked retired, and leaves lists unless asked for.
    virtual Result<Record> retire(std::string_view kind, std::int64_t id, const Actor& who) = 0;
    /// Brings a retired record back into lists; a live one is returned unchanged.
    virtual Result<Record> restore(std::string_view kind, std::int64_t id, const Actor& who) = 0;
    /// not_found when no record of that kind has that id.
    virtual Result<Record> get(std::string_view kind, std::int64_t id) = 0;
    virtual Result<Record> find_by_key(std::string_view kind, std::string_view key) = 0;
    virtual Result<Page> list(const ListQuery& query) = 0;
    /// Writes all changes in one transaction, in order; a record with a known key is updated when
    /// it differs and left alone when equal. The first bad change stops it, its error field
    /// prefixed "<kind>[<index>]." and nothing lands.
    virtual Result<BatchSummary> apply(const std::vector<Change>& changes, const Actor& who) = 0;
    /// As apply(), then retires each of `retirements` (audit action "retire"), all in the same
    /// transaction: a replacement lands whole or the old records stay. not_found naming
    /// "retire[<index>]" for a record that does not exist.
    virtual Result<BatchSummary> apply_and_retire(const std::vector<Change>& changes,
                                                  const std::vector<Retirement>& retirements,
                                                  const Actor& who) = 0;
};

/// Every record matching `query`, in one read (one snapshot, one sorted scan); limit and offset of
/// `query` are ignored.
Result<std::vector<Record>> list_all_records(RecordStore& records, ListQuery query);

}  // namespace mssops::store
