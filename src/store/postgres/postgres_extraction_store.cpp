#include "store/postgres/postgres_extraction_store.hpp"

#include "store/extraction_rows.hpp"
#include "store/postgres/postgres_insert.hpp"
#include "store/postgres/postgres_record_transaction.hpp"
#include "store/postgres/postgres_stored_row.hpp"
#include "store/timestamp.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {

using domain::Error;

namespace {

Result<StoredExtraction> load(pqxx::work& work, std::int64_t id) {
    auto rows = work.exec_params(std::string(extraction_select) + "WHERE id = $1", id);
    if (rows.empty()) return Error::not_found("id", "no extraction has id " + std::to_string(id));
    auto extraction = extraction_from_row(PostgresStoredRow(rows[0]));
    for (const auto& row : work.exec_params(candidate_select("$1"), id)) {
        auto candidate = candidate_from_row(PostgresStoredRow(row));
        if (!candidate) return candidate.error();
        extraction.candidates.push_back(std::move(candidate).value());
    }
    return extraction;
}

}  // namespace

template <>
Result<StoredExtraction> PostgresExtractionStore::create(const StoredExtraction& extraction,
                                                         const Actor& who) {
    if (auto text = check_utf8_extraction(extraction); !text) return text.error();
    return database_.write([&](pqxx::work& work) -> Result<StoredExtraction> {
        const std::string state = extraction.candidates.empty() ? "reviewed" : "pending";
        const auto id = inserted_id(
            work,
            "INSERT INTO extractions (text, outlet, title, url, published, created_by, created_at, "
            "state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            extraction.text, extraction.outlet, extraction.title, extraction.url, extraction.published,
            who.name, utc_timestamp_now(), state);
        for (const auto& candidate : extraction.candidates)
            work.exec_params0(
                "INSERT INTO extraction_candidates (extraction_id, idx, kind, record, span_start, span_end, "
                "rule, confidence, match_status, match_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                id, candidate.index, candidate.kind, candidate_record_text(candidate.fields),
                candidate.span_start, candidate.span_end, candidate.rule, candidate.confidence,
                candidate.match_status, candidate.match_key);
        return load(work, id);
    });
}

template <>
Result<ExtractionPage> PostgresExtractionStore::list(std::int64_t limit, std::int64_t offset) {
    return database_.read([&](pqxx::work& work) -> Result<ExtractionPage> {
        ExtractionPage page;
        page.limit = limit;
        page.offset = offset;
        page.total = work.exec1("SELECT count(*) FROM extractions")[0].as<std::int64_t>();
        for (const auto& row : work.exec_params(
                 std::string(extraction_select) + "ORDER BY id DESC LIMIT $1 OFFSET $2", limit, offset)) {
            auto extraction = extraction_from_row(PostgresStoredRow(row));
            extraction.text.clear();
            page.items.push_back(std::move(extraction));
        }
        return page;
    });
}

template <>
Result<StoredExtraction> PostgresExtractionStore::get(std::int64_t id) {
    return database_.read([&](pqxx::work& work) { return load(work, id); });
}

template <>
Result<StoredExtraction> PostgresExtractionStore::decide(const CandidateDecision& decision,
                                                         const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<StoredExtraction> {
        auto extraction = load(work, decision.extraction_id);
        if (!extraction) return extraction.error();
        PostgresRecordTransaction transaction(work);
        const std::string now = utc_timestamp_now();
        if (auto written = write_decision(*extraction, decision, transaction, who, now); !written)
            return written.error();
        work.exec_params0(
            "UPDATE extraction_candidates SET state = $1, record_key = $2, decided_by = $3, decided_at = $4 "
            "WHERE extraction_id = $5 AND idx = $6",
            decision.state, decision.record_key, who.name, now, decision.extraction_id, decision.index);
        work.exec_params0(
            "UPDATE extractions SET source_key = CASE WHEN $1::text = '' THEN source_key ELSE $1::text END, "
            "state = CASE WHEN EXISTS (SELECT 1 FROM extraction_candidates WHERE extraction_id = $2 AND "
            "state = 'pending') THEN 'pending' ELSE 'reviewed' END WHERE id = $2",
            decision.source_key, decision.extraction_id);
        return load(work, decision.extraction_id);
    });
}

}  // namespace mssops::store
