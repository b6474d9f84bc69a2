#include <cctype>
#include <chrono>

#include "app/extraction.hpp"
#include "domain/kind_catalog.hpp"
#include "domain/partial_date.hpp"
#include "domain/record_validation.hpp"

namespace mssops::app {
namespace {

// A source key from what is known of the article: "press-2024-11-08-<slug of the title>".
std::string source_key_for(const Citation& citation) {
    std::string slug;
    for (char c : citation.title) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            slug += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() >= 48) break;
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return "extracted-" + (citation.published.empty() ? std::string("undated") : citation.published) + "-" +
           slug;
}

}  // namespace

domain::Result<void> link_same_movement(store::RecordStore& records, std::string_view kind,
                                        const CandidateMatch& match, domain::Fields& fields) {
    if (kind != domain::kinds::deployment_events || match.key.empty()) return {};
    if (match.status != "already_recorded" && match.status != "conflicts") return {};
    if (fields.contains("same_movement_as")) return {};
    auto stored = records.find_by_key(domain::kinds::deployment_events, match.key);
    if (!stored) {
        // Retired or gone since the extraction: nothing to link to.
        if (stored.error().code == domain::ErrorCode::not_found) return {};
        return stored.error();
    }
    if (stored->retired) return {};
    for (const char* field : {"country", "personnel_type", "event"}) {
        const std::string* mine = domain::text_of(fields, field);
        const std::string* theirs = stored->text(field);
        if (!mine || !theirs || *mine != *theirs) return {};
    }
    fields["same_movement_as"] = match.key;
    return {};
}

domain::Result<AcceptSummary> accept_new_candidates(store::Store& store, const ExtractionResult& result,
                                                    const Citation& citation, const store::Actor& who) {
    if (citation.outlet.empty())
        return domain::Error::invalid("citation.outlet", "must name the outlet, got nothing");
    if (citation.title.empty())
        return domain::Error::invalid("citation.title", "must give the title, got nothing");
    AcceptSummary summary;
    summary.source_key = source_key_for(citation);
    domain::Fields source{
        {"key", summary.source_key},
        {"publisher", citation.outlet},
        {"title", citation.title},
        {"source_kind", std::string("press")},
        {"synthetic", std::string("no")},
        {"accessed",
         domain::to_iso_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()))}};
    if (!citation.url.empty()) source["url"] = citation.url;
    if (!citation.published.empty()) source["published"] = citation.published;
    std::vector<store::Change> changes{{std::string(domain::kinds::sources), source}};
    const auto& candidates = result.extraction.candidates;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (result.matches[i].status == "already_recorded") {
            ++summary.already_recorded;
            continue;
        }
        auto fields = candidates[i].fields;
        if (auto linked = link_same_movement(store.records(), candidates[i].kind, result.matches[i], fields);
            !linked)
            return linked.error();
        fields["source_id"] = summary.source_key;
        // A key that says where the record came from, so a later extraction can name it.
        fields["key"] = summary.source_key + "-" + std::to_string(i + 1);
        const auto* kind = domain::find_kind(candidates[i].kind);
        if (!kind) continue;
        auto valid = domain::validate_fields(*kind, fields, domain::Completeness::whole_record);
        if (!valid) {
            summary.incomplete.push_back(candidates[i].kind + " #" + std::to_string(i + 1) + ": " +
                                         valid.error().field + ": " + valid.error().message);
            continue;
        }
        changes.push_back({candidates[i].kind, std::move(*valid)});
    }
    auto existing = store.records().find_by_key(domain::kinds::sources, summary.source_key);
    auto applied = store.records().apply(changes, who);
    if (!applied) return applied.error();
    summary.created = applied->created - (existing ? 0 : 1);  // The source record is not a candidate.
    return summary;
}

}  // namespace mssops::app
