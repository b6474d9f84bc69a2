#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/record.hpp"
#include "extract/segmenter.hpp"
#include "extract/span.hpp"

namespace mssops::extract {

enum class EntityKind { country, person, organisation, mission };

/// "country", "person", "organisation", "mission".
std::string_view to_text(EntityKind kind);

/// A thing a text names: a stored country, person, organisation or mission.
struct Entity {
    EntityKind kind = EntityKind::country;
    std::string key;   // Store key; for a country its ISO3 code.
    std::string iso3;  // The country it is or belongs to, if known.
    std::string name;
    std::string role;  // Persons: "President of Kenya".
};

/// Where a text names an entity; `demonym` when named by an adjective ("Kenyan officers").
struct EntityMention {
    Span span;
    const Entity* entity = nullptr;
    bool demonym = false;
    std::size_t first_word = 0;  // Index into the sentence's words.
    std::size_t last_word = 0;
};

/// Names to look for, built from store records passed in as values: countries (names in English and
/// French, demonyms from demonyms.hpp, "the Kenyan government"), persons (full name, first and last
/// name, surname), organisations (name, acronym, "UN" for "United Nations") and missions.
class Gazetteer {
public:
    /// Reads records of the kinds countries, persons, organisations and missions; others are ignored.
    static Gazetteer from_records(const std::vector<domain::Record>& records);

    /// Adds `entity` under `aliases`; an all-capitals alias ("MSS", "US") matches only as written.
    void add(Entity entity, const std::vector<std::string>& aliases);
    /// The longest names found in `words`, left to right, none overlapping.
    std::vector<EntityMention> find(const std::vector<Word>& words) const;
    /// The entity stored under `key`, or nullptr.
    const Entity* by_key(std::string_view key) const;
    std::size_t size() const { return entities_.size(); }

private:
    struct Alias {
        std::vector<std::string> words;
        std::string exact;  // Non-empty: the first word must read exactly so (acronyms, surnames).
        std::size_t entity = 0;
        bool demonym = false;
    };
    void add_alias(std::size_t entity, std::string_view alias, bool demonym);
    std::deque<Entity> entities_;
    std::unordered_map<std::string, std::vector<Alias>> by_first_word_;
};

}  // namespace mssops::extract
