#include "extract/clean_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "domain/ascii_text.hpp"

namespace mssops::extract {
namespace {

using domain::lower_ascii;

// Elements whose whole content is page furniture or code, never article prose.
constexpr std::array<std::string_view, 12> skipped_elements = {"script", "style", "nav",      "footer",
                                                               "header", "aside", "noscript", "form",
                                                               "button", "svg",   "iframe",   "select"};

// Elements that end a paragraph: their boundary becomes a line break.
constexpr std::array<std::string_view, 20> block_elements = {
    "p",  "div", "br", "li", "ul",      "ol",      "h1",         "h2",         "h3",   "h4",
    "h5", "h6",  "tr", "td", "article", "section", "blockquote", "figcaption", "main", "table"};

// Lines that sites paste around an article: links to other stories, share buttons, sign-ups.
constexpr std::array<std::string_view, 18> furniture_lines = {
    "read more",       "read also",     "also read",   "related",    "related articles",
    "related stories", "advertisement", "share",       "share this", "share this article",
    "subscribe",       "sign up",       "follow us",   "click here", "continue reading",
    "lire aussi",      "publicité",     "à lire aussi"};

struct Entity {
    std::string_view name;
    std::string_view utf8;
};

constexpr std::array<Entity, 32> named_entities = {{
    {"amp", "&"},         {"lt", "<"},          {"gt", ">"},          {"quot", "\""},
    {"apos", "'"},        {"nbsp", " "},        {"rsquo", "\u2019"},  {"lsquo", "\u2018"},
    {"rdquo", "\u201D"},  {"ldquo", "\u201C"},  {"mdash", "\u2014"},  {"ndash", "\u2013"},
    {"hellip", "\u2026"}, {"eacute", "\u00E9"}, {"egrave", "\u00E8"}, {"ecirc", "\u00EA"},
    {"agrave", "\u00E0"}, {"acirc", "\u00E2"},  {"ccedil", "\u00E7"}, {"iuml", "\u00EF"},
    {"ocirc", "\u00F4"},  {"ucirc", "\u00FB"},  {"Eacute", "\u00C9"}, {"laquo", "\u00AB"},
    {"raquo", "\u00BB"},  {"euro", "\u20AC"},   {"pound", "\u00A3"},  {"copy", "\u00A9"},
    {"deg", "\u00B0"},    {"middot", "\u00B7"}, {"shy", ""},          {"zwnj", ""},
}};

void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x110000) {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// Decodes the entity starting at input[at] == '&' into `out`; returns the bytes consumed, 0 when
// it is not an entity (the '&' is then kept as text).
std::size_t decode_entity(std::string_view input, std::size_t at, std::string& out) {
    auto semicolon = input.find(';', at);
    if (semicolon == std::string_view::npos || semicolon - at > 10) return 0;
    auto name = input.substr(at + 1, semicolon - at - 1);
    if (name.size() > 1 && name[0] == '#') {
        std::uint32_t code = 0;
        bool hex = name[1] == 'x' || name[1] == 'X';
        for (char c : name.substr(hex ? 2 : 1)) {
            if (hex && std::isxdigit(static_cast<unsigned char>(c)))
                code = code * 16 + static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(c))
                                                                  ? c - '0'
                                                                  : std::tolower(c) - 'a' + 10);
            else if (!hex && std::isdigit(static_cast<unsigned char>(c)))
                code = code * 10 + static_cast<std::uint32_t>(c - '0');
            else
                return 0;
        }
        append_utf8(out, code == 0xA0 ? 0x20 : code);
        return semicolon - at + 1;
    }
    for (const auto& entity : named_entities) {
        if (entity.name == name) {
            out += entity.utf8;
            return semicolon - at + 1;
        }
    }
    return 0;
}

