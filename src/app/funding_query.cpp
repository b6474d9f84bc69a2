#include "app/funding_query.hpp"

#include <chrono>

namespace mssops::app {

using domain::Error;
using domain::Result;

Result<FundingSummaryResult> funding_summary(store::RecordStore& records,
                                             const ingest::FundingReference& reference,
                                             const FundingSummaryQuery& query) {
    auto facts = report::load_funding_facts(records, query.slug);
    if (!facts) return facts.error();
    FundingSummaryResult result{facts->mission, {}, query.options, std::nullopt};
    if (query.deployed) {
        result.deployed =
            report::DeployedCount{*query.deployed, "query", "The deployed count given with the request."};
    } else {
        const auto& as_of = query.options.as_of;
        std::chrono::sys_days at =
            as_of ? std::chrono::sys_days{as_of->year() / as_of->month() / std::chrono::last}
                  : std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        auto from_force = report::deployed_from_force(records, query.slug, at);
        if (!from_force) return from_force.error();
        result.deployed = *from_force;
    }
    if (result.deployed) result.options.deployed = result.deployed->count;
    auto summary = domain::summarize_funding(facts->flows, facts->spending, reference.rates, result.options);
    if (!summary) return summary.error();
    result.summary = std::move(summary).value();
    return result;
}

Result<AssessedResult> assessed_funding(store::RecordStore& records,
                                        const ingest::FundingReference& reference,
                                        const AssessedQuery& query) {
    if (!reference.scale)
        return Error::not_found("scale",
                                "no scale of assessments is loaded: the data folder lacks reference/" +
                                    std::string(ingest::regular_budget_scale_file) +
                                    "; supply one (CSV with member,rate_percent) with --scale FILE");
    auto facts = report::load_funding_facts(records, query.slug);
    if (!facts) return facts.error();
    auto apportioned = domain::apportion_budget(query.budget, *reference.scale, query.coverage);
    if (!apportioned) return apportioned.error();
    auto given = domain::totals_by_donor(facts->flows, reference.rates);
    if (!given) return given.error();
    auto rows = domain::compare_with_given(apportioned->parts, *given);
    return AssessedResult{facts->mission, query.budget, *reference.scale, std::move(apportioned).value(),
                          std::move(rows)};
}

}  // namespace mssops::app
