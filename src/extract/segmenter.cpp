#include "extract/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

namespace mssops::extract {
namespace {

// Text as UTF-16 for ICU, with the UTF-8 offset of every UTF-16 unit (and one past the end).
struct Utf16Text {
    icu::UnicodeString text;
    std::vector<std::size_t> utf8_offsets;
};

Utf16Text to_utf16(std::string_view text, std::size_t base) {
    // Built code point by code point so that an ill-formed byte sequence (read as U+FFFD) keeps
    // the offsets in step with the bytes it came from.
    Utf16Text out;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    out.utf8_offsets.reserve(text.size() + 1);
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 code = 0;
        U8_NEXT(bytes, i, length, code);
        if (code < 0) code = 0xFFFD;
        out.text.append(code);
        for (int32_t k = 0; k < U16_LENGTH(code); ++k)
            out.utf8_offsets.push_back(base + static_cast<std::size_t>(start));
    }
    out.utf8_offsets.push_back(base + text.size());
    return out;
}

// Abbreviations after which a full stop does not end a sentence.
constexpr std::array<std::string_view, 26> abbreviations = {
    "u.n.", "u.s.", "mr.",  "mrs.", "ms.",  "dr.",  "gen.", "col.",  "lt.",  "maj.", "capt.", "sgt.", "no.",
    "st.",  "sen.", "rep.", "gov.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",  "mme.", "m."};

// Whether ICU's break after `sentence` is a false one: an initial ("Antony J.") or an abbreviation.
bool ends_falsely(std::string_view sentence) {
    auto end = sentence.find_last_not_of(" \t");
    if (end == std::string_view::npos || sentence[end] != '.') return false;
    auto word_start = sentence.find_last_of(" (\"\u201C", end);
    auto word = sentence.substr(word_start == std::string_view::npos ? 0 : word_start + 1,
                                end + 1 - (word_start == std::string_view::npos ? 0 : word_start + 1));
    if (word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0]))) return true;
    std::string lowered(word);
    for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return std::find(abbreviations.begin(), abbreviations.end(), lowered) != abbreviations.end();
}

// Whether a quotation opened in `text` is still open at its end: straight quotes count by parity,
// curly and French quotes by opening minus closing marks.
bool quote_open(std::string_view text) {
    int straight = 0;
    int curly = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') ++straight;
        if (text.compare(i, 3, "\u201C") == 0 || text.compare(i, 2, "\u00AB") == 0) ++curly;
        if (text.compare(i, 3, "\u201D") == 0 || text.compare(i, 2, "\u00BB") == 0) --curly;
    }
    return straight % 2 == 1 || curly > 0;
}

std::unique_ptr<icu::BreakIterator> make_iterator(bool sentences) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status)
                  : icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    return U_SUCCESS(status) ? std::move(iterator) : nullptr;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
    std::vector<Sentence> out;
    // ICU iterators are costly to create and not thread-safe: one per thread, reused.
    thread_local auto iterator = make_iterator(true);
    std::size_t paragraph = 0;
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        auto line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        auto line = text.substr(line_start, line_end - line_start);
        auto utf16 = to_utf16(line, line_start);
        std::vector<Span> pieces;
        if (iterator) {
            iterator->setText(utf16.text);
            int32_t start = iterator->first();
            for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
                pieces.push_back({utf16.utf8_offsets[static_cast<std::size_t>(start)],
                                  utf16.utf8_offsets[static_cast<std::size_t>(end)]});
                start = end;
            }
        } else {
            pieces.push_back({line_start, line_end});
        }
        Span current{};
        bool open = false;
        for (const auto& piece : pieces) {
            if (!open)
                current = piece;
            else
                current.end = piece.end;
            auto so_far = text.substr(current.start, current.end - current.start);
            open = ends_falsely(so_far) || quote_open(so_far);
            if (!open) {
                out.push_back({current, paragraph});
            }
        }
        if (open) out.push_back({current, paragraph});
        // Trailing spaces belong to no sentence.
        for (auto& sentence : out)
            while (sentence.span.end > sentence.span.start && text[sentence.span.end - 1] == ' ')
                --sentence.span.end;
        ++paragraph;
        line_start = line_end + 1;
    }
    return out;
}

std::vector<Word> split_words(std::string_view text, Span span) {
    std::vector<Word> out;
    thread_local auto iterator = make_iterator(false);
    auto piece = text.substr(span.start, span.size());
    auto utf16 = to_utf16(piece, span.start);
    if (!iterator) return out;
    iterator->setText(utf16.text);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
        if (iterator->getRuleStatus() == UBRK_WORD_NONE) continue;
        Word word;
        word.span = {utf16.utf8_offsets[static_cast<std::size_t>(start)],
                     utf16.utf8_offsets[static_cast<std::size_t>(end)]};
        auto surface = text.substr(word.span.start, word.span.size());
        word.number = iterator->getRuleStatus() >= UBRK_WORD_NUMBER &&
                      iterator->getRuleStatus() < UBRK_WORD_NUMBER_LIMIT;
        word.capitalised = std::isupper(static_cast<unsigned char>(surface[0])) ||
                           static_cast<unsigned char>(surface[0]) >= 0xC3;
        int capitals = 0;
        bool lower_seen = false;
        for (char c : surface) {
            if (std::isupper(static_cast<unsigned char>(c))) ++capitals;
            if (std::islower(static_cast<unsigned char>(c))) lower_seen = true;
        }
        word.all_capitals = capitals >= 2 && !lower_seen;
        icu::UnicodeString lowered = utf16.text.tempSubStringBetween(start, end);
        lowered.toLower(icu::Locale::getEnglish());
        lowered.toUTF8String(word.lower);
        for (std::string_view possessive : {"'s", "\u2019s"}) {
            if (word.lower.size() > possessive.size() && word.lower.ends_with(possessive))
                word.lower.resize(word.lower.size() - possessive.size());
        }
        out.push_back(std::move(word));
    }
    return out;
}

}  // namespace mssops::extract
