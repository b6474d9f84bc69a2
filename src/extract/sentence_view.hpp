#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/candidate.hpp"
#include "extract/date_resolver.hpp"
#include "extract/gazetteer.hpp"
#include "extract/quantity.hpp"
#include "extract/segmenter.hpp"

namespace mssops::extract {

/// A quotation in a sentence and who said it, when the sentence says.
struct Quote {
    Span span;                // The words inside the quotation marks.
    std::string speaker_key;  // Person key (stored or made from the name), "" when not said.
    std::string speaker_name;
    std::string speaker_country;
    std::string verb;  // said, wrote, added, stated, told.
};

/// One sentence analysed once for every rule: its words, names, numbers, dates and quotations.
struct SentenceView {
    std::string_view article;  // The whole cleaned text; spans index it.
    Span span;
    std::size_t index = 0;  // Sentence number in the article.
    std::string lower;      // The sentence lower-cased (ASCII), padded with a space each side.
    std::vector<Word> words;
    std::vector<EntityMention> entities;
    std::vector<Quantity> quantities;
    std::vector<DateMention> dates;
    std::vector<Quote> quotes;
    bool forward = false;  // Future or hypothetical wording.

    std::string_view text() const { return article.substr(span.start, span.size()); }
    std::string_view text(Span part) const { return article.substr(part.start, part.size()); }
    bool has(std::string_view lowered_phrase) const {
        return lower.find(lowered_phrase) != std::string::npos;
    }
    /// The first resolved date of the sentence, if any.
    const DateMention* first_date() const;
    /// Whether `offset` lies inside one of the sentence's quotations.
    const Quote* quote_at(std::size_t offset) const;
};

/// What the rules remember from sentence to sentence.
struct Discourse {
    DateContext dates;
    std::string published;        // ISO day or "".
    std::string mission;          // Default mission key.
    std::string last_person_key;  // For "he", "she", "the Head of State", "the CS".
    std::string last_person_name;
    std::string last_person_country;
    std::optional<ResolvedDate> event_date;  // The latest event date the text gave.
    std::string last_subject;                // Last stance subject named.
    std::size_t last_subject_sentence = 0;
    std::string last_stance_actor;  // For "but later withdrew" after "X had proposed".
    std::string last_stance_actor_kind;
    // An arrival read without a count waits for the next sentences to give it ("The group,
    // consisting of 20 soldiers and four police officers").
    struct PendingArrival {
        std::string country;
        std::string event;
        ResolvedDate date;
        std::size_t sentence = 0;
        bool used = false;
    };
    std::optional<PendingArrival> pending_arrival;
    std::optional<std::size_t> last_resolution;  // Candidate index, for penholders named next.
    struct RecentEngagement {
        std::size_t candidate = 0;
        std::size_t sentence = 0;
        std::string person;
    };
    std::optional<RecentEngagement> last_engagement;
    std::vector<PersonCandidate> new_persons;
};

/// Fills a ResolvedDate into a candidate's `field` and its precision and notes.
void set_date(Candidate& candidate, std::string_view field, const ResolvedDate& date);

/// The publication month, approximate ("2024-11~"), for a fact the text dates only by its report.
std::optional<ResolvedDate> report_date(const Discourse& discourse);

/// The start of the clause holding `offset`: after the last comma, semicolon, colon, " and " or " but "
/// before it in the sentence.
std::size_t clause_start(const SentenceView& view, std::size_t offset);

}  // namespace mssops::extract
