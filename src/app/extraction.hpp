#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "extract/extractor.hpp"
#include "extract/gazetteer.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// An article to extract, with what is known of it.
struct ExtractionQuery {
    std::string text;                      // Plain text or pasted HTML.
    std::optional<std::string> published;  // "YYYY-MM-DD".
    std::string source_url;
    std::string mission;  // Mission key; "" picks the store's only mission or the one the text names.
};

/// How a candidate meets the store: "new", "already_recorded" or "conflicts" (a stored record of the
/// same thing with another value), with that record's key.
struct CandidateMatch {
    std::string status = "new";
    std::string key;
    std::string differs;  // For conflicts: "count: stored 382, text 400".
};

/// The extraction and, candidate by candidate, how each meets the store.
struct ExtractionResult {
    extract::Extraction extraction;
    std::vector<CandidateMatch> matches;  // One per candidate, same order.
    std::string source_url;
    std::string mission;
};

/// The gazetteer from the store: countries, persons, organisations and missions.
/// unavailable when the store cannot be read.
domain::Result<extract::Gazetteer> load_gazetteer(store::RecordStore& records);

/// Compares a candidate with the stored records of its kind (`persons` resolve a person actor to
/// the country they speak for).
CandidateMatch match_candidate(const extract::Candidate& candidate, const std::vector<domain::Record>& stored,
                               const std::vector<domain::Record>& persons);

/// Runs the extraction of `query` against the store's names, and compares each candidate with the
/// stored records. invalid_input on "published" when it is not YYYY-MM-DD; unavailable from the store.
domain::Result<ExtractionResult> run_extraction(store::Store& store, const ExtractionQuery& query);

/// Where an accepted article was published: the source record the accepted records cite.
struct Citation {
    std::string outlet;
    std::string title;
    std::string url;
    std::string published;  // "YYYY-MM-DD" or "".
};

/// What accepting an extraction wrote.
struct AcceptSummary {
    std::string source_key;
    std::int64_t created = 0;
    std::int64_t already_recorded = 0;    // Left alone: the store holds them.
    std::vector<std::string> incomplete;  // "deployment_events #15: count is required"...
};

/// Writes every candidate that is new (or conflicts: both claims are kept) citing a new source
/// record for the article, in one transaction with the audit trail; candidates already recorded are
/// left alone and incomplete ones (a pledge without a count) are listed, not written. invalid_input
/// on "citation.outlet" or "citation.title" when empty; errors of the store otherwise.
domain::Result<AcceptSummary> accept_new_candidates(store::Store& store, const ExtractionResult& result,
                                                    const Citation& citation, const store::Actor& who);

/// For a deployment event accepted although it matched a stored one (`match` already_recorded or
/// conflicts): sets `same_movement_as` to the stored event's key, so the two count as one movement,
/// unless the fields name a link already or differ from the stored event in country, personnel type
/// or kind (an editor's change makes it another movement). Errors of the store.
domain::Result<void> link_same_movement(store::RecordStore& records, std::string_view kind,
                                        const CandidateMatch& match, domain::Fields& fields);

}  // namespace mssops::app
