#include "store/postgres/postgres_extraction_store.hpp"

#include "store/postgres/postgres_record_transaction.hpp"
#include "store/record_writes.hpp"
#include "store/timestamp.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {

using domain::Error;

namespace {

constexpr const char* extraction_columns =
    "SELECT id, text, outlet, title, url, published, created_by, created_at, state, source_key FROM "
    "extractions ";

StoredExtraction extraction_from_row(const pqxx::row& row) {
    StoredExtraction extraction;
    extraction.id = row[0].as<std::int64_t>();
    extraction.text = row[1].c_str();
    extraction.outlet = row[2].c_str();
    extraction.title = row[3].c_str();
    extraction.url = row[4].c_str();
    extraction.published = row[5].c_str();
    extraction.created_by = row[6].c_str();
    extraction.created_at = row[7].c_str();
    extraction.state = row[8].c_str();
    extraction.source_key = row[9].c_str();
    return extraction;
}

Result<StoredExtraction> load(pqxx::work& work, std::int64_t id) {
    auto rows = work.exec_params(std::string(extraction_columns) + "WHERE id = $1", id);
    if (rows.empty()) return Error::not_found("id", "no extraction has id " + std::to_string(id));
    auto extraction = extraction_from_row(rows[0]);
    for (const auto& row : work.exec_params(
             "SELECT idx, kind, record, span_start, span_end, rule, confidence, match_status, match_key, "
             "state, record_key, decided_by, decided_at FROM extraction_candidates WHERE extraction_id = $1 "
             "ORDER BY idx",
             id)) {
        StoredCandidate candidate;
        candidate.index = row[0].as<std::int64_t>();
        candidate.kind = row[1].c_str();
        auto fields = candidate_record_fields(row[2].c_str());
        if (!fields) return fields.error();
        candidate.fields = std::move(fields).value();
        candidate.span_start = row[3].as<std::int64_t>();
        candidate.span_end = row[4].as<std::int64_t>();
        candidate.rule = row[5].c_str();
        candidate.confidence = row[6].as<double>();
        candidate.match_status = row[7].c_str();
        candidate.match_key = row[8].c_str();
        candidate.state = row[9].c_str();
        candidate.record_key = row[10].c_str();
        candidate.decided_by = row[11].c_str();
        candidate.decided_at = row[12].c_str();
        extraction.candidates.push_back(std::move(candidate));
    }
    return extraction;
}

}  // namespace

Result<StoredExtraction> PostgresExtractionStore::create(const StoredExtraction& extraction,
                                                         const Actor& who) {
    if (auto text = check_utf8_extraction(extraction); !text) return text.error();
    return database_.write([&](pqxx::work& work) -> Result<StoredExtraction> {
        const std::string state = extraction.candidates.empty() ? "reviewed" : "pending";
        const auto id =
            work.exec_params1(
                    "INSERT INTO extractions (text, outlet, title, url, published, created_by, created_at, "
                    "state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                    extraction.text, extraction.outlet, extraction.title, extraction.url,
                    extraction.published, who.name, utc_timestamp_now(), state)[0]
                .as<std::int64_t>();
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

Result<ExtractionPage> PostgresExtractionStore::list(std::int64_t limit, std::int64_t offset) {
    return database_.read([&](pqxx::work& work) -> Result<ExtractionPage> {
        ExtractionPage page;
        page.limit = limit;
        page.offset = offset;
        page.total = work.exec1("SELECT count(*) FROM extractions")[0].as<std::int64_t>();
        for (const auto& row : work.exec_params(
                 std::string(extraction_columns) + "ORDER BY id DESC LIMIT $1 OFFSET $2", limit, offset)) {
            auto extraction = extraction_from_row(row);
            extraction.text.clear();
            page.items.push_back(std::move(extraction));
        }
        return page;
    });
}

Result<StoredExtraction> PostgresExtractionStore::get(std::int64_t id) {
    return database_.read([&](pqxx::work& work) { return load(work, id); });
}

Result<StoredExtraction> PostgresExtractionStore::decide(const CandidateDecision& decision,
                                                         const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<StoredExtraction> {
        auto extraction = load(work, decision.extraction_id);
        if (!extraction) return extraction.error();
        const StoredCandidate* current = nullptr;
        for (const auto& candidate : extraction->candidates)
            if (candidate.index == decision.index) current = &candidate;
        if (!current)
            return Error::not_found("n", "extraction " + std::to_string(decision.extraction_id) +
                                             " has no candidate " + std::to_string(decision.index));
        if (auto allowed = check_decision(decision, current->state); !allowed) return allowed.error();
        const std::string now = utc_timestamp_now();
        if (!decision.changes.empty()) {
            PostgresRecordTransaction transaction(work);
            if (auto written = apply_changes(transaction, decision.changes, who, now); !written)
                return written.error();
        }
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
