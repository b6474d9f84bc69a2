#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mssops::domain {

struct Message;

/// A parameter that is itself a sentence: "the reason" inside an alert's detail.
struct NestedMessage {
    std::string name;
    std::vector<Message> message;  // Exactly one; a vector because Message is incomplete here.
};

/// A sentence the server writes, as a code and its parameters, so each face can say it in its language.
/// `code` names an ICU MessageFormat pattern ("forecast.pace"); `params` are plain values (numbers and
/// ISO dates as text) and `nested` are parameters that are sentences of their own.
struct Message {
    std::string code;
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<NestedMessage> nested;

    /// Adds a plain parameter; returns *this so a message is built in one expression.
    Message& with(std::string name, std::string value);
    /// Adds a parameter that is a sentence of its own.
    Message& with(std::string name, Message value);
    /// The plain parameter `name`, or nullptr.
    const std::string* param(std::string_view name) const;
};

/// A message with `code` and no parameters yet.
Message message(std::string code);

/// `coded` when it has a code, else `text` as a message of code "text": a sentence known only in words
/// (facts built by hand, as tests do) is still said, in the words given.
Message coded_or_text(const Message& coded, const std::string& text);

/// Formats an ICU MessageFormat pattern: `{name}` arguments and `{name, select, a {...} other {...}}`,
/// nested to any depth; a nested message parameter is rendered in English. Unknown names give "".
std::string format_pattern(std::string_view pattern, const Message& values);

/// The English pattern of `code`, or nullptr for an unknown code.
const char* english_pattern(std::string_view code);

/// Every code with an English pattern, in the catalog's order.
std::vector<std::string_view> message_codes();

/// The message in English: its code's pattern formatted with its parameters; the code itself when unknown.
std::string english(const Message& message);

}  // namespace mssops::domain
