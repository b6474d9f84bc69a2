#include "app/council_query.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>

#include "report/mission_facts.hpp"

namespace mssops::app {
namespace {

using domain::Error;
using domain::Result;
using std::chrono::sys_days;

// The Security Council's organisation key in the reference data.
constexpr const char* security_council = "unsc";

sys_days today() {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

}  // namespace

Result<CouncilQuery> council_query_from_text(const std::string& year) {
    if (year.empty()) return CouncilQuery{static_cast<int>(std::chrono::year_month_day{today()}.year())};
    int value = 0;
    auto [end, ec] = std::from_chars(year.data(), year.data() + year.size(), value);
    if (ec != std::errc() || end != year.data() + year.size() || value < 1945 || value > 2200)
        return Error::invalid("year", "must be a year from 1945 to 2200, got \"" + year + "\"");
    return CouncilQuery{value};
}

Result<domain::CouncilComposition> council_members(store::Store& store, const CouncilQuery& query) {
    auto memberships = report::load_council_memberships(store.records());
    if (!memberships) return memberships.error();
    return domain::council_in_year(*memberships, security_council, query.year);
}

Result<ScenarioResult> transition_scenario(store::Store& store, const CouncilQuery& query) {
    auto memberships = report::load_council_memberships(store.records());
    if (!memberships) return memberships.error();
    auto positions = report::load_positions(store.records(), domain::transition_subject);
    if (!positions) return positions.error();
    // Positions as they stood at the end of that year, or today for the current year.
    sys_days end_of_year = sys_days{std::chrono::year{query.year} / std::chrono::December / 31};
    auto scenario =
        domain::council_scenario(domain::council_in_year(*memberships, security_council, query.year),
                                 *positions, domain::transition_subject, std::min(end_of_year, today()));
    if (!scenario) return scenario.error();
    auto result = domain::simulate_council(scenario->members);
    if (!result) return result.error();
    return ScenarioResult{std::move(scenario).value(), std::move(result).value()};
}

Result<DraftSimulation> simulate_draft(store::Store& store, const SimulationRequest& request) {
    if (!request.scenario.empty()) {
        // The request reader requires a year with a scenario; it is checked as the query's year is.
        auto query = council_query_from_text(std::to_string(*request.year));
        if (!query) return query.error();
        auto scenario = transition_scenario(store, *query);
        if (!scenario) return scenario.error();
        return DraftSimulation{{}, std::move(scenario->result), std::move(scenario->scenario)};
    }
    auto result = domain::simulate_council(request.members, request.threshold);
    if (!result) return result.error();
    return DraftSimulation{request.members, std::move(result).value(), std::nullopt};
}

}  // namespace mssops::app
