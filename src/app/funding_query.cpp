#include "app/funding_query.hpp"

#include <chrono>

#include "domain/kind_names.hpp"

namespace mssops::app {

using domain::Error;
using domain::Result;

Result<void> mission_exists(store::RecordStore& records, std::string_view slug) {
    auto mission = records.find_by_key(domain::kinds::missions, slug);
    if (mission) return {};
    if (mission.error().code == domain::ErrorCode::not_found)
        return Error::not_found("slug", "no mission has key \"" + std::string(slug) + "\"");
    return mission.error();
}

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

Result<FlowsResult> funding_flows(store::RecordStore& records, const FlowsQuery& query) {
    if (auto exists = mission_exists(records, query.slug); !exists) return exists.error();
    store::ListQuery list;
    list.kind = domain::kinds::funding_flows;
    list.mission = query.slug;
    list.limit = query.limit;
    list.offset = query.offset;
    if (query.status) list.equals.emplace_back("status", domain::to_text(*query.status));
    if (query.donor) list.equals.emplace_back("donor", *query.donor);
    auto page = records.list(list);
    if (!page) return page.error();
    return FlowsResult{std::move(page->items), page->total, page->limit, page->offset};
}

Result<FlowHistoryResult> flow_history(store::Store& store, const FlowHistoryQuery& query) {
    if (auto exists = mission_exists(store.records(), query.slug); !exists) return exists.error();
    auto versions = report::load_flow_versions(store, query.slug, query.id);
    if (!versions) return versions.error();
    auto flow = store.records().get(domain::kinds::funding_flows, query.id);
    if (!flow) return flow.error();
    return FlowHistoryResult{std::move(flow).value(), domain::flow_history(*versions)};
}

}  // namespace mssops::app
