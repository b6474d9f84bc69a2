#include "extract/extractor.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"
#include "extract/clean_text.hpp"
#include "extract/rules/rules.hpp"
#include "extract/segmenter.hpp"

namespace mssops::extract {
namespace {

// Titles that introduce a person's name: "Prime Minister Andrew Holness".
constexpr std::string_view titles[] = {"Secretary of State",
                                       "Cabinet Secretary",
                                       "Prime Minister",
                                       "President",
                                       "Minister",
                                       "Secretary-General",
                                       "Ambassador",
                                       "Commander",
                                       "Colonel",
                                       "Superintendent",
                                       "Inspector General",
                                       "Director General",
                                       "Spokesperson",
                                       "Senator",
                                       "General",
                                       "Foreign Minister",
                                       "Chief of Defence Staff",
                                       "Premier ministre",
                                       "Président"};

std::string slug(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

// The country or organisation a title belongs to, when the text names it just before the title with
// nothing but words between ("Kenyan President", "Kenya's Interior Cabinet Secretary", "HNP
// Spokesperson"); a comma or full stop between them ends the phrase.
const EntityMention* title_holder(const SentenceView& view, std::size_t title_start) {
    const EntityMention* nearest = nullptr;
    for (const auto& mention : view.entities) {
        if (mention.entity->kind != EntityKind::country && mention.entity->kind != EntityKind::organisation)
            continue;
        if (mention.span.end > title_start || title_start - mention.span.end > 24) continue;
        auto between =
            std::string_view(view.article).substr(mention.span.end, title_start - mention.span.end);
        if (between.find_first_of(",.;:()\"") != std::string_view::npos) continue;
        if (!nearest || mention.span.end > nearest->span.end) nearest = &mention;
    }
    return nearest;
}

// Persons the gazetteer does not know, named after a title: they become candidate person records
// and can speak for the quotations that follow.
void find_new_persons(SentenceView& view, Discourse& discourse) {
    auto text = view.text();
    for (auto title : titles) {
        for (auto at = text.find(title); at != std::string_view::npos; at = text.find(title, at + 1)) {
            std::size_t i = at + title.size();
            if (i >= text.size() || text[i] != ' ') continue;
            std::size_t name_start = i + 1;
            std::size_t end = name_start;
            int words = 0;
            // Two to four capitalised words: "Kipchumba Murkomen", "Didier Fils-Aimé".
            while (end < text.size() && std::isupper(static_cast<unsigned char>(text[end])) && words < 4) {
                auto next = text.find_first_of(" ,.;:)(\"", end);
                if (next == std::string_view::npos) next = text.size();
                end = next;
                ++words;
                if (end < text.size() && text[end] == ' ' && end + 1 < text.size() &&
                    std::isupper(static_cast<unsigned char>(text[end + 1])))
                    ++end;
                else
                    break;
            }
            if (words < 2) continue;
            std::string name(text.substr(name_start, end - name_start));
            for (std::string_view possessive : {"'s", "\u2019s"})
                if (name.ends_with(possessive)) name.resize(name.size() - possessive.size());
            Span span{view.span.start + name_start, view.span.start + end};
            bool known = false;
            for (const auto& mention : view.entities)
                if (mention.entity->kind == EntityKind::person && mention.span.start < span.end &&
                    span.start < mention.span.end)
                    known = true, discourse.last_person_key = mention.entity->key;
            if (known) continue;
            bool seen = std::any_of(discourse.new_persons.begin(), discourse.new_persons.end(),
                                    [&](const PersonCandidate& p) { return p.name == name; });
            if (!seen) {
                PersonCandidate person{name, std::string(title), span, slug(name), "", "", ""};
                if (const auto* holder = title_holder(view, view.span.start + at)) {
                    if (holder->entity->kind == EntityKind::country) {
                        person.country = holder->entity->key;
                        person.country_name = holder->entity->name;
                    } else {
                        person.organisation = holder->entity->key;
                        person.country = holder->entity->iso3;
                    }
                }
                discourse.new_persons.push_back(std::move(person));
            }
            discourse.last_person_key = slug(name);
            discourse.last_person_name = name;
        }
    }
}

// Quotations: straight or curly double quotes; the speaker from "..., he said", "Ruto wrote",
// "He added, "..."", or a person named in the rest of the sentence.
void find_quotes(SentenceView& view, Discourse& discourse) {
    auto text = view.text();
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t open = std::string_view::npos;
        std::size_t open_size = 0;
        for (std::string_view mark : {"\"", "\u201C", "\u00AB"}) {
            auto found = text.find(mark, i);
            if (found < open) open = found, open_size = mark.size();
        }
        if (open == std::string_view::npos) break;
        std::size_t close = std::string_view::npos;
        for (std::string_view mark : {"\"", "\u201D", "\u00BB"}) {
            auto found = text.find(mark, open + open_size);
            if (found < close) close = found;
        }
        if (close == std::string_view::npos) close = text.size();
        Quote quote;
        quote.span = {view.span.start + open + open_size, view.span.start + close};
        // Trim a trailing comma inside the marks: the label keeps the words, not the punctuation.
        while (quote.span.end > quote.span.start &&
               (view.article[quote.span.end - 1] == ',' || view.article[quote.span.end - 1] == ' '))
            --quote.span.end;
        auto outside = std::string(text.substr(0, open)) + " " +
                       std::string(text.substr(std::min(text.size(), close + 1)));
        std::string lowered = outside;
        for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (std::string_view verb :
             {"wrote", "said", "added", "stated", "told", "says", "noted", "declared", "a déclaré", "a dit"})
            if (lowered.find(std::string(verb)) != std::string::npos) {
                quote.verb = std::string(verb);
                break;
            }
        for (const auto& mention : view.entities) {
            if (mention.entity->kind != EntityKind::person) continue;
            if (mention.span.start >= quote.span.start && mention.span.end <= quote.span.end) continue;
            quote.speaker_key = mention.entity->key;
            quote.speaker_name = mention.entity->name;
            quote.speaker_country = mention.entity->iso3;
            break;
        }
        if (quote.speaker_key.empty() && !quote.verb.empty() && !discourse.last_person_key.empty()) {
            // "he said", "the CS stated", "He added": the person last named.
            quote.speaker_key = discourse.last_person_key;
            quote.speaker_name = discourse.last_person_name;
            quote.speaker_country = discourse.last_person_country;
        }
        if (quote.span.size() > 20) view.quotes.push_back(quote);
        i = close + 1;
    }
}

std::string normalised(std::string_view paragraph) {
    std::string out;
    for (char c : paragraph)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Two candidates are the same fact when their kind and key fields agree: the first keeps the
// evidence, a later one adds what it knows (a quote, a stated_by).
std::string fact_key(const Candidate& candidate) {
    auto field = [&](const char* name) -> std::string {
        auto found = candidate.fields.find(name);
        if (found == candidate.fields.end()) return "";
        if (auto* text = std::get_if<std::string>(&found->second)) return *text;
        if (auto* number = std::get_if<std::int64_t>(&found->second)) return std::to_string(*number);
        if (auto* list = std::get_if<domain::TextList>(&found->second)) {
            std::string joined;
            for (const auto& item : *list) joined += item + ",";
            return joined;
        }
        return "";
    };
    auto month = [](std::string date) { return date.substr(0, 7); };
    if (candidate.kind == domain::kinds::positions)
        return candidate.kind + field("actor") + field("subject") + field("stance") + month(field("date"));
    if (candidate.kind == domain::kinds::strength_targets)
        return candidate.kind + field("number") + month(field("by_date"));
    if (candidate.kind == domain::kinds::strength_reports)
        return candidate.kind + field("count") + field("country") + field("personnel_type") +
               month(field("date"));
    if (candidate.kind == domain::kinds::deployment_events)
        return candidate.kind + field("country") + field("count") + field("event") + field("personnel_type") +
               field("date");
    if (candidate.kind == domain::kinds::engagements)
        return candidate.kind + field("engagement_kind") + field("date") + field("participants");
    if (candidate.kind == domain::kinds::resolutions)
        return candidate.kind + field("action") + field("mandate_end") + field("number");
    return candidate.kind + field("donor") + field("amount") + field("status");
}

std::vector<Candidate> merge_duplicates(std::vector<Candidate> candidates) {
    std::vector<Candidate> out;
    std::vector<std::string> keys;
    for (auto& candidate : candidates) {
        auto key = fact_key(candidate);
        auto found = std::find(keys.begin(), keys.end(), key);
        if (found == keys.end()) {
            keys.push_back(key);
            out.push_back(std::move(candidate));
            continue;
        }
        auto& kept = out[static_cast<std::size_t>(found - keys.begin())];
        for (auto& [name, value] : candidate.fields)
            if (!kept.fields.contains(name)) kept.fields[name] = value;
        kept.confidence = std::min(0.95, std::max(kept.confidence, candidate.confidence) + 0.05);
    }
    return out;
}

}  // namespace

Extraction extract_article(std::string_view input, const Gazetteer& gazetteer,
                           const ExtractOptions& options) {
    Extraction result;
    auto clean = clean_article(input);
    result.text = std::move(clean.text);
    Discourse discourse;
    discourse.mission = options.mission;
    discourse.dates.published = options.published;
    discourse.dates.window_first_year = options.window_first_year;
    discourse.dates.window_last_year = options.window_last_year;
    if (options.published) discourse.published = domain::to_iso_day(*options.published);
    result.published = discourse.published;

    auto sentences = split_sentences(result.text);
    if (!options.published) {
        // A dateline or byline date in the first lines ("NAIROBI, 15 March 2025 -", "Published
        // November 8, 2024") dates the article when none is given.
        for (std::size_t k = 0; k < sentences.size() && sentences[k].span.start < 400; ++k) {
            auto words = split_words(result.text, sentences[k].span);
            for (const auto& mention : find_dates(result.text, words, DateContext{})) {
                if (mention.date.precision != DatePrecision::day ||
                    mention.span.start - sentences[k].span.start > 60)
                    continue;
                discourse.dates.published = domain::parse_iso_day(mention.date.value, "published").value();
                discourse.published = mention.date.value;
                result.published = mention.date.value;
                result.published_found_in_text = true;
                break;
            }
            if (!result.published.empty()) break;
        }
    }
    result.sentences = sentences.size();
    std::set<std::string> paragraphs_seen;
    std::size_t skip_paragraph = static_cast<std::size_t>(-1);
    std::size_t current_paragraph = static_cast<std::size_t>(-1);
    std::vector<Candidate> candidates;
    std::size_t index = 0;
    for (const auto& sentence : sentences) {
        if (sentence.paragraph != current_paragraph) {
            current_paragraph = sentence.paragraph;
            // A paragraph repeated word for word (a page pasted twice, a pull quote) is read once.
            auto line_start = result.text.rfind('\n', sentence.span.start);
            line_start = line_start == std::string::npos ? 0 : line_start + 1;
            auto line_end = result.text.find('\n', sentence.span.start);
            auto key = normalised(std::string_view(result.text).substr(line_start, line_end - line_start));
            if (key.size() > 40 && !paragraphs_seen.insert(key).second) skip_paragraph = sentence.paragraph;
        }
        if (sentence.paragraph == skip_paragraph) continue;
        SentenceView view;
        view.article = result.text;
        view.span = sentence.span;
        view.index = index++;
        view.lower = " " + std::string(view.text()) + " ";
        for (auto& c : view.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        view.words = split_words(result.text, sentence.span);
        view.entities = gazetteer.find(view.words);
        view.quantities = find_quantities(result.text, view.words);
        view.dates = find_dates(result.text, view.words, discourse.dates);
        view.forward = looks_forward(view.lower);
        find_new_persons(view, discourse);
        // A person named outside a quotation becomes the one "he" or "she" refers to next.
        find_quotes(view, discourse);
        for (const auto& mention : view.entities) {
            if (mention.entity->kind != EntityKind::person || view.quote_at(mention.span.start)) continue;
            discourse.last_person_key = mention.entity->key;
            discourse.last_person_name = mention.entity->name;
            discourse.last_person_country = mention.entity->iso3;
        }
        read_engagements(view, discourse, candidates);
        read_deployments(view, discourse, candidates);
        read_strength(view, discourse, candidates);
        read_stances(view, discourse, candidates);
        read_council_votes(view, discourse, candidates);
        read_money(view, discourse, candidates);
    }
    result.candidates = merge_duplicates(std::move(candidates));
    result.new_persons = std::move(discourse.new_persons);
    return result;
}

std::vector<Candidate> person_candidates(const Extraction& extraction) {
    std::vector<Candidate> out;
    for (const auto& person : extraction.new_persons) {
        Candidate candidate;
        candidate.kind = domain::kinds::persons;
        candidate.fields["key"] = person.key;
        candidate.fields["name"] = person.name;
        candidate.fields["role"] =
            person.country_name.empty() ? person.role : person.role + " of " + person.country_name;
        if (!person.country.empty()) candidate.fields["country"] = person.country;
        if (!person.organisation.empty()) candidate.fields["organisation"] = person.organisation;
        candidate.evidence = person.evidence;
        candidate.rule = "person.titled_name";
        // A title before two to four capitalised words is a name more often than not, but not always
        // ("General Assembly"): an editor decides.
        candidate.confidence = 0.6;
        candidate.date_precision = "unresolved";
        candidate.notes.push_back("named with the title \"" + person.role +
                                  "\" and not in the store; records from this article cite it as \"" +
                                  person.key + "\"");
        out.push_back(std::move(candidate));
    }
    return out;
}

}  // namespace mssops::extract
