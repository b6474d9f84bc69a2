#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "domain/partial_date.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// An actor's stance on a subject.
enum class Stance { supports, open, opposes, withdrew_support, undecided };

/// An actor's stance on a subject at a date (kind positions); history is kept as separate records.
struct Position {
    std::string key;
    std::string actor;       // ISO3, organisation key or person key.
    std::string actor_kind;  // "country", "organisation", "person".
    std::string subject;     // "transition_to_un_pko".
    Stance stance = Stance::undecided;
    PartialDate date;
    std::string mission;
    std::string quote;
    std::string summary;
    std::string source_id;
};

/// The typed view of a positions record; invalid_input names the field that is missing or wrong.
Result<Position> position_from(const Record& record);
/// "supports", "open", "opposes", "withdrew_support", "undecided".
const char* to_text(Stance stance);

/// Each actor's latest position on `subject` stated on or before `at` (a month-precision date counts
/// from its first day), ordered by actor. Of two positions on the same date the later in input wins.
std::vector<Position> latest_positions(const std::vector<Position>& positions, std::string_view subject,
                                       std::chrono::sys_days at);

}  // namespace mssops::domain
