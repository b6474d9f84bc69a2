#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/record.hpp"
#include "extract/span.hpp"

namespace mssops::extract {

/// Vote counts a text gives without naming every voter: "12 in favour, 3 abstaining".
struct VoteCounts {
    int yes = 0;
    int no = 0;
    int abstain = 0;
};

/// A record the text suggests, for an editor to accept, edit or reject.
struct Candidate {
    std::string kind;       // Store kind: deployment_events, strength_reports, positions...
    domain::Fields fields;  // By the store's field names; a field the text does not give is absent.
    Span evidence;          // The span it was read from.
    std::string rule;       // Which rule read it: "deployment.arrival".
    double confidence = 0.5;
    std::string date_precision = "unresolved";  // day, month, year, approximate, unresolved.
    std::optional<VoteCounts> vote_counts;
    std::vector<std::string> notes;  // Date reasoning, contradictions, what is missing.
};

/// A person the text names who is not in the store: a candidate person record.
struct PersonCandidate {
    std::string name;
    std::string role;  // The title the text gives: "Superintendent".
    Span evidence;
    std::string key;           // The key records citing the person use: the name as a slug, "maria-thompson".
    std::string country;       // ISO3 of a country named just before the title ("Kenyan President"); "".
    std::string country_name;  // Its name, for the role: "President of Kenya".
    std::string organisation;  // Key of an organisation named just before the title ("HNP Spokesperson"); "".
};

}  // namespace mssops::extract
