#include "app/council_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "app/json_text.hpp"
#include "app/message_json.hpp"
#include "domain/country_codes.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

const char* json_type(const json::value& value) {
    switch (value.kind()) {
        case json::kind::null:
            return "null";
        case json::kind::bool_:
            return "boolean";
        case json::kind::int64:
        case json::kind::uint64:
            return "integer";
        case json::kind::double_:
            return "number";
        case json::kind::string:
            return "string";
        case json::kind::array:
            return "array";
        case json::kind::object:
            return "object";
    }
    return "value";
}

Result<double> probability(const json::value& value, const std::string& field) {
    if (!value.is_number())
        return Error::invalid(field, std::string("must be a number, got ") + json_type(value));
    return value.to_number<double>();
}

Result<int> whole_number(const json::value& value, const std::string& field) {
    if (!value.is_int64() && !value.is_uint64())
        return Error::invalid(field, std::string("must be a whole number, got ") + json_type(value));
    auto number = value.to_number<std::int64_t>();
    if (number < 1 || number > 10000)
        return Error::invalid(field, "must be between 1 and 10000, got " + std::to_string(number));
    return static_cast<int>(number);
}

Result<domain::MemberStance> member_from_json(const json::value& value, const std::string& where) {
    if (!value.is_object())
        return Error::invalid(where, std::string("must be an object, got ") + json_type(value));
    const json::object& object = value.get_object();
    domain::MemberStance member;
    bool has_vote = false, has_probability = false;
    for (const auto& [name, item] : object) {
        std::string field = where + "." + std::string(name);
        if (name == "member") {
            if (!item.is_string())
                return Error::invalid(field, std::string("must be a string, got ") + json_type(item));
            member.member = std::string(item.get_string());
        } else if (name == "permanent") {
            if (!item.is_bool())
                return Error::invalid(field, std::string("must be a boolean, got ") + json_type(item));
        } else if (name == "vote") {
            std::string vote = item.is_string() ? std::string(item.get_string()) : "";
            if (vote == "yes")
                member.yes = 1;
            else if (vote == "no")
                member.no = 1;
            else if (vote == "abstain")
                member.abstain = 1;
            else
                return Error::invalid(field, "must be yes, no or abstain, got " + json::serialize(item));
            has_vote = true;
        } else if (name == "yes" || name == "no" || name == "abstain") {
            auto p = probability(item, field);
            if (!p) return p.error();
            (name == "yes" ? member.yes : name == "no" ? member.no : member.abstain) = *p;
            has_probability = true;
        } else {
            return Error::invalid(field,
                                  "is not a known field; expected member, permanent, vote, yes, no, abstain");
        }
    }
    if (member.member.empty()) return Error::invalid(where + ".member", "is required, got nothing");
    // A draft is voted on by states: a code that names none (ZZZ) is a typo, not a member.
    if (!domain::is_iso3_country(member.member))
        return Error::invalid(where + ".member", "must be a country's ISO 3166-1 alpha-3 code, got \"" +
                                                     member.member + "\", which names no country");
    if (has_vote && has_probability)
        return Error::invalid(where + ".vote", "must not be given with yes, no or abstain probabilities");
    if (!has_vote && !has_probability)
        return Error::invalid(where, "must give a vote or the probabilities yes, no and abstain");
    auto permanent = object.find("permanent");
    member.permanent = permanent != object.end() ? permanent->value().get_bool()
                                                 : domain::is_charter_permanent_member(member.member);
    return member;
}

}  // namespace

json::object council_to_json(const domain::CouncilComposition& council) {
    json::array members;
    for (const auto& seat : council.members)
        members.push_back(
            json::object{{"country", seat.country},
                         {"seat", seat.permanent ? "permanent" : "elected"},
                         {"term_start", seat.term_start},
                         {"term_end", seat.term_end ? json::value(*seat.term_end) : json::value(nullptr)},
                         {"source_id", text_or_null(seat.source_id)}});
    auto complete = domain::check_security_council(council);
    json::object body{{"body", council.body},
                      {"year", council.year},
                      {"permanent", council.permanent_count()},
                      {"elected", council.elected_count()},
                      {"complete", complete.has_value()},
                      {"problem", complete ? json::value(nullptr) : json::value(complete.error().message)},
                      {"members", std::move(members)}};
    if (!complete) put_message(body, "problem", domain::incomplete_council(council));
    return body;
}

