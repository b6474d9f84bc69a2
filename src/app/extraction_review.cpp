#include "app/extraction_review.hpp"

#include <chrono>

#include "app/extraction.hpp"
#include "domain/access_policy.hpp"
#include "domain/kind_catalog.hpp"
#include "domain/partial_date.hpp"
#include "domain/record_validation.hpp"

namespace mssops::app {
namespace {

using domain::Error;

// An extraction and its candidate that a reviewer decides on.
struct Candidacy {
    store::StoredExtraction extraction;
    std::size_t place = 0;  // The candidate's place in extraction.candidates.
    const store::StoredCandidate& candidate() const { return extraction.candidates[place]; }
};

// The store's error for an unknown extraction; not_found naming "n" for an unknown candidate.
domain::Result<Candidacy> find_candidate(store::Store& store, std::int64_t id, std::int64_t n) {
    auto extraction = store.extractions().get(id);
    if (!extraction) return extraction.error();
    for (std::size_t place = 0; place < extraction->candidates.size(); ++place)
        if (extraction->candidates[place].index == n) return Candidacy{std::move(*extraction), place};
    return Error::not_found(
        "n", "extraction " + std::to_string(extraction->id) + " has no candidate " + std::to_string(n));
}

// The source record every accepted candidate of the extraction cites: one per extraction.
store::Change source_change(const store::StoredExtraction& extraction, const std::string& key) {
    domain::Fields source{
        {"key", key},
        {"publisher", extraction.outlet},
        {"title", extraction.title},
        {"source_kind", std::string("press")},
        {"synthetic", std::string("no")},
        {"accessed",
         domain::to_iso_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()))}};
    if (!extraction.url.empty()) source["url"] = extraction.url;
    if (!extraction.published.empty()) source["published"] = extraction.published;
    return {std::string(domain::kinds::sources), std::move(source)};
}

domain::Result<void> require_text(const std::string& value, const char* field, const char* what) {
    if (value.empty()) return Error::invalid(field, std::string("must give ") + what + ", got nothing");
    return {};
}

}  // namespace

domain::Result<store::StoredExtraction> submit_extraction(store::Store& store,
                                                          const ReviewSubmission& submission,
                                                          const domain::Principal& principal,
                                                          const store::Actor& who) {
    if (!principal.authenticated()) return Error::unauthorized("sign in to submit an article for review");
    if (!domain::has_role(principal, domain::Role::admin) &&
        !domain::has_role(principal, domain::Role::editor) &&
        !domain::has_role(principal, domain::Role::liaison))
        return Error::forbidden("submitting an article needs the admin, editor or liaison role");
    if (auto ok = require_text(submission.text, "text", "the article text"); !ok) return ok.error();
    if (auto ok = require_text(submission.outlet, "outlet", "the outlet that published it"); !ok)
        return ok.error();
    if (auto ok = require_text(submission.title, "title", "the article's title"); !ok) return ok.error();
    ExtractionQuery query;
    query.text = submission.text;
    if (!submission.published.empty()) query.published = submission.published;
    query.source_url = submission.url;
    query.mission = submission.mission;
    auto result = run_extraction(store, query);
    if (!result) return result.error();

    store::StoredExtraction extraction;
    extraction.text = result->extraction.text;  // The cleaned text: every span indexes it.
    extraction.outlet = submission.outlet;
    extraction.title = submission.title;
    extraction.url = submission.url;
    extraction.published = submission.published.empty() ? result->extraction.published : submission.published;
    const auto& candidates = result->extraction.candidates;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        store::StoredCandidate stored;
        stored.index = static_cast<std::int64_t>(i) + 1;
        stored.kind = candidates[i].kind;
        stored.fields = candidates[i].fields;
        stored.span_start = static_cast<std::int64_t>(candidates[i].evidence.start);
        stored.span_end = static_cast<std::int64_t>(candidates[i].evidence.end);
        stored.rule = candidates[i].rule;
        stored.confidence = candidates[i].confidence;
        stored.match_status = result->matches[i].status;
        stored.match_key = result->matches[i].key;
        extraction.candidates.push_back(std::move(stored));
    }
    return store.extractions().create(extraction, who);
}

domain::Result<store::ExtractionPage> list_extractions(store::Store& store, std::int64_t limit,
                                                       std::int64_t offset) {
    // The same bounds as every other list, so no client reads the whole table in one page.
    if (limit < 1 || limit > 1000)
        return domain::Error::invalid("limit",
                                      "must be a whole number from 1 to 1000, got " + std::to_string(limit));
    if (offset < 0)
        return domain::Error::invalid("offset",
                                      "must be a whole number from 0, got " + std::to_string(offset));
    return store.extractions().list(limit, offset);
}

domain::Result<store::StoredExtraction> show_extraction(store::Store& store, std::int64_t id) {
    return store.extractions().get(id);
}

domain::Result<store::StoredExtraction> accept_candidate(store::Store& store, std::int64_t id, std::int64_t n,
                                                         const std::optional<domain::Fields>& edited,
                                                         const domain::Principal& principal,
                                                         const store::Actor& who) {
    auto found = find_candidate(store, id, n);
    if (!found) return found.error();
    const store::StoredExtraction& extraction = found->extraction;
    const auto& chosen = found->candidate();
    const auto* kind = domain::find_kind(chosen.kind);
    if (!kind) return Error::invalid("kind", "unknown record kind '" + chosen.kind + "'");

    store::CandidateDecision decision{id, n, "accepted", {}, "", ""};
    if (chosen.match_status == "already_recorded" && !edited) {
        // The store holds this fact already: accepting it names that record and writes nothing.
        if (auto allowed = domain::authorize_write(principal, chosen.kind, chosen.fields); !allowed)
            return allowed.error();
        decision.record_key = chosen.match_key;
        return store.extractions().decide(decision, who);
    }
    decision.source_key =
        extraction.source_key.empty() ? "extraction-" + std::to_string(id) : extraction.source_key;
    auto fields = edited ? *edited : chosen.fields;
    // Accepted although it matched a stored event: the same movement, reported again.
    if (auto linked = link_same_movement(store.records(), chosen.kind,
                                         CandidateMatch{chosen.match_status, chosen.match_key, ""}, fields);
        !linked)
        return linked.error();
    fields["source_id"] = decision.source_key;
    if (fields.find("key") == fields.end()) fields["key"] = decision.source_key + "-" + std::to_string(n);
    auto valid = domain::validate_fields(*kind, fields, domain::Completeness::whole_record);
    if (!valid) return valid.error();
    if (auto allowed = domain::authorize_write(principal, chosen.kind, *valid); !allowed)
        return allowed.error();
    if (const auto* key = std::get_if<std::string>(&(*valid)["key"])) decision.record_key = *key;
    if (extraction.source_key.empty())
        decision.changes.push_back(source_change(extraction, decision.source_key));
    decision.changes.push_back({chosen.kind, std::move(*valid)});
    return store.extractions().decide(decision, who);
}

domain::Result<store::StoredExtraction> reject_candidate(store::Store& store, std::int64_t id, std::int64_t n,
                                                         const domain::Principal& principal,
                                                         const store::Actor& who) {
    auto found = find_candidate(store, id, n);
    if (!found) return found.error();
    const auto& candidate = found->candidate();
    if (auto allowed = domain::authorize_write(principal, candidate.kind, candidate.fields); !allowed)
        return allowed.error();
    return store.extractions().decide({id, n, "rejected", {}, "", ""}, who);
}

}  // namespace mssops::app
