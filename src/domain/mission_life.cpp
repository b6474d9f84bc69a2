#include "domain/mission_life.hpp"

#include <algorithm>

namespace mssops::domain {
namespace {

using std::chrono::sys_days;

// A mission with no start date is older than any dated one: it counts as started from the beginning.
sys_days start_of(const Mission& mission) {
    return mission.start_date ? mission.start_date->first_day() : sys_days{};
}

std::vector<std::string> named(const TextList& codes, const std::map<std::string, std::string>& names) {
    std::vector<std::string> out;
    for (const auto& code : codes) {
        auto found = names.find(code);
        out.push_back(found == names.end() ? code : found->second);
    }
    return out;
}

// "the Gang Suppression Force in Haiti": names of missions take the article, unless they carry it.
std::string with_article(const std::string& name) {
    if (name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0) return name;
    return "the " + name;
}

// "CHN RUS": the codes of a recorded vote as one message parameter.
std::string codes_in_a_line(const TextList& codes) {
    std::string out;
    for (const auto& code : codes) out += (out.empty() ? "" : " ") + code;
    return out;
}

}  // namespace

bool in_force_on(const Mission& mission, sys_days at) {
    if (start_of(mission) > at) return false;
    return !mission.end_date || at <= mission.end_date->last_day();
}

std::optional<Mission> mission_in_force(const std::vector<Mission>& missions, sys_days at,
                                        std::string_view host_country) {
    const Mission* best = nullptr;
    for (const auto& mission : missions) {
        if (!host_country.empty() && mission.host_country != host_country) continue;
        if (!in_force_on(mission, at)) continue;
        // The successor is in force from its own start, even while the old mandate runs its last days.
        if (!best || start_of(mission) > start_of(*best)) best = &mission;
    }
    if (!best) return std::nullopt;
    return *best;
}

std::optional<Mission> default_mission(const std::vector<Mission>& missions, sys_days at) {
    if (missions.empty()) return std::nullopt;
    if (auto in_force = mission_in_force(missions, at)) return in_force;
    const Mission* latest_started = nullptr;
    const Mission* first = &missions.front();
    for (const auto& mission : missions) {
        if (start_of(mission) < start_of(*first)) first = &mission;
        if (start_of(mission) <= at && (!latest_started || start_of(mission) > start_of(*latest_started)))
            latest_started = &mission;
    }
    return latest_started ? *latest_started : *first;
}

std::optional<Mission> successor_of(const std::vector<Mission>& missions, std::string_view slug) {
    const Mission* found = nullptr;
    for (const auto& mission : missions)
        if (mission.predecessor == slug && (!found || start_of(mission) < start_of(*found))) found = &mission;
    if (!found) return std::nullopt;
    return *found;
}

std::optional<Mission> predecessor_of(const std::vector<Mission>& missions, const Mission& mission) {
    if (mission.predecessor.empty()) return std::nullopt;
    for (const auto& candidate : missions)
        if (candidate.slug == mission.predecessor) return candidate;
    return std::nullopt;
}

std::optional<VoteCount> vote_count(const Resolution& resolution,
                                    const std::map<std::string, std::string>& names) {
    if (!resolution.has_recorded_vote()) return std::nullopt;
    VoteCount vote;
    vote.yes = static_cast<int>(resolution.votes_yes.size());
    vote.no = static_cast<int>(resolution.votes_no.size());
    vote.abstain = static_cast<int>(resolution.votes_abstain.size());
    vote.against = named(resolution.votes_no, names);
    vote.abstaining = named(resolution.votes_abstain, names);
    return vote;
}

std::string joined_in_words(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::optional<MandateSuccession> succession_of(const Mission& mission, const std::vector<Mission>& missions,
                                               const std::vector<Resolution>& resolutions,
                                               const std::map<std::string, std::string>& country_names) {
    auto successor = successor_of(missions, mission.slug);
    if (!successor) return std::nullopt;
    MandateSuccession succession;
    succession.successor = successor->slug;
    succession.successor_name = successor->name;
    succession.successor_start = start_of(*successor);
    succession.source_id = successor->source_id;
    // "none" marks a clause that is absent, so each language's pattern leaves it out by a select.
    succession.text_coded =
        message("mandate.succeeded_by")
            .with("article", with_article(successor->name) == successor->name ? "no" : "yes")
            .with("successor", successor->name);
    succession.text = "succeeded by " + with_article(successor->name);
    const Resolution* resolution = nullptr;
    for (const auto& candidate : resolutions)
        if (!successor->succession_resolution.empty() && candidate.key == successor->succession_resolution)
            resolution = &candidate;
    if (!resolution) {
        succession.resolution = successor->succession_resolution;
        if (successor->start_date) succession.text += " from " + successor->start_date->to_text();
        succession.text_coded.with("resolution", "no")
            .with("from", successor->start_date ? successor->start_date->to_text() : "none");
        return succession;
    }
    succession.resolution = resolution->key;
    succession.label = resolution->label();
    succession.adopted = resolution->adopted.first_day();
    if (!resolution->source_id.empty()) succession.source_id = resolution->source_id;
    succession.vote = vote_count(*resolution, country_names);
    succession.text += " (" + succession.label + "), adopted on " + resolution->adopted.to_text();
    if (succession.vote) {
        succession.text += " by " + succession.vote->text();
        std::vector<std::string> clauses;
        if (!succession.vote->against.empty())
            clauses.push_back(joined_in_words(succession.vote->against) + " against");
        if (!succession.vote->abstaining.empty())
            clauses.push_back(joined_in_words(succession.vote->abstaining) + " abstaining");
        for (const auto& clause : clauses) succession.text += ", " + clause;
    }
    succession.text_coded.with("resolution", "yes")
        .with("label", resolution->label_message())
        .with("adopted", resolution->adopted.to_text())
        .with("vote", succession.vote ? succession.vote->text() : "none")
        .with("against", succession.vote && !succession.vote->against.empty()
                             ? joined_in_words(succession.vote->against)
                             : "none")
        .with("abstaining", succession.vote && !succession.vote->abstaining.empty()
                                ? joined_in_words(succession.vote->abstaining)
                                : "none")
        // The same members as ISO codes, so another language names them and joins them its own way.
        .with("against_countries",
              resolution->has_recorded_vote() ? codes_in_a_line(resolution->votes_no) : "")
        .with("abstaining_countries",
              resolution->has_recorded_vote() ? codes_in_a_line(resolution->votes_abstain) : "");
    return succession;
}

}  // namespace mssops::domain