// Reads the tag name at input[at] == '<': "p", "/p", "script". Lower case.
std::string tag_name(std::string_view input, std::size_t at) {
    std::size_t i = at + 1;
    std::string name;
    if (i < input.size() && input[i] == '/') name += input[i++];
    while (i < input.size() && (std::isalnum(static_cast<unsigned char>(input[i])))) name += input[i++];
    return lower_ascii(name);
}

bool is_one_of(std::string_view name, auto const& list) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

// Collapses runs of blanks, trims lines, drops empty and furniture lines; keeps the offsets in step.
CleanText tidy_lines(const std::string& text, const std::vector<std::size_t>& offsets, bool was_html) {
    CleanText out;
    out.was_html = was_html;
    std::size_t line_start = 0;
    while (line_start <= text.size()) {
        auto line_end = text.find('\n', line_start);
        if (line_end == std::string::npos) line_end = text.size();
        std::string line;
        std::vector<std::size_t> line_offsets;
        bool pending_space = false;
        for (std::size_t i = line_start; i < line_end; ++i) {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
                pending_space = !line.empty();
                continue;
            }
            if (pending_space) {
                line += ' ';
                line_offsets.push_back(offsets[i - 1]);
                pending_space = false;
            }
            line += c;
            line_offsets.push_back(offsets[i]);
        }
        auto lowered = lower_ascii(line);
        while (!lowered.empty() && (lowered.back() == ':' || lowered.back() == '.')) lowered.pop_back();
        if (!line.empty() && !is_one_of(lowered, furniture_lines)) {
            if (!out.text.empty()) {
                out.text += '\n';
                out.input_offsets.push_back(line_offsets.front());
            }
            out.text += line;
            out.input_offsets.insert(out.input_offsets.end(), line_offsets.begin(), line_offsets.end());
        }
        if (line_end == text.size()) break;
        line_start = line_end + 1;
    }
    return out;
}

}  // namespace

bool looks_like_html(std::string_view input) {
    auto head = lower_ascii(input.substr(0, std::min<std::size_t>(input.size(), 4096)));
    for (std::string_view marker :
         {"<html", "<!doctype", "<p>", "<p ", "<div", "<body", "<article", "<br", "</p>"})
        if (head.find(marker) != std::string::npos) return true;
    return false;
}

CleanText clean_article(std::string_view input) {
    std::string text;
    std::vector<std::size_t> offsets;
    text.reserve(input.size());
    offsets.reserve(input.size());
    const bool html = looks_like_html(input);
    std::size_t i = 0;
    while (i < input.size()) {
        char c = input[i];
        if (html && c == '<') {
            if (input.substr(i, 4) == "<!--") {
                auto end = input.find("-->", i);
                i = end == std::string_view::npos ? input.size() : end + 3;
                continue;
            }
            auto name = tag_name(input, i);
            auto close = input.find('>', i);
            if (close == std::string_view::npos) break;
            if (is_one_of(name, skipped_elements)) {
                // Skip to the matching close tag; nesting of the same furniture element is rare enough
                // that the first close ends it.
                auto lowered_rest = lower_ascii(input.substr(close));
                auto end = lowered_rest.find("</" + name);
                if (end == std::string::npos) {
                    i = close + 1;
                } else {
                    auto end_close = input.find('>', close + end);
                    i = end_close == std::string_view::npos ? input.size() : end_close + 1;
                }
                continue;
            }
            auto bare = name.empty() || name[0] != '/' ? name : name.substr(1);
            if (is_one_of(bare, block_elements)) {
                text += '\n';
                offsets.push_back(i);
            }
            i = close + 1;
            continue;
        }
        if (c == '&') {
            auto before = text.size();
            auto used = decode_entity(input, i, text);
            if (used > 0) {
                offsets.insert(offsets.end(), text.size() - before, i);
                i += used;
                continue;
            }
        }
        // Pasted HTML wraps lines anywhere; only block elements end its paragraphs.
        text += (html && (c == '\n' || c == '\r')) ? ' ' : c;
        offsets.push_back(i);
        ++i;
    }
    return tidy_lines(text, offsets, html);
}

}  // namespace mssops::extract
