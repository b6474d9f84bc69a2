#pragma once

#include "store/extraction_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// ExtractionStore on a SQLite database (migration 007_extractions).
class SqliteExtractionStore final : public ExtractionStore {
public:
    explicit SqliteExtractionStore(SqliteDatabase& database) : database_(database) {}

    Result<StoredExtraction> create(const StoredExtraction& extraction, const Actor& who) override;
    Result<ExtractionPage> list(std::int64_t limit, std::int64_t offset) override;
    Result<StoredExtraction> get(std::int64_t id) override;
    Result<StoredExtraction> decide(const CandidateDecision& decision, const Actor& who) override;

private:
    SqliteDatabase& database_;
};

}  // namespace mssops::store
