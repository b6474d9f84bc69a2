#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/message.hpp"
#include "domain/partial_date.hpp"
#include "domain/source_rank.hpp"

namespace mssops::domain {

/// One source's value for a fact: "744 police of KEN on 2025-02-06, says source C".
struct Claim {
    std::string record_kind;  // "strength_reports", "deployment_events", or "derived" for a computed figure.
    std::string record_key;   // "" for a derived claim.
    std::string value;        // The value as text: "744", "400 arrived on 2024-06-25".
    PartialDate as_of;        // The date the value is true of.
    std::vector<std::string> source_ids;  // One source; a derived claim lists every source behind it.
    std::string source_kind;              // The kind of the (first) source: "un_document" ... "other".
    bool used = false;                    // The value the computation used.
    Message value_coded;  // `value` as a code when it is a sentence: "conflict.claim.movement".
};

/// Sources that give different values for one fact, and the value a computation used by which rule.
struct ClaimConflict {
    std::string fact;     // What kind of fact: "contingent_strength", "movement", "mission_strength".
    std::string subject;  // Which fact, in words: "KEN police strength on 2025-02-06".
    std::vector<Claim> claims;
    std::string used_value;
    std::string rule;       // Why that value: "most recent as-of date; among equal dates ...".
    Message subject_coded;  // `subject` as a code and parameters: "conflict.contingent_strength".
    Message rule_coded;     // `rule` as a code: "conflict.rule.claims".
};

/// The rule conflicts among claims of one fact are settled by, in words.
inline constexpr const char* claim_rule =
    "most recent as-of date; among equal dates a UN document over a government statement over the press "
    "over a data set or other source; then the more recently published source";

/// The rule one movement reported by several sources is counted once by, in words.
inline constexpr const char* movement_rule =
    "one movement reported by several sources is counted once: the best-ranked source's (a UN document "
    "over a government statement over the press over a data set or other), then the more recently "
    "published";

/// The index of the claim `claim_rule` chooses: the latest as-of date (by its first day), then the
/// better-ranked source, then the more recently published one, then the first in input order.
/// MSSOPS_VERIFY: `claims` is not empty.
std::size_t choose_claim(const std::vector<Claim>& claims, const SourceIndex& sources);

/// Whether the claims hold more than one value (or one value at different as-of dates when
/// `dates_matter`); then the conflict, with the claim at `used` marked used and `rule` as its reason
/// (`subject` and `rule` are kept as messages and in English).
std::optional<ClaimConflict> conflict_among(std::string fact, Message subject, std::vector<Claim> claims,
                                            std::size_t used, Message rule, bool dates_matter = false);

}  // namespace mssops::domain
