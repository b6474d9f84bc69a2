#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/principal.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/extraction_store.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// An article submitted for review, with its citation.
struct ReviewSubmission {
    std::string text;
    std::string outlet;
    std::string title;
    std::string url;
    std::string published;  // "YYYY-MM-DD" or "".
    std::string mission;    // Mission key; "" lets the extraction choose.
};

/// Runs the extraction and stores it with every candidate pending; nothing else is written.
/// invalid_input on "text", "outlet", "title" or "published"; forbidden for a caller who may
/// write no record at all (a viewer); unauthorized when anonymous.
domain::Result<store::StoredExtraction> submit_extraction(store::Store& store,
                                                          const ReviewSubmission& submission,
                                                          const domain::Principal& principal,
                                                          const store::Actor& who);

/// A page of extractions, newest first, without text or candidates. invalid_input naming "limit"
/// unless it is 1..1000, or "offset" when it is negative.
domain::Result<store::ExtractionPage> list_extractions(store::Store& store, std::int64_t limit = 100,
                                                       std::int64_t offset = 0);

/// One extraction with its candidates; not_found naming "id".
domain::Result<store::StoredExtraction> show_extraction(store::Store& store, std::int64_t id);

/// Accepts candidate `n` of extraction `id`, as read or as `edited` (the whole record, replacing the
/// candidate's fields). The record is validated like any record, cites a source record for the
/// article (created with the first acceptance of the extraction) and lands with its audit row in one
/// transaction that marks the candidate accepted. A candidate the store already holds, accepted
/// unedited, writes nothing and names the stored record. forbidden when the caller may not write
/// that record (a liaison, another country's); conflict naming "n" when already decided.
domain::Result<store::StoredExtraction> accept_candidate(store::Store& store, std::int64_t id, std::int64_t n,
                                                         const std::optional<domain::Fields>& edited,
                                                         const domain::Principal& principal,
                                                         const store::Actor& who);

/// Rejects candidate `n`: only its state is written. forbidden when the caller may not write that
/// record; conflict naming "n" when already decided.
domain::Result<store::StoredExtraction> reject_candidate(store::Store& store, std::int64_t id, std::int64_t n,
                                                         const domain::Principal& principal,
                                                         const store::Actor& who);

}  // namespace mssops::app
