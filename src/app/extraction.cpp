#include "app/extraction.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"

namespace mssops::app {
namespace {

using domain::Record;

std::string text_field(const domain::Fields& fields, std::string_view name) {
    auto* value = domain::text_of(fields, name);
    return value ? *value : std::string();
}

std::optional<std::int64_t> integer_field(const domain::Fields& fields, std::string_view name) {
    auto found = fields.find(name);
    if (found == fields.end()) return std::nullopt;
    if (auto* value = std::get_if<std::int64_t>(&found->second)) return *value;
    if (auto* value = std::get_if<double>(&found->second)) return static_cast<std::int64_t>(*value);
    return std::nullopt;
}

// Two dates can name the same event when one is the other at a coarser precision ("2024-09" and
// "2024-09-21"). A candidate dated only approximately by its article's month ("2024-11~") meets any
// stored record up to that month: the article reports it, it may be older.
bool dates_compatible(std::string candidate, std::string stored) {
    if (candidate.empty() || stored.empty()) return true;
    bool approximate = candidate.ends_with("~");
    if (approximate) candidate.pop_back();
    if (stored.ends_with("~")) stored.pop_back();
    if (candidate.starts_with(stored) || stored.starts_with(candidate)) return true;
    return approximate && stored.substr(0, 7) <= candidate.substr(0, 7);
}

std::string country_of_person(const std::string& key, const std::vector<Record>& persons) {
    for (const auto& person : persons)
        if (person.key() == key) {
            auto* country = person.text("country");
            return country ? *country : "";
        }
    return "";
}

bool participants_overlap(const domain::Fields& candidate, const Record& stored) {
    auto found = candidate.find("participants");
    const auto* mine = found == candidate.end() ? nullptr : std::get_if<domain::TextList>(&found->second);
    const auto* theirs = stored.list("participants");
    if (!mine || !theirs) return true;
    for (const auto& participant : *mine)
        if (std::find(theirs->begin(), theirs->end(), participant) != theirs->end()) return true;
    return false;
}

CandidateMatch found(std::string status, const Record& record, std::string differs = {}) {
    return {std::move(status), record.key(), std::move(differs)};
}

}  // namespace

domain::Result<extract::Gazetteer> load_gazetteer(store::RecordStore& records) {
    std::vector<Record> all;
    for (std::string_view kind : {domain::kinds::countries, domain::kinds::persons,
                                  domain::kinds::organisations, domain::kinds::missions}) {
        store::ListQuery query;
        query.kind = std::string(kind);
        auto page = store::list_all_records(records, query);
        if (!page) return page.error();
        all.insert(all.end(), page->begin(), page->end());
    }
    return extract::Gazetteer::from_records(all);
}

CandidateMatch match_candidate(const extract::Candidate& candidate, const std::vector<Record>& stored,
                               const std::vector<Record>& persons) {
    const auto& f = candidate.fields;
    auto date = text_field(f, candidate.kind == domain::kinds::strength_targets ? "by_date" : "date");
    std::optional<CandidateMatch> conflict;
    for (const auto& record : stored) {
        const auto& g = record.fields;
        if (candidate.kind == domain::kinds::positions) {
            auto actor = text_field(f, "actor");
            auto stored_actor = text_field(g, "actor");
            // A head of state or minister speaks for the country: Ruto's stance is Kenya's.
            bool same_actor = actor == stored_actor ||
                              (text_field(f, "actor_kind") == "person" &&
                               country_of_person(actor, persons) == stored_actor && !stored_actor.empty());
            if (!same_actor || text_field(f, "subject") != text_field(g, "subject")) continue;
            if (!dates_compatible(date, text_field(g, "date"))) continue;
            if (text_field(f, "stance") == text_field(g, "stance")) return found("already_recorded", record);
            if (!date.ends_with("~") && date.size() >= 10 && text_field(g, "date").starts_with(date))
                conflict = found("conflicts", record, "stance: stored " + text_field(g, "stance"));
        } else if (candidate.kind == domain::kinds::engagements) {
            if (text_field(f, "engagement_kind") == text_field(g, "engagement_kind") &&
                dates_compatible(date, text_field(g, "date")) && participants_overlap(f, record) &&
                !date.empty())
                return found("already_recorded", record);
        } else if (candidate.kind == domain::kinds::deployment_events) {
            if (text_field(f, "country") != text_field(g, "country") ||
                text_field(f, "event") != text_field(g, "event") ||
                text_field(f, "personnel_type") != text_field(g, "personnel_type") ||
                !dates_compatible(date, text_field(g, "date")) || date.empty())
                continue;
            if (integer_field(f, "count") == record.integer("count"))
                return found("already_recorded", record);
            if (date.size() >= 10 && text_field(g, "date") == date)
                conflict = found("conflicts", record,
                                 "count: stored " + std::to_string(record.integer("count").value_or(0)));
        } else if (candidate.kind == domain::kinds::strength_reports) {
            if (text_field(f, "personnel_type") != text_field(g, "personnel_type") ||
                text_field(f, "country") != text_field(g, "country") ||
                !dates_compatible(date, text_field(g, "date")))
                continue;
            if (integer_field(f, "count") == record.integer("count"))
                return found("already_recorded", record);
            conflict = found("conflicts", record,
                             "count: stored " + std::to_string(record.integer("count").value_or(0)));
        } else if (candidate.kind == domain::kinds::strength_targets) {
            if (text_field(f, "personnel_type") != text_field(g, "personnel_type") ||
                !dates_compatible(date, text_field(g, "by_date")))
                continue;
            if (integer_field(f, "number") == record.integer("number"))
                return found("already_recorded", record);
            // A target without a date is not the same target as a dated one.
            if (!date.empty())
                conflict = found("conflicts", record,
                                 "number: stored " + std::to_string(record.integer("number").value_or(0)));
        } else if (candidate.kind == domain::kinds::resolutions) {
            if (auto number = integer_field(f, "number"); number && record.integer("number") != number)
                continue;
            if (text_field(f, "action") != text_field(g, "action")) continue;
            auto end = text_field(f, "mandate_end");
            auto adopted = text_field(f, "adopted");
            if (!end.empty() && end != text_field(g, "mandate_end")) continue;
            if (!adopted.empty() && !dates_compatible(adopted, text_field(g, "adopted"))) continue;
            if (end.empty() && adopted.empty() && !integer_field(f, "number")) continue;
            return found("already_recorded", record);
        } else if (candidate.kind == domain::kinds::persons) {
            // The gazetteer missed the name, but the store may hold the person under this key or name.
            if (text_field(f, "key") == record.key() || text_field(f, "name") == text_field(g, "name"))
                return found("already_recorded", record);
        } else if (candidate.kind == domain::kinds::funding_flows) {
            if (text_field(f, "donor") != text_field(g, "donor") ||
                text_field(f, "currency") != text_field(g, "currency"))
                continue;
            auto amount = f.find("amount");
            auto mine = amount == f.end() ? std::optional<double>{}
                                          : std::optional<double>{std::get<double>(amount->second)};
            if (mine && record.number("amount") && std::abs(*mine - *record.number("amount")) < 0.5 &&
                text_field(f, "status") == text_field(g, "status"))
                return found("already_recorded", record);
        }
    }
    return conflict.value_or(CandidateMatch{});
}

domain::Result<ExtractionResult> run_extraction(store::Store& store, const ExtractionQuery& query) {
    extract::ExtractOptions options;
    if (query.published) {
        auto day = domain::parse_iso_day(*query.published, "published");
        if (!day) return day.error();
        options.published = *day;
    }
    auto gazetteer = load_gazetteer(store.records());
    if (!gazetteer) return gazetteer.error();
    store::ListQuery missions_query;
    missions_query.kind = domain::kinds::missions;
    auto missions = store::list_all_records(store.records(), missions_query);
    if (!missions) return missions.error();
    // Years an undated article can be about: from the first mission's start to this year.
    auto today =
        std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    options.window_last_year = static_cast<int>(today.year());
    for (const auto& mission : *missions)
        if (auto* start = mission.text("start_date"); start && start->size() >= 4) {
            int year = std::stoi(start->substr(0, 4));
            if (options.window_first_year == 0 || year < options.window_first_year)
                options.window_first_year = year;
        }
    options.mission = query.mission;
    if (options.mission.empty() && missions->size() == 1) options.mission = missions->front().key();
    if (options.mission.empty()) {
        // The mission the text names first by acronym or name; a successor named later is background.
        std::size_t first = std::string::npos;
        for (const auto& mission : *missions) {
            for (const char* field : {"acronym", "name"}) {
                auto* name = mission.text(field);
                if (!name || name->empty()) continue;
                auto at = query.text.find(*name);
                if (at < first) first = at, options.mission = mission.key();
            }
        }
    }
    if (options.mission.empty()) {
        // No mission named: the one in force at publication in a host country the text names.
        for (const auto& mission : *missions) {
            auto* host = mission.text("host_country");
            auto* start = mission.text("start_date");
            auto* end = mission.text("end_date");
            if (!host || !gazetteer->by_key(*host)) continue;
            if (query.published && ((start && *start > *query.published) || (end && *end < *query.published)))
                continue;
            if (query.text.find(gazetteer->by_key(*host)->name) == std::string::npos) continue;
            options.mission = mission.key();
            break;
        }
    }
    ExtractionResult result;
    result.mission = options.mission;
    result.source_url = query.source_url;
    result.extraction = extract::extract_article(query.text, *gazetteer, options);
    // Unknown persons are candidates like the rest, so review accepts them and the records citing
    // their key then name a stored person.
    for (auto& person : extract::person_candidates(result.extraction))
        result.extraction.candidates.push_back(std::move(person));
    store::ListQuery persons_query;
    persons_query.kind = domain::kinds::persons;
    auto persons = store::list_all_records(store.records(), persons_query);
    if (!persons) return persons.error();
    std::map<std::string, std::vector<Record>> stored;
    for (const auto& candidate : result.extraction.candidates) {
        if (!stored.contains(candidate.kind)) {
            store::ListQuery list;
            list.kind = candidate.kind;
            auto records = store::list_all_records(store.records(), list);
            if (!records) return records.error();
            stored[candidate.kind] = std::move(*records);
        }
        result.matches.push_back(match_candidate(candidate, stored[candidate.kind], *persons));
    }
    return result;
}

}  // namespace mssops::app
