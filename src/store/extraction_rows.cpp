#include "store/extraction_rows.hpp"

namespace mssops::store {

std::string candidate_select(const char* parameter_mark) {
    return std::string(
               "SELECT idx, kind, record, span_start, span_end, rule, confidence, match_status, match_key, "
               "state, record_key, decided_by, decided_at FROM extraction_candidates WHERE extraction_id "
               "= ") +
           parameter_mark + " ORDER BY idx";
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
    auto fields = candidate_record_fields(row.text(2));
    if (!fields) return fields.error();
    return StoredCandidate{.index = row.integer(0),
                           .kind = row.text(1),
                           .fields = std::move(fields).value(),
                           .span_start = row.integer(3),
                           .span_end = row.integer(4),
                           .rule = row.text(5),
                           .confidence = row.real(6),
                           .match_status = row.text(7),
                           .match_key = row.text(8),
                           .state = row.text(9),
                           .record_key = row.text(10),
                           .decided_by = row.text(11),
                           .decided_at = row.text(12)};
}

}  // namespace mssops::store
