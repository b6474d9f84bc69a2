#include "ingest/hxl.hpp"

#include <algorithm>

#include "domain/ascii_text.hpp"
#include "domain/verify.hpp"

namespace mssops::ingest {
namespace {

using domain::lower_ascii;
using domain::trim_blanks;

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// Splits "#tag+a-b" into the tag and its signed parts; false when a name is empty or has a
/// character HXL does not allow.
bool split(std::string_view text, std::string& hashtag, std::vector<std::pair<char, std::string>>& parts) {
    text = trim_blanks(text);
    if (text.size() < 2 || text.front() != '#') return false;
    std::size_t i = 1;
    while (i < text.size() && is_name_char(text[i])) ++i;
    if (i == 1) return false;
    hashtag = lower_ascii(text.substr(0, i));
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        if (i == text.size()) break;
        char sign = text[i];
        if (sign != '+' && sign != '-') return false;
        ++i;
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t start = i;
        while (i < text.size() && is_name_char(text[i])) ++i;
        if (i == start) return false;
        parts.emplace_back(sign, lower_ascii(text.substr(start, i - start)));
    }
    return true;
}

}  // namespace

domain::Result<HxlTag> HxlTag::parse(std::string_view text, std::string_view field) {
    HxlTag tag;
    std::vector<std::pair<char, std::string>> parts;
    bool ok = split(text, tag.hashtag, parts);
    for (auto& [sign, name] : parts) {
        if (sign != '+') ok = false;
        tag.attributes.push_back(std::move(name));
    }
    if (!ok)
        return domain::Error::invalid(
            std::string(field),
            "must be an HXL hashtag such as #adm1+code, got \"" + std::string(text) + "\"");
    return tag;
}

bool HxlTag::has(std::string_view attribute) const {
    return std::find(attributes.begin(), attributes.end(), attribute) != attributes.end();
}

HxlPattern HxlPattern::parse(std::string_view text) {
    HxlPattern pattern;
    std::vector<std::pair<char, std::string>> parts;
    MSSOPS_VERIFY(split(text, pattern.hashtag, parts));
    for (auto& [sign, name] : parts)
        (sign == '+' ? pattern.required : pattern.excluded).push_back(std::move(name));
    return pattern;
}

bool HxlPattern::matches(const HxlTag& tag) const {
    if (tag.hashtag != hashtag) return false;
    for (const auto& attribute : required)
        if (!tag.has(attribute)) return false;
    for (const auto& attribute : excluded)
        if (tag.has(attribute)) return false;
    return true;
}

bool is_hxl_row(const std::vector<std::string_view>& cells) {
    bool any = false;
    for (auto cell : cells) {
        if (trim_blanks(cell).empty()) continue;
        if (!HxlTag::parse(cell, "hxl")) return false;
        any = true;
    }
    return any;
}

HxlColumns HxlColumns::from_row(const std::vector<std::string_view>& cells) {
    HxlColumns columns;
    for (auto cell : cells) {
        auto tag = HxlTag::parse(cell, "hxl");
        columns.tags_.push_back(tag ? std::optional<HxlTag>(std::move(tag.value())) : std::nullopt);
    }
    return columns;
}

std::optional<std::size_t> HxlColumns::find(const HxlPattern& pattern) const {
    for (std::size_t i = 0; i < tags_.size(); ++i)
        if (tags_[i] && pattern.matches(*tags_[i])) return i;
    return std::nullopt;
}

}  // namespace mssops::ingest
