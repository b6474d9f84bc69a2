#include "report/mission_facts.hpp"

#include "domain/council_scenario.hpp"
#include "domain/funding_flow.hpp"
#include "domain/kind_names.hpp"

namespace mssops::report {
namespace {

using domain::Result;

template <class T, class Reader>
Result<std::vector<T>> load(store::RecordStore& records, store::ListQuery query, Reader read) {
    auto listed = store::list_all_records(records, std::move(query));
    if (!listed) return listed.error();
    std::vector<T> typed;
    for (const auto& record : *listed) {
        auto item = read(record);
        if (!item) return item.error();
        typed.push_back(std::move(item).value());
    }
    return typed;
}

store::ListQuery of_mission(std::string_view kind, std::string_view slug) {
    store::ListQuery query;
    query.kind = std::string(kind);
    query.mission = std::string(slug);
    return query;
}

}  // namespace

Result<domain::MissionFacts> load_mission_facts(store::RecordStore& records, std::string_view slug) {
    auto record = records.find_by_key(domain::kinds::missions, slug);
    if (!record) {
        if (record.error().code == domain::ErrorCode::not_found)
            return domain::Error::not_found("slug", "no mission with key \"" + std::string(slug) + "\"");
        return record.error();
    }
    auto mission = domain::mission_from(*record);
    if (!mission) return mission.error();
    domain::MissionFacts facts;
    facts.mission = std::move(mission).value();

    auto events = load<domain::DeploymentEvent>(records, of_mission(domain::kinds::deployment_events, slug),
                                                domain::deployment_event_from);
    if (!events) return events.error();
    facts.events = std::move(events).value();
    auto reports = load<domain::StrengthReport>(records, of_mission(domain::kinds::strength_reports, slug),
                                                domain::strength_report_from);
    if (!reports) return reports.error();
    facts.reports = std::move(reports).value();
    auto targets = load<domain::StrengthTarget>(records, of_mission(domain::kinds::strength_targets, slug),
                                                domain::strength_target_from);
    if (!targets) return targets.error();
    facts.targets = std::move(targets).value();
    auto resolutions = load<domain::Resolution>(records, of_mission(domain::kinds::resolutions, slug),
                                                domain::resolution_from);
    if (!resolutions) return resolutions.error();
    facts.resolutions = std::move(resolutions).value();
    auto positions = load_positions(records, domain::transition_subject);
    if (!positions) return positions.error();
    facts.positions = std::move(positions).value();

    auto missions = load_missions(records);
    if (!missions) return missions.error();
    facts.missions = std::move(missions).value();
    for (const auto& mission : facts.missions) {
        if (mission.succession_resolution.empty()) continue;
        auto found = records.find_by_key(domain::kinds::resolutions, mission.succession_resolution);
        // A succession whose resolution is not stored still names the successor; the text says less.
        if (!found) {
            if (found.error().code == domain::ErrorCode::not_found) continue;
            return found.error();
        }
        auto resolution = domain::resolution_from(*found);
        if (!resolution) return resolution.error();
        facts.succession_resolutions.push_back(std::move(resolution).value());
    }
    if (!facts.succession_resolutions.empty()) {
        store::ListQuery countries;
        countries.kind = domain::kinds::countries;
        auto listed = store::list_all_records(records, std::move(countries));
        if (!listed) return listed.error();
        for (const auto& country : *listed) {
            const std::string* iso3 = country.text("iso3");
            const std::string* name = country.text("name");
            if (iso3 && name) facts.country_names[*iso3] = *name;
        }
    }
    auto flows = load<domain::FundingFlow>(records, of_mission(domain::kinds::funding_flows, slug),
                                           domain::funding_flow_from);
    if (!flows) return flows.error();
    for (const auto& flow : *flows) facts.funding_flow_dates.push_back(flow.date);
    store::ListQuery source_query;
    source_query.kind = domain::kinds::sources;
    auto sources = load<domain::SourceStanding>(records, source_query, domain::source_standing_from);
    if (!sources) return sources.error();
    for (auto& standing : *sources) facts.sources[standing.key] = std::move(standing);
    return facts;
}

Result<std::vector<domain::Mission>> load_missions(store::RecordStore& records) {
    store::ListQuery query;
    query.kind = domain::kinds::missions;
    return load<domain::Mission>(records, query, domain::mission_from);
}

Result<std::optional<domain::PartialDate>> newest_incident_date(store::IncidentStore& incidents,
                                                                std::chrono::sys_days at) {
    store::IncidentQuery query;
    query.to = domain::to_iso_day(at);
    query.limit = 1;
    auto page = incidents.list(query);
    if (!page) return page.error();
    if (page->items.empty()) return std::optional<domain::PartialDate>{};
    const std::string* date = page->items.front().text("date");
    if (!date) return std::optional<domain::PartialDate>{};
    auto parsed = domain::PartialDate::parse(*date, "incidents.date");
    if (!parsed) return parsed.error();
    return std::optional<domain::PartialDate>{*parsed};
}

Result<std::vector<domain::CouncilMembership>> load_council_memberships(store::RecordStore& records) {
    store::ListQuery query;
    query.kind = domain::kinds::council_memberships;
    return load<domain::CouncilMembership>(records, query, domain::council_membership_from);
}

Result<std::vector<domain::Position>> load_positions(store::RecordStore& records, std::string_view subject) {
    store::ListQuery query;
    query.kind = domain::kinds::positions;
    query.equals.emplace_back("subject", std::string(subject));
    return load<domain::Position>(records, query, domain::position_from);
}

}  // namespace mssops::report
