#include "cli/council_commands.hpp"

#include <boost/json/serialize.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/mission_result_json.hpp"
#include "cli/table.hpp"
#include "store/record_json.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

std::string probability(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", value);
    return buffer;
}

Result<app::SimulationRequest> read_draft(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::not_found("--draft", "cannot read \"" + path + "\"");
    std::ostringstream content;
    content << in.rdbuf();
    auto body = store::parse_object(content.str(), path);
    if (!body) return body.error();
    return app::simulation_request_from_json(*body);
}

void print_simulation(const app::DraftSimulation& simulation) {
    const auto& result = simulation.result;
    if (simulation.scenario)
        std::cout << "scenario " << simulation.scenario->subject << ", council of "
                  << simulation.scenario->council.year << ", positions as of "
                  << domain::to_iso_day(simulation.scenario->positions_as_of) << "\n";
    std::cout << "verdict: " << domain::to_text(result.verdict) << " (" << result.verdict_reason << ")\n"
              << "P(adopted) = " << probability(result.adoption)
              << "   P(vetoed) = " << probability(result.veto_decides)
              << "   P(fails) = " << probability(result.failure) << "\n\n";
    // A scenario's stances are its own; a draft's are the members as given.
    const auto& stances = simulation.scenario ? simulation.scenario->members : simulation.members;
    Table table({"member", "seat", "yes", "no", "abstain", "swing", "pivotal", "basis", "source"});
    for (std::size_t i = 0; i < result.members.size() && i < stances.size(); ++i) {
        const auto& member = result.members[i];
        const auto& stance = stances[i];
        table.add_row({member.member, member.permanent ? "permanent" : "elected", probability(stance.yes),
                       probability(stance.no), probability(stance.abstain), probability(member.swing),
                       member.pivotal ? "yes" : "", stance.basis, stance.source_id});
    }
    table.print(std::cout);
}

void print_members(const domain::CouncilComposition& council) {
    std::cout << council.body << " " << council.year << ": " << council.permanent_count() << " permanent, "
              << council.elected_count() << " elected";
    if (auto complete = domain::check_security_council(council); !complete)
        std::cout << " (" << complete.error().message << ")";
    std::cout << "\n";
    Table table({"country", "seat", "term", "source"});
    for (const auto& seat : council.members) {
        std::string term =
            std::to_string(seat.term_start) + "-" + (seat.term_end ? std::to_string(*seat.term_end) : "");
        table.add_row({seat.country, seat.permanent ? "permanent" : "elected", term, seat.source_id});
    }
    table.print(std::cout);
}

}  // namespace

void add_council_commands(CLI::App& app, CliContext& context) {
    static std::string draft, scenario, year;
    auto* council =
        add_command(app, "council", "Security Council: members by year and exact vote simulation");
    council->require_subcommand(1);

    auto* members =
        council->add_subcommand("members", "The council's members in a year, each seat with its source");
    members->add_option("--year", year, "Council year (default this year)");
    members->callback([&context] {
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        auto query = app::council_query_from_text(year);
        if (!query) return context.fail(query.error());
        auto council = app::council_members(**store, *query);
        if (!council) return context.fail(council.error());
        if (context.json) return CliContext::print_json(app::council_to_json(*council));
        print_members(*council);
    });

    auto* simulate = council->add_subcommand(
        "simulate", "Exact probability a draft is adopted or vetoed, and the pivotal members");
    auto* draft_option =
        simulate->add_option("--draft", draft, "JSON file: the body of POST /api/v1/council/simulate");
    simulate->add_option("--scenario", scenario, "A default scenario: transition_to_un_pko")
        ->excludes(draft_option);
    simulate->add_option("--year", year, "Council year for a scenario (default this year)");
    simulate->callback([&context] {
        if (draft.empty() && scenario.empty())
            return context.fail(
                Error::invalid("--draft", "give --draft F.json or --scenario transition_to_un_pko"));
        if (!scenario.empty() && scenario != domain::transition_subject)
            return context.fail(
                Error::invalid("--scenario", "must be transition_to_un_pko, got \"" + scenario + "\""));
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        Result<app::DraftSimulation> result = Error::internal("no simulation ran");
        if (!scenario.empty()) {
            auto query = app::council_query_from_text(year);
            if (!query) return context.fail(query.error());
            auto ran = app::transition_scenario(**store, *query);
            if (!ran) return context.fail(ran.error());
            result = app::DraftSimulation{{}, std::move(ran->result), std::move(ran->scenario)};
        } else {
            auto request = read_draft(draft);
            if (!request) return context.fail(request.error());
            result = app::simulate_draft(**store, *request);
        }
        if (!result) return context.fail(result.error());
        if (context.json) return CliContext::print_json(app::draft_simulation_to_json(*result));
        print_simulation(*result);
    });
}

}  // namespace mssops::cli
