#pragma once

#include "store/postgres/postgres_database.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// RecordStore on PostgreSQL: rows of the `records` table with a jsonb body and the filter columns
/// (dates, country, mission) beside it.
class PostgresRecordStore final : public RecordStore {
public:
    explicit PostgresRecordStore(PostgresDatabase& database) : database_(database) {}

    Result<Record> create(std::string_view kind, const Fields& fields, const Actor& who) override;
    Result<Record> update(std::string_view kind, std::int64_t id, const Fields& changes, const Actor& who,
                          std::optional<std::int64_t> expected_version = std::nullopt) override;
    Result<Record> retire(std::string_view kind, std::int64_t id, const Actor& who) override;
    Result<Record> restore(std::string_view kind, std::int64_t id, const Actor& who) override;
    Result<Record> get(std::string_view kind, std::int64_t id) override;
    Result<Record> find_by_key(std::string_view kind, std::string_view key) override;
    Result<Page> list(const ListQuery& query) override;
    Result<BatchSummary> apply(const std::vector<Change>& changes, const Actor& who) override;
    Result<BatchSummary> apply_and_retire(const std::vector<Change>& changes,
                                          const std::vector<Retirement>& retirements,
                                          const Actor& who) override;

private:
    PostgresDatabase& database_;
};

}  // namespace mssops::store
