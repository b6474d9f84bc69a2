#include "store/sqlite/sqlite_extraction_store.hpp"

#include "store/extraction_rows.hpp"
#include "store/sqlite/sqlite_record_transaction.hpp"
#include "store/sqlite/sqlite_stored_row.hpp"
#include "store/timestamp.hpp"
#include "store/utf8_guard.hpp"

namespace mssops::store {

using domain::Error;

namespace {

Result<StoredExtraction> load(SqliteConnection& connection, std::int64_t id) {
    auto statement = connection.prepare(std::string(extraction_select) + "WHERE id = ?");
    if (!statement) return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row) return row.error();
    if (!*row) return Error::not_found("id", "no extraction has id " + std::to_string(id));
    auto extraction = extraction_from_row(SqliteStoredRow(*statement));
    auto candidates = connection.prepare(candidate_select("?"));
    if (!candidates) return candidates.error();
    candidates->bind(1, id);
    while (true) {
        auto next = candidates->step();
        if (!next) return next.error();
        if (!*next) break;
        auto candidate = candidate_from_row(SqliteStoredRow(*candidates));
        if (!candidate) return candidate.error();
        extraction.candidates.push_back(std::move(candidate).value());
    }
    return extraction;
}

}  // namespace

template <>
Result<StoredExtraction> SqliteExtractionStore::create(const StoredExtraction& extraction, const Actor& who) {
    if (auto text = check_utf8_extraction(extraction); !text) return text.error();
    return database_.write([&](SqliteConnection& connection) -> Result<StoredExtraction> {
        auto statement = connection.prepare(
            "INSERT INTO extractions (text, outlet, title, url, published, created_by, created_at, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!statement) return statement.error();
        const bool any_pending = !extraction.candidates.empty();
        statement->bind(1, extraction.text)
            .bind(2, extraction.outlet)
            .bind(3, extraction.title)
            .bind(4, extraction.url)
            .bind(5, extraction.published)
            .bind(6, who.name)
            .bind(7, utc_timestamp_now())
            .bind(8, any_pending ? "pending" : "reviewed");
        if (auto inserted = statement->run(); !inserted) return inserted.error();
        const std::int64_t id = connection.last_insert_id();
        for (const auto& candidate : extraction.candidates) {
            auto row = connection.prepare(
                "INSERT INTO extraction_candidates (extraction_id, idx, kind, record, span_start, span_end, "
                "rule, confidence, match_status, match_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!row) return row.error();
            row->bind(1, id)
                .bind(2, candidate.index)
                .bind(3, candidate.kind)
                .bind(4, candidate_record_text(candidate.fields))
                .bind(5, candidate.span_start)
                .bind(6, candidate.span_end)
                .bind(7, candidate.rule)
                .bind(8, candidate.confidence)
                .bind(9, candidate.match_status)
                .bind(10, candidate.match_key);
            if (auto done = row->run(); !done) return done.error();
        }
        return load(connection, id);
    });
}

template <>
Result<ExtractionPage> SqliteExtractionStore::list(std::int64_t limit, std::int64_t offset) {
    return database_.read([&](SqliteConnection& connection) -> Result<ExtractionPage> {
        ExtractionPage page;
        page.limit = limit;
        page.offset = offset;
        auto count = connection.prepare("SELECT count(*) FROM extractions");
        if (!count) return count.error();
        auto counted = count->step();
        if (!counted) return counted.error();
        page.total = count->integer(0);
        auto statement =
            connection.prepare(std::string(extraction_select) + "ORDER BY id DESC LIMIT ? OFFSET ?");
        if (!statement) return statement.error();
        statement->bind(1, limit);
        statement->bind(2, offset);
        while (true) {
            auto row = statement->step();
            if (!row) return row.error();
            if (!*row) break;
            auto extraction = extraction_from_row(SqliteStoredRow(*statement));
            extraction.text.clear();
            page.items.push_back(std::move(extraction));
        }
        return page;
    });
}

template <>
Result<StoredExtraction> SqliteExtractionStore::get(std::int64_t id) {
    return database_.read([&](SqliteConnection& connection) { return load(connection, id); });
}

template <>
Result<StoredExtraction> SqliteExtractionStore::decide(const CandidateDecision& decision, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<StoredExtraction> {
        auto extraction = load(connection, decision.extraction_id);
        if (!extraction) return extraction.error();
        SqliteRecordTransaction transaction(connection);
        const std::string now = utc_timestamp_now();
        if (auto written = write_decision(*extraction, decision, transaction, who, now); !written)
            return written.error();
        auto mark = connection.prepare(
            "UPDATE extraction_candidates SET state = ?, record_key = ?, decided_by = ?, decided_at = ? "
            "WHERE extraction_id = ? AND idx = ?");
        if (!mark) return mark.error();
        mark->bind(1, decision.state)
            .bind(2, decision.record_key)
            .bind(3, who.name)
            .bind(4, now)
            .bind(5, decision.extraction_id)
            .bind(6, decision.index);
        if (auto done = mark->run(); !done) return done.error();
        auto settle = connection.prepare(
            "UPDATE extractions SET source_key = CASE WHEN ? = '' THEN source_key ELSE ? END, "
            "state = CASE WHEN EXISTS (SELECT 1 FROM extraction_candidates WHERE extraction_id = ? AND "
            "state = 'pending') THEN 'pending' ELSE 'reviewed' END WHERE id = ?");
        if (!settle) return settle.error();
        settle->bind(1, decision.source_key)
            .bind(2, decision.source_key)
            .bind(3, decision.extraction_id)
            .bind(4, decision.extraction_id);
        if (auto done = settle->run(); !done) return done.error();
        return load(connection, decision.extraction_id);
    });
}

}  // namespace mssops::store