json::object simulation_to_json(const domain::SimulationResult& result,
                                const std::vector<domain::MemberStance>& members) {
    json::array distribution, influence;
    for (double p : result.yes_distribution) distribution.push_back(p);
    for (std::size_t i = 0; i < result.members.size(); ++i) {
        const auto& member = result.members[i];
        const auto& stance = members[i];
        influence.push_back(json::object{{"member", member.member},
                                         {"permanent", member.permanent},
                                         {"yes", stance.yes},
                                         {"no", stance.no},
                                         {"abstain", stance.abstain},
                                         {"basis", text_or_null(stance.basis)},
                                         {"source_id", text_or_null(stance.source_id)},
                                         {"adoption_if_yes", member.adoption_if_yes},
                                         {"adoption_if_no", member.adoption_if_no},
                                         {"adoption_if_abstain", member.adoption_if_abstain},
                                         {"swing", member.swing},
                                         {"pivotal", member.pivotal}});
    }
    json::array vetoers, pivotal;
    for (const auto& name : result.certain_vetoers) vetoers.emplace_back(name);
    for (const auto& name : result.pivotal) pivotal.emplace_back(name);
    json::object body{
        {"method", "exact: dynamic programming over (votes in favour, any permanent member voting no)"},
        {"threshold", result.threshold},
        {"adoption_probability", result.adoption},
        {"veto_probability", result.veto_decides},
        {"failure_probability", result.failure},
        {"expected_yes", result.expected_yes},
        {"yes_distribution", std::move(distribution)},
        {"verdict", domain::to_text(result.verdict)},
        {"verdict_reason", result.verdict_reason},
        {"certain_vetoers", std::move(vetoers)},
        {"pivotal", std::move(pivotal)},
        {"members", std::move(influence)}};
    put_message(body, "verdict_reason", result.verdict_reason_coded);
    return body;
}

json::object scenario_to_json(const domain::CouncilScenario& scenario,
                              const domain::SimulationResult& result) {
    json::object assumptions;
    const std::pair<const char*, domain::Stance> stances[] = {
        {"supports", domain::Stance::supports},
        {"open", domain::Stance::open},
        {"opposes", domain::Stance::opposes},
        {"withdrew_support", domain::Stance::withdrew_support},
        {"undecided", domain::Stance::undecided}};
    for (const auto& [name, stance] : stances) {
        auto p = domain::probabilities_for(&stance);
        assumptions.emplace(name, json::object{{"yes", p.yes}, {"no", p.no}, {"abstain", p.abstain}});
    }
    auto none = domain::probabilities_for(nullptr);
    assumptions.emplace("no_position",
                        json::object{{"yes", none.yes}, {"no", none.no}, {"abstain", none.abstain}});
    json::object body{{"scenario", scenario.subject},
                      {"body", scenario.council.body},
                      {"year", scenario.council.year},
                      {"positions_as_of", domain::to_iso_day(scenario.positions_as_of)},
                      {"assumptions", std::move(assumptions)}};
    for (auto& [name, value] : simulation_to_json(result, scenario.members)) body.emplace(name, value);
    return body;
}

json::object recorded_vote_to_json(const domain::Resolution& resolution,
                                   const domain::CouncilComposition& council) {
    json::object body{{"resolution", resolution.key},
                      {"label", resolution.label()},
                      {"adopted", resolution.adopted.to_text()},
                      {"recorded_outcome", domain::to_text(resolution.outcome)},
                      {"source_id", text_or_null(resolution.source_id)}};
    if (!resolution.has_recorded_vote() && !resolution.unanimous) {
        domain::Message problem = domain::message("vote.not_recorded");
        body.emplace("problem", domain::english(problem));
        put_message(body, "problem", problem);
        return body;
    }
    auto votes = domain::recorded_votes(resolution, council);
    if (!votes) {
        body.emplace("problem", votes.error().field + ": " + votes.error().message);
        return body;
    }
    domain::VoteTally tally = domain::tally_vote(*votes);
    json::array vetoed_by;
    for (const auto& member : tally.vetoed_by) vetoed_by.emplace_back(member);
    body.emplace("yes", tally.yes);
    body.emplace("no", tally.no);
    body.emplace("abstain", tally.abstain);
    body.emplace("absent", tally.absent);
    body.emplace("outcome", domain::to_text(tally.outcome));
    body.emplace("vetoed_by", std::move(vetoed_by));
    body.emplace("reason", tally.reason);
    put_message(body, "reason", tally.reason_coded);
    body.emplace("agrees_with_record", tally.outcome == resolution.outcome);
    return body;
}

Result<SimulationRequest> simulation_request_from_json(const json::object& body) {
    SimulationRequest request;
    for (const auto& [name, value] : body) {
        if (name == "scenario") {
            if (!value.is_string() || value.get_string() != domain::transition_subject)
                return Error::invalid("scenario",
                                      "must be \"transition_to_un_pko\", got " + json::serialize(value));
            request.scenario = std::string(value.get_string());
        } else if (name == "year") {
            auto year = whole_number(value, "year");
            if (!year) return year.error();
            request.year = *year;
        } else if (name == "threshold") {
            auto threshold = whole_number(value, "threshold");
            if (!threshold) return threshold.error();
            request.threshold = *threshold;
        } else if (name == "members") {
            if (!value.is_array())
                return Error::invalid("members", std::string("must be an array, got ") + json_type(value));
            const json::array& members = value.get_array();
            for (std::size_t i = 0; i < members.size(); ++i) {
                auto member = member_from_json(members[i], "members[" + std::to_string(i) + "]");
                if (!member) return member.error();
                request.members.push_back(std::move(member).value());
            }
        } else {
            return Error::invalid(std::string(name),
                                  "is not a known field; expected members, threshold, scenario, year");
        }
    }
    if (request.scenario.empty() && !body.contains("members"))
        return Error::invalid("members", "is required unless a scenario is named, got nothing");
    if (!request.scenario.empty() && body.contains("members"))
        return Error::invalid("members", "must not be given with a scenario");
    if (!request.scenario.empty() && !request.year)
        return Error::invalid("year", "is required with a scenario, got nothing");
    return request;
}

}  // namespace mssops::app
