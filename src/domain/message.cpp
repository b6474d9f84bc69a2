#include "domain/message.hpp"

namespace mssops::domain {
namespace {

// The index of the `}` closing the `{` at `open`, or the pattern's size when it is not closed.
std::size_t closing(std::string_view pattern, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < pattern.size(); ++i) {
        if (pattern[i] == '{') ++depth;
        if (pattern[i] == '}' && --depth == 0) return i;
    }
    return pattern.size();
}

std::string trimmed(std::string_view text) {
    auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(' ');
    return std::string(text.substr(first, last - first + 1));
}

std::string value_of(const Message& values, const std::string& name) {
    if (const auto* plain = values.param(name)) return *plain;
    for (const auto& nested : values.nested)
        if (nested.name == name && !nested.message.empty()) return english(nested.message.front());
    return {};
}

// The option of a select block `key {...} other {...}` chosen by `value`, "other" when none matches.
std::string_view chosen_option(std::string_view options, const std::string& value) {
    std::string_view other;
    std::size_t i = 0;
    while (i < options.size()) {
        auto open = options.find('{', i);
        if (open == std::string_view::npos) break;
        auto close = closing(options, open);
        std::string key = trimmed(options.substr(i, open - i));
        auto body = options.substr(open + 1, close - open - 1);
        if (key == value) return body;
        if (key == "other") other = body;
        i = close + 1;
    }
    return other;
}

}  // namespace

Message& Message::with(std::string name, std::string value) {
    params.emplace_back(std::move(name), std::move(value));
    return *this;
}

Message& Message::with(std::string name, Message value) {
    nested.push_back(NestedMessage{std::move(name), {std::move(value)}});
    return *this;
}

const std::string* Message::param(std::string_view name) const {
    for (const auto& [key, value] : params)
        if (key == name) return &value;
    return nullptr;
}

Message message(std::string code) {
    Message out;
    out.code = std::move(code);
    return out;
}

Message coded_or_text(const Message& coded, const std::string& text) {
    return coded.code.empty() ? message("text").with("text", text) : coded;
}

std::string format_pattern(std::string_view pattern, const Message& values) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') {
            out += pattern[i];
            continue;
        }
        auto close = closing(pattern, i);
        auto body = pattern.substr(i + 1, close - i - 1);
        i = close;
        auto comma = body.find(',');
        if (comma == std::string_view::npos) {
            out += value_of(values, trimmed(body));
            continue;
        }
        // `{name, select, ...}`: the only argument kind the English patterns use.
        std::string name = trimmed(body.substr(0, comma));
        auto rest = body.substr(comma + 1);
        auto kind_end = rest.find(',');
        if (kind_end == std::string_view::npos) continue;
        out += format_pattern(chosen_option(rest.substr(kind_end + 1), value_of(values, name)), values);
    }
    return out;
}

std::string english(const Message& message) {
    const char* pattern = english_pattern(message.code);
    return pattern ? format_pattern(pattern, message) : message.code;
}

}  // namespace mssops::domain
