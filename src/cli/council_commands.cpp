#include "cli/council_commands.hpp"

#include <boost/json/serialize.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/force_views.hpp"
#include "cli/table.hpp"
#include "store/record_json.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

std::string text(const json::object& object, std::string_view name) {
    const json::value& value = object.at(name);
    if (value.is_null()) return "";
    if (value.is_string()) return std::string(value.get_string());
    return json::serialize(value);
}

std::string probability(const json::value& value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", value.to_number<double>());
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

void print_simulation(const json::object& body) {
    if (body.contains("scenario"))
        std::cout << "scenario " << text(body, "scenario") << ", council of " << text(body, "year")
                  << ", positions as of " << text(body, "positions_as_of") << "\n";
    std::cout << "verdict: " << text(body, "verdict") << " (" << text(body, "verdict_reason") << ")\n"
              << "P(adopted) = " << probability(body.at("adoption_probability"))
              << "   P(vetoed) = " << probability(body.at("veto_probability"))
              << "   P(fails) = " << probability(body.at("failure_probability")) << "\n\n";
    Table table({"member", "seat", "yes", "no", "abstain", "swing", "pivotal", "basis", "source"});
    for (const auto& item : body.at("members").as_array()) {
        const auto& member = item.as_object();
        table.add_row({text(member, "member"), member.at("permanent").as_bool() ? "permanent" : "elected",
                       probability(member.at("yes")), probability(member.at("no")),
                       probability(member.at("abstain")), probability(member.at("swing")),
                       member.at("pivotal").as_bool() ? "yes" : "", text(member, "basis"),
                       text(member, "source_id")});
    }
    table.print(std::cout);
}

void print_members(const json::object& body) {
    std::cout << text(body, "body") << " " << text(body, "year") << ": " << text(body, "permanent")
              << " permanent, " << text(body, "elected") << " elected";
    if (!body.at("problem").is_null()) std::cout << " (" << text(body, "problem") << ")";
    std::cout << "\n";
    Table table({"country", "seat", "term", "source"});
    for (const auto& item : body.at("members").as_array()) {
        const auto& seat = item.as_object();
        std::string term = text(seat, "term_start") + "-" + text(seat, "term_end");
        table.add_row({text(seat, "country"), text(seat, "seat"), term, text(seat, "source_id")});
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
        app::ForceQuery query;
        query.year = year;
        auto body = app::council_members_view(**store, query);
        if (!body) return context.fail(body.error());
        if (context.json) return CliContext::print_json(*body);
        print_members(*body);
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
        Result<json::object> result = Error::internal("no simulation ran");
        if (!scenario.empty()) {
            app::ForceQuery query;
            query.year = year;
            result = app::transition_scenario_view(**store, query);
        } else {
            auto request = read_draft(draft);
            if (!request) return context.fail(request.error());
            result = app::simulate_view(**store, *request);
        }
        if (!result) return context.fail(result.error());
        if (context.json) return CliContext::print_json(*result);
        print_simulation(*result);
    });
}

}  // namespace mssops::cli
