#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mssops::extract {

/// An article as plain text, with where each byte came from in the input.
struct CleanText {
    std::string text;
    std::vector<std::size_t> input_offsets;  // input_offsets[i]: offset in the input of text[i].
    bool was_html = false;
};

/// Whether `input` looks like HTML pasted from a page rather than plain text.
bool looks_like_html(std::string_view input);

/// Turns pasted HTML or plain text into the article's text: tags stripped, scripts, styles and page
/// furniture (nav, header, footer, aside, "Read More" lines) dropped, entities decoded, one paragraph
/// a line. Never fails: unknown markup is dropped, an unknown entity is kept as written.
CleanText clean_article(std::string_view input);

}  // namespace mssops::extract
