#include "store/extraction_store.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "store/record_json.hpp"
#include "store/record_writes.hpp"

namespace mssops::store {

std::string candidate_record_text(const domain::Fields& fields) {
    return boost::json::serialize(fields_to_json(fields));
}

Result<domain::Fields> candidate_record_fields(std::string_view text) {
    auto object = parse_object(text, "record");
    if (!object) return object.error();
    return fields_from_json(*object);
}

boost::json::object candidate_to_json(const StoredCandidate& candidate) {
    return {{"n", candidate.index},
            {"kind", candidate.kind},
            {"record", fields_to_json(candidate.fields)},
            {"span", boost::json::object{{"start", candidate.span_start}, {"end", candidate.span_end}}},
            {"rule", candidate.rule},
            {"confidence", candidate.confidence},
            {"match", boost::json::object{{"status", candidate.match_status}, {"key", candidate.match_key}}},
            {"state", candidate.state},
            {"record_key", candidate.record_key},
            {"decided_by", candidate.decided_by},
            {"decided_at", candidate.decided_at}};
}

boost::json::object extraction_to_json(const StoredExtraction& extraction, bool whole) {
    boost::json::object object{{"id", extraction.id},
                               {"outlet", extraction.outlet},
                               {"title", extraction.title},
                               {"url", extraction.url},
                               {"published", extraction.published},
                               {"created_by", extraction.created_by},
                               {"created_at", extraction.created_at},
                               {"state", extraction.state},
                               {"source_key", extraction.source_key}};
    if (!whole) return object;
    object["text"] = extraction.text;
    boost::json::array candidates;
    for (const auto& candidate : extraction.candidates) candidates.push_back(candidate_to_json(candidate));
    object["candidates"] = std::move(candidates);
    return object;
}

boost::json::object extraction_page_to_json(const ExtractionPage& page) {
    boost::json::array items;
    for (const auto& extraction : page.items) items.push_back(extraction_to_json(extraction, false));
    const std::int64_t next = page.offset + static_cast<std::int64_t>(page.items.size());
    return boost::json::object{
        {"items", std::move(items)},
        {"total", page.total},
        {"limit", page.limit},
        {"offset", page.offset},
        {"next_offset", next < page.total ? boost::json::value(next) : boost::json::value(nullptr)}};
}

Result<void> write_decision(const StoredExtraction& extraction, const CandidateDecision& decision,
                            RecordTransaction& transaction, const Actor& who, const std::string& now) {
    const StoredCandidate* current = nullptr;
    for (const auto& candidate : extraction.candidates)
        if (candidate.index == decision.index) current = &candidate;
    if (!current)
        return domain::Error::not_found("n", "extraction " + std::to_string(decision.extraction_id) +
                                                 " has no candidate " + std::to_string(decision.index));
    if (decision.state != "accepted" && decision.state != "rejected")
        return domain::Error::invalid("state", "must be accepted or rejected, got '" + decision.state + "'");
    if (current->state != "pending")
        return domain::Error::conflict(
            "n", "candidate " + std::to_string(decision.index) + " was already " + current->state);
    if (decision.changes.empty()) return {};
    if (auto written = apply_changes(transaction, decision.changes, who, now); !written)
        return written.error();
    return {};
}

}  // namespace mssops::store
