#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/record_store.hpp"
#include "store/record_transaction.hpp"

namespace mssops::store {

/// One candidate record read from an article, as stored for review.
struct StoredCandidate {
    std::int64_t index = 0;  // 1-based, in the extractor's order.
    std::string kind;
    domain::Fields fields;
    std::int64_t span_start = 0;  // Byte offsets into the extraction's text, [start, end).
    std::int64_t span_end = 0;
    std::string rule;
    double confidence = 0;
    std::string match_status = "new";  // new, already_recorded, conflicts.
    std::string match_key;
    std::string state = "pending";  // pending, accepted, rejected.
    std::string record_key;         // The record written on acceptance.
    std::string decided_by;
    std::string decided_at;
};

/// An article submitted for review, with its citation and candidates.
struct StoredExtraction {
    std::int64_t id = 0;
    std::string text;
    std::string outlet;
    std::string title;
    std::string url;
    std::string published;  // "YYYY-MM-DD" or "".
    std::string created_by;
    std::string created_at;
    std::string state = "pending";  // pending while any candidate is; reviewed after.
    std::string source_key;         // The source record accepted candidates cite; "" until one is.
    std::vector<StoredCandidate> candidates;
};

/// An editor's decision on one candidate.
struct CandidateDecision {
    std::int64_t extraction_id = 0;
    std::int64_t index = 0;
    std::string state;            // "accepted" or "rejected".
    std::vector<Change> changes;  // Records to write with it (accepted): the source, then the record.
    std::string record_key;       // The key of the record written.
    std::string source_key;       // The source record it cites.
};

/// One page of extractions, newest first, and how many there are in all.
using ExtractionPage = PageOf<StoredExtraction>;

/// Extractions awaiting review. Thread-safe.
class ExtractionStore {
public:
    virtual ~ExtractionStore() = default;
    /// Stores an extraction with its candidates; id, created_by and created_at are set here.
    virtual Result<StoredExtraction> create(const StoredExtraction& extraction, const Actor& who) = 0;
    /// A page of extractions, newest first, without text or candidates: `limit` from `offset`.
    virtual Result<ExtractionPage> list(std::int64_t limit, std::int64_t offset) = 0;
    /// not_found naming "id" when there is no such extraction.
    virtual Result<StoredExtraction> get(std::int64_t id) = 0;
    /// Records a decision: in one transaction, writes `decision.changes` (with their audit rows, as
    /// RecordStore::apply does) and marks the candidate. not_found naming "id" or "n"; conflict
    /// naming "n" when the candidate is not pending; the records' own errors otherwise.
    virtual Result<StoredExtraction> decide(const CandidateDecision& decision, const Actor& who) = 0;
};

/// The candidate's fields as JSON text, and back (invalid_input naming "record" when it is not).
std::string candidate_record_text(const domain::Fields& fields);
Result<domain::Fields> candidate_record_fields(std::string_view text);

/// The candidate as the API and the CLI show it: {"n", "kind", "record", "span", "rule", ...}.
boost::json::object candidate_to_json(const StoredCandidate& candidate);
/// The extraction as the API and the CLI show it; `whole` adds the text and the candidates.
boost::json::object extraction_to_json(const StoredExtraction& extraction, bool whole);
/// A page as the API and the CLI show it: {"items", "total", "limit", "offset", "next_offset"}, where
/// next_offset is null on the last page.
boost::json::object extraction_page_to_json(const ExtractionPage& page);

/// The record side of ExtractionStore::decide, inside the backend's write transaction: checks the
/// decision against the candidate it names in `extraction` and writes its changes through
/// `transaction`, stamped `now`. not_found naming "n" when there is no such candidate; conflict naming
/// "n" unless it is pending; invalid_input naming "state" for a state other than accepted or rejected;
/// the records' own errors otherwise. The backend then marks the candidate and settles the extraction.
Result<void> write_decision(const StoredExtraction& extraction, const CandidateDecision& decision,
                            RecordTransaction& transaction, const Actor& who, const std::string& now);

}  // namespace mssops::store
