#include "store/extraction_rows.hpp"

namespace mssops::store {

std::string candidate_select(const char* placeholder) {
    return std::string(
               "SELECT idx, kind, record, span_start, span_end, rule, confidence, match_status, match_key, "
               "state, record_key, decided_by, decided_at FROM extraction_candidates WHERE extraction_id "
               "= ") +
           placeholder + " ORDER BY idx";
}

StoredExtraction extraction_from_row(const StoredRow& row) {
    StoredExtraction extraction;
    extraction.id = row.integer(0);
    extraction.text = row.text(1);
    extraction.outlet = row.text(2);
    extraction.title = row.text(3);
    extraction.url = row.text(4);
    extraction.published = row.text(5);
    extraction.created_by = row.text(6);
    extraction.created_at = row.text(7);
    extraction.state = row.text(8);
    extraction.source_key = row.text(9);
    return extraction;
}

domain::Result<StoredCandidate> candidate_from_row(const StoredRow& row) {
    StoredCandidate candidate;
    candidate.index = row.integer(0);
    candidate.kind = row.text(1);
    auto fields = candidate_record_fields(row.text(2));
    if (!fields) return fields.error();
    candidate.fields = std::move(fields).value();
    candidate.span_start = row.integer(3);
    candidate.span_end = row.integer(4);
    candidate.rule = row.text(5);
    candidate.confidence = row.real(6);
    candidate.match_status = row.text(7);
    candidate.match_key = row.text(8);
    candidate.state = row.text(9);
    candidate.record_key = row.text(10);
    candidate.decided_by = row.text(11);
    candidate.decided_at = row.text(12);
    return candidate;
}

}  // namespace mssops::store
