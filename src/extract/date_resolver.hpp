#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/segmenter.hpp"
#include "extract/span.hpp"

namespace mssops::extract {

/// How much of a date the text fixes: the labels' and the store's vocabulary.
enum class DatePrecision { day, month, year, approximate, unresolved };

/// "day", "month", "year", "approximate", "unresolved".
std::string_view to_text(DatePrecision precision);

/// A date read from text and reasoned against the publication date.
struct ResolvedDate {
    std::string
        value;  // ISO, partial as the text allows: "2024-11-07", "2025-01", "2024-10~"; "" unresolved.
    DatePrecision precision = DatePrecision::unresolved;
    std::string range_from;  // For ranges ("earlier this week"): first and last day it may mean.
    std::string range_to;
    std::string note;      // Why it is unresolved, or a contradiction found ("weekday ... contradicts ...").
    bool flagged = false;  // The text contradicts itself (a weekday that is not its date's).

    bool resolved() const { return precision != DatePrecision::unresolved; }
};

/// What a relative date is reasoned against.
struct DateContext {
    std::optional<std::chrono::sys_days> published;
    // Years the article can be about (the missions' lives in the store): with no publication date, a
    // weekday fixes the year only when exactly one year of this window fits. 0 means no window.
    int window_first_year = 0;
    int window_last_year = 0;
};

/// A date expression found in a sentence.
struct DateMention {
    Span span;
    ResolvedDate date;
};

/// Finds and resolves the date expressions of one sentence (English and French month and weekday
/// names): "Thursday, November 7", "7 novembre 2024", "on Thursday", "January next year", "last
/// month", "last September", "earlier this week", "September 2024", "in 2024", "2024-11-07".
/// `words` are the sentence's words (split_words), `text` the whole article.
std::vector<DateMention> find_dates(std::string_view text, const std::vector<Word>& words,
                                    const DateContext& context);

/// Whether the sentence speaks of the future or of something hypothetical ("will vote", "is
/// expected to", "would", "plans to"): a month without a year then looks forward.
bool looks_forward(std::string_view lowered_sentence);

}  // namespace mssops::extract
