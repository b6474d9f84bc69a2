#include "report/funding_facts.hpp"

#include <algorithm>

#include "domain/kind_names.hpp"
#include "domain/stated_strength.hpp"
#include "report/mission_facts.hpp"
#include "store/record_json.hpp"

namespace mssops::report {
namespace {

using domain::Error;
using domain::Record;
using domain::Result;

Result<std::vector<Record>> all_of_mission(store::RecordStore& records, std::string_view kind,
                                           std::string_view slug) {
    store::ListQuery query;
    query.kind = kind;
    query.mission = std::string(slug);
    auto listed = store::list_all_records(records, std::move(query));
    if (!listed) return listed.error();
    auto all = std::move(listed).value();
    std::sort(all.begin(), all.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
    return all;
}

std::string label(const Record& record) {
    return record.key().empty() ? std::to_string(record.id) : record.key();
}

Error named(const Record& record, const Error& error) {
    Error located = error;
    located.field = record.kind + "[" + label(record) + "]." + error.field;
    return located;
}

}  // namespace

Result<FundingFacts> load_funding_facts(store::RecordStore& records, std::string_view slug) {
    auto mission = records.find_by_key(domain::kinds::missions, slug);
    if (!mission) {
        if (mission.error().code == domain::ErrorCode::not_found)
            return Error::not_found("slug", "no mission has key \"" + std::string(slug) + "\"");
        return mission.error();
    }
    FundingFacts facts;
    facts.mission = std::string(slug);
    auto flows = all_of_mission(records, domain::kinds::funding_flows, slug);
    if (!flows) return flows.error();
    facts.flow_records = std::move(flows).value();
    for (const auto& record : facts.flow_records) {
        auto flow = domain::funding_flow_from(record);
        if (!flow) return named(record, flow.error());
        facts.flows.push_back(std::move(flow).value());
    }
    auto spending = all_of_mission(records, domain::kinds::expenditures, slug);
    if (!spending) return spending.error();
    for (const auto& record : *spending) {
        auto item = domain::expenditure_from(record);
        if (!item) return named(record, item.error());
        facts.spending.push_back(std::move(item).value());
        const std::string* source = record.text("source_id");
        facts.spending_sources.push_back(source ? *source : std::string());
    }
    return facts;
}

Result<std::optional<DeployedCount>> deployed_from_force(store::RecordStore& records, std::string_view slug,
                                                         std::chrono::sys_days at) {
    auto facts = load_mission_facts(records, slug);
    if (!facts) return facts.error();
    domain::StrengthFigure figure = domain::stated_strength(facts->events, facts->reports, facts->sources,
                                                            domain::PersonnelType::all, at);
    if (figure.basis == domain::FigureBasis::none) return std::optional<DeployedCount>();
    return std::optional<DeployedCount>(
        DeployedCount{figure.count, domain::to_text(figure.basis), figure.rule});
}

Result<std::vector<domain::FlowVersion>> load_flow_versions(store::Store& store, std::string_view slug,
                                                            std::int64_t id) {
    auto flow = store.records().get(domain::kinds::funding_flows, id);
    const std::string* mission = flow ? flow->text("mission") : nullptr;
    if (!flow || !mission || *mission != slug) {
        if (flow || flow.error().code == domain::ErrorCode::not_found)
            return Error::not_found("id", "mission \"" + std::string(slug) +
                                              "\" has no funding flow with id " + std::to_string(id));
        return flow.error();
    }
    std::vector<store::AuditEntry> entries;
    store::AuditQuery query;
    query.kind = domain::kinds::funding_flows;
    query.record_id = id;
    query.limit = 100;
    while (true) {
        auto page = store.audit().list(query);
        if (!page) return page.error();
        entries.insert(entries.end(), page->begin(), page->end());
        if (static_cast<std::int64_t>(page->size()) < query.limit) break;
        query.offset += query.limit;
    }
    // The log lists newest first; a history reads oldest first.
    std::reverse(entries.begin(), entries.end());
    std::vector<domain::FlowVersion> versions;
    for (const auto& entry : entries) {
        if (entry.after.empty()) continue;
        auto object = store::parse_object(entry.after, "audit.after");
        if (!object) return object.error();
        auto fields = store::fields_from_json(*object);
        if (!fields) return fields.error();
        Record record{
            std::string(domain::kinds::funding_flows), id, 0, false, "", "", std::move(fields).value()};
        auto typed = domain::funding_flow_from(record);
        if (!typed)
            return Error::internal("audit entry " + std::to_string(entry.id) + " of funding flow " +
                                   std::to_string(id) + " does not read as a flow: " + typed.error().message);
        versions.push_back({entry.at, entry.actor, typed->status, typed->amount, typed->currency,
                            typed->amount_usd, typed->date});
    }
    return versions;
}

}  // namespace mssops::report
