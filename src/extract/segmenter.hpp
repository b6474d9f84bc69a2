#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/span.hpp"

namespace mssops::extract {

/// One sentence of the article: where it is and which paragraph (line) it belongs to.
struct Sentence {
    Span span;
    std::size_t paragraph = 0;
};

/// One word or number as ICU's word boundaries find it, with a lower-case form for matching.
struct Word {
    Span span;
    std::string lower;  // Lower-cased; a possessive "'s" is dropped: "jamaica’s" -> "jamaica".
    bool number = false;
    bool capitalised = false;
    bool all_capitals = false;  // Every letter a capital, two or more: "US", "MSS".
};

/// Splits `text` into sentences with ICU's sentence boundaries, never across a line break, and
/// joined again where ICU breaks after an initial ("Antony J. Blinken"), an abbreviation ("U.N.")
/// or inside a quotation still open.
std::vector<Sentence> split_sentences(std::string_view text);

/// The words and numbers of text[span] with ICU's word boundaries (punctuation and spaces left out).
std::vector<Word> split_words(std::string_view text, Span span);

}  // namespace mssops::extract
