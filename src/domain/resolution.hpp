#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/message.hpp"
#include "domain/partial_date.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// What a resolution does to a mission's mandate.
enum class MandateAction { authorize, extend, modify, terminate };

/// The result of a vote: adopted, failed (too few votes in favour), or vetoed by a permanent member.
enum class VoteOutcome { adopted, failed, vetoed };

/// A resolution or voted draft (kind resolutions) with its recorded vote.
struct Resolution {
    std::string key;
    std::string body;  // Organisation key: "unsc".
    std::optional<std::int64_t> number;
    std::string symbol;  // "S/RES/2751 (2024)"; "" when the record has none.
    PartialDate adopted;
    MandateAction action = MandateAction::authorize;
    VoteOutcome outcome = VoteOutcome::adopted;  // The record's own outcome; adopted when omitted.
    std::string mission;                         // "" when the resolution names no mission.
    std::optional<PartialDate> mandate_end;
    TextList penholders;
    TextList votes_yes;
    TextList votes_no;
    TextList votes_abstain;
    bool unanimous = false;
    std::string source_id;

    /// "S/RES/2751 (2024)", else "resolution 2751", else the key: how people refer to it.
    std::string label() const;
    /// label() as a message ("resolution.label"), so each language words "resolution 2751" its way.
    Message label_message() const;
    /// Whether the record carries a recorded vote (any of the three lists).
    bool has_recorded_vote() const;
};

/// The typed view of a resolutions record; invalid_input names the field that is missing or wrong.
Result<Resolution> resolution_from(const Record& record);
/// "authorize", "extend", "modify", "terminate".
const char* to_text(MandateAction action);
/// "adopted", "failed", "vetoed".
const char* to_text(VoteOutcome outcome);

}  // namespace mssops::domain
