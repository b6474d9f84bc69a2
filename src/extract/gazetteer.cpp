#include "extract/gazetteer.hpp"

#include <algorithm>
#include <cctype>

#include "domain/kind_names.hpp"
#include "extract/demonyms.hpp"

namespace mssops::extract {
namespace {

bool all_capitals(std::string_view text) {
    int letters = 0;
    for (char c : text) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
        if (std::isupper(static_cast<unsigned char>(c))) ++letters;
    }
    return letters >= 2;
}

// "Bolivia (Plurinational State of)" -> "Bolivia".
std::string without_parentheses(std::string name) {
    auto open = name.find(" (");
    if (open != std::string::npos) name.resize(open);
    return name;
}

std::string text_or(const domain::Record& record, std::string_view field) {
    const auto* value = record.text(field);
    return value ? *value : std::string();
}

}  // namespace

std::string_view to_text(EntityKind kind) {
    switch (kind) {
        case EntityKind::country:
            return "country";
        case EntityKind::person:
            return "person";
        case EntityKind::organisation:
            return "organisation";
        case EntityKind::mission:
            return "mission";
    }
    return "country";
}

void Gazetteer::add_alias(std::size_t entity, std::string_view alias, bool demonym) {
    std::string text(alias);
    auto words = split_words(text, {0, text.size()});
    if (words.empty()) return;
    Alias entry;
    entry.entity = entity;
    entry.demonym = demonym;
    for (const auto& word : words) entry.words.push_back(word.lower);
    if (all_capitals(alias)) entry.exact = text.substr(words.front().span.start, words.front().span.size());
    by_first_word_[entry.words.front()].push_back(std::move(entry));
}

void Gazetteer::add(Entity entity, const std::vector<std::string>& aliases) {
    entities_.push_back(std::move(entity));
    for (const auto& alias : aliases) add_alias(entities_.size() - 1, alias, false);
}

const Entity* Gazetteer::by_key(std::string_view key) const {
    for (const auto& entity : entities_)
        if (entity.key == key) return &entity;
    return nullptr;
}

Gazetteer Gazetteer::from_records(const std::vector<domain::Record>& records) {
    Gazetteer out;
    for (const auto& record : records) {
        if (record.kind == domain::kinds::countries) {
            auto iso3 = text_or(record, "iso3");
            auto name = without_parentheses(text_or(record, "name"));
            std::vector<std::string> aliases{name, "government of " + name, name + " government"};
            if (auto fr = without_parentheses(text_or(record, "name_fr")); !fr.empty() && fr != name)
                aliases.push_back(fr);
            out.add({EntityKind::country, iso3, iso3, name, ""}, aliases);
            for (const auto& row : country_aliases()) {
                if (row.iso3 != iso3) continue;
                for (auto alias : row.aliases) {
                    out.add_alias(out.entities_.size() - 1, alias,
                                  std::islower(static_cast<unsigned char>(alias[0])) ||
                                      alias.ends_with("an") || alias.ends_with("ans") ||
                                      alias.ends_with("ese") || alias.ends_with("ish"));
                    out.add_alias(out.entities_.size() - 1, std::string(alias) + " government", false);
                }
            }
        } else if (record.kind == domain::kinds::persons) {
            auto name = text_or(record, "name");
            std::vector<std::string> aliases{name};
            auto first_space = name.find(' ');
            auto last_space = name.rfind(' ');
            if (last_space != std::string::npos) {
                aliases.push_back(name.substr(0, first_space) + name.substr(last_space));
                // A surname alone must be written with its capital: "Ruto", not "ruto".
                auto surname = name.substr(last_space + 1);
                out.entities_.push_back({EntityKind::person, record.key(), text_or(record, "country"), name,
                                         text_or(record, "role")});
                for (const auto& alias : aliases) out.add_alias(out.entities_.size() - 1, alias, false);
                Alias entry;
                entry.entity = out.entities_.size() - 1;
                entry.words = {std::string()};
                std::string lowered;
                for (char c : surname)
                    lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                entry.words = {lowered};
                entry.exact = surname;
                out.by_first_word_[lowered].push_back(std::move(entry));
                continue;
            }
            out.add(
                {EntityKind::person, record.key(), text_or(record, "country"), name, text_or(record, "role")},
                aliases);
        } else if (record.kind == domain::kinds::organisations || record.kind == domain::kinds::missions) {
            auto name = text_or(record, "name");
            std::vector<std::string> aliases{name};
            if (auto acronym = text_or(record, "acronym"); !acronym.empty()) aliases.push_back(acronym);
            if (name.starts_with("United Nations ")) {
                auto rest = name.substr(15);
                aliases.insert(aliases.end(), {"UN " + rest, "U.N. " + rest, rest});
            }
            if (auto in = name.find(" in "); in != std::string::npos) aliases.push_back(name.substr(0, in));
            if (record.kind == domain::kinds::missions && name.find("Mission") != std::string::npos) {
                auto without = name;
                without.erase(without.find("Mission"), 8);
                if (auto in = without.find(" in "); in != std::string::npos) without.resize(in);
                while (!without.empty() && without.back() == ' ') without.pop_back();
                aliases.push_back(without + " Mission");
            }
            auto kind =
                record.kind == domain::kinds::missions ? EntityKind::mission : EntityKind::organisation;
            auto country = record.kind == domain::kinds::missions ? text_or(record, "lead_nation")
                                                                  : text_or(record, "country");
            out.add({kind, record.key(), country, name, ""}, aliases);
        }
    }
    return out;
}

std::vector<EntityMention> Gazetteer::find(const std::vector<Word>& words) const {
    std::vector<EntityMention> out;
    for (std::size_t i = 0; i < words.size();) {
        auto found = by_first_word_.find(words[i].lower);
        const Alias* best = nullptr;
        if (found != by_first_word_.end()) {
            for (const auto& alias : found->second) {
                if (i + alias.words.size() > words.size()) continue;
                if (best && alias.words.size() <= best->words.size()) continue;
                bool fits = true;
                for (std::size_t k = 1; k < alias.words.size() && fits; ++k)
                    fits = words[i + k].lower == alias.words[k];
                // Acronyms must be written in capitals ("US" is not "us"), surnames with their capital.
                if (fits && !alias.exact.empty())
                    fits = all_capitals(alias.exact) ? words[i].all_capitals : words[i].capitalised;
                if (fits) best = &alias;
            }
        }
        if (!best) {
            ++i;
            continue;
        }
        std::size_t last = i + best->words.size() - 1;
        out.push_back(
            {{words[i].span.start, words[last].span.end}, &entities_[best->entity], best->demonym, i, last});
        i = last + 1;
    }
    return out;
}

}  // namespace mssops::extract
