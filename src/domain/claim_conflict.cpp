#include "domain/claim_conflict.hpp"

#include "domain/verify.hpp"

namespace mssops::domain {

std::size_t choose_claim(const std::vector<Claim>& claims, const SourceIndex& sources) {
    MSSOPS_VERIFY(!claims.empty());
    auto source_of = [](const Claim& claim) {
        return claim.source_ids.empty() ? std::string() : claim.source_ids.front();
    };
    std::size_t best = 0;
    for (std::size_t i = 1; i < claims.size(); ++i) {
        auto day = claims[i].as_of.first_day(), best_day = claims[best].as_of.first_day();
        if (day > best_day ||
            (day == best_day && outranks(sources, source_of(claims[i]), source_of(claims[best]))))
            best = i;
    }
    return best;
}

std::optional<ClaimConflict> conflict_among(std::string fact, Message subject, std::vector<Claim> claims,
                                            std::size_t used, Message rule, bool dates_matter) {
    MSSOPS_VERIFY(used < claims.size());
    bool differ = false;
    for (const auto& claim : claims)
        differ = differ || claim.value != claims[used].value ||
                 (dates_matter && claim.as_of != claims[used].as_of);
    if (!differ) return std::nullopt;
    claims[used].used = true;
    ClaimConflict conflict;
    conflict.fact = std::move(fact);
    conflict.subject = english(subject);
    conflict.subject_coded = std::move(subject);
    conflict.used_value = claims[used].value;
    conflict.claims = std::move(claims);
    conflict.rule = english(rule);
    conflict.rule_coded = std::move(rule);
    return conflict;
}

}  // namespace mssops::domain
