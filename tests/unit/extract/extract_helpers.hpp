#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/partial_date.hpp"
#include "extract/extractor.hpp"
#include "unit/extract/test_gazetteer.hpp"

namespace mssops::extract::testing {

/// Extracts `text` as an article of `published` ("" for none) against the test names.
inline Extraction extract(const std::string& text, const std::string& published = "2024-11-08") {
    ExtractOptions options;
    if (!published.empty()) options.published = domain::parse_iso_day(published, "published").value();
    options.mission = "mss-haiti";
    options.window_first_year = 2024;
    options.window_last_year = 2026;
    return extract_article(text, test_gazetteer(), options);
}

/// The candidates of one kind.
inline std::vector<Candidate> of_kind(const Extraction& extraction, const std::string& kind) {
    std::vector<Candidate> out;
    for (const auto& candidate : extraction.candidates)
        if (candidate.kind == kind) out.push_back(candidate);
    return out;
}

inline std::string text(const Candidate& candidate, const std::string& field) {
    auto* value = domain::text_of(candidate.fields, field);
    return value ? *value : std::string("<absent>");
}

inline std::int64_t integer(const Candidate& candidate, const std::string& field) {
    auto found = candidate.fields.find(field);
    if (found == candidate.fields.end()) return -1;
    auto* value = std::get_if<std::int64_t>(&found->second);
    return value ? *value : -1;
}

inline std::string evidence(const Extraction& extraction, const Candidate& candidate) {
    return extraction.text.substr(candidate.evidence.start, candidate.evidence.size());
}

}  // namespace mssops::extract::testing
