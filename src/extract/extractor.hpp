#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/candidate.hpp"
#include "extract/gazetteer.hpp"

namespace mssops::extract {

/// What an extraction is reasoned against.
struct ExtractOptions {
    std::optional<std::chrono::sys_days> published;
    std::string mission;        // Mission key candidates are filed under ("mss-haiti"); "" none.
    int window_first_year = 0;  // See DateContext.
    int window_last_year = 0;
};

/// An article turned into candidates.
struct Extraction {
    std::string text;                      // The cleaned article; every span indexes it.
    std::string published;                 // ISO day, or "" when neither given nor found.
    bool published_found_in_text = false;  // Read from a dateline or byline, not given.
    std::vector<Candidate> candidates;
    std::vector<PersonCandidate> new_persons;  // Named with a title, not in the gazetteer.
    std::size_t sentences = 0;
};

/// A candidate person record (kind "persons") for each person the text names with a title and the
/// store does not hold: key (the slug the other candidates cite), name, role (the title, "of <country>"
/// when the text names the country before it), country and organisation when the text gives them.
/// Rule "person.titled_name"; the evidence is the name.
std::vector<Candidate> person_candidates(const Extraction& extraction);

/// Cleans `input` (plain text or pasted HTML), splits it into sentences and runs every rule over
/// each, a paragraph repeated word for word read once. Never fails: text with no facts yields none.
Extraction extract_article(std::string_view input, const Gazetteer& gazetteer, const ExtractOptions& options);

}  // namespace mssops::extract
