#include "report/report_language.hpp"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <map>
#include <vector>

#include "report/figure_format.hpp"
#include "report/locale_text.hpp"
#include "report/report_catalogs.hpp"

namespace mssops::report {
namespace {

thread_local std::string current_language = "en";

using Catalog = std::map<std::string, std::string, std::less<>>;

// The catalogs are embedded at build time (report_catalogs.cpp is generated from i18n/*.json) and parsed
// once; a catalog that does not parse is a build defect, caught by the catalog tests.
const std::map<std::string, Catalog, std::less<>>& catalogs() {
    static const auto parsed = [] {
        std::map<std::string, Catalog, std::less<>> out;
        for (const auto& [language, text] : embedded_report_catalogs()) {
            Catalog catalog;
            boost::json::value value = boost::json::parse(text);
            for (const auto& [key, message] : value.as_object())
                catalog.emplace(std::string(key), std::string(message.as_string()));
            out.emplace(std::string(language), std::move(catalog));
        }
        return out;
    }();
    return parsed;
}

// en-US shares the English catalog; it differs only in paper and date order.
std::string_view catalog_language(std::string_view language) {
    return language.starts_with("en") ? "en" : language;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// The report language a tag asks for, or "" for none: a region picks US paper for English only.
std::string language_for(std::string_view tag) {
    std::string text = lower(trim(tag));
    std::replace(text.begin(), text.end(), '_', '-');
    std::string base = text.substr(0, text.find('-'));
    if (base == "en") return text == "en-us" ? "en-US" : "en";
    if (base == "fr" || base == "ht" || base == "es") return base;
    return "";
}

}  // namespace

domain::Result<std::string> parse_report_language(std::string_view tag, std::string_view field) {
    std::string language = language_for(tag);
    if (language.empty())
        return domain::Error::invalid(std::string(field),
                                      "must be en, en-US, fr, ht or es, got \"" + std::string(tag) + "\"");
    return language;
}

std::string negotiate_report_language(std::string_view accept_language) {
    // RFC 9110 §12.5.4: comma-separated ranges, each with an optional q weight; the highest weight wins,
    // and among equal weights the first listed.
    std::string best = "en";
    double best_weight = 0;
    while (!accept_language.empty()) {
        std::size_t comma = accept_language.find(',');
        std::string_view item = trim(accept_language.substr(0, comma));
        accept_language = comma == std::string_view::npos ? "" : accept_language.substr(comma + 1);
        std::size_t semicolon = item.find(';');
        std::string_view range = trim(item.substr(0, semicolon));
        double weight = 1;
        if (semicolon != std::string_view::npos) {
            std::string_view parameter = trim(item.substr(semicolon + 1));
            if (parameter.starts_with("q=") || parameter.starts_with("Q=")) {
                try {
                    weight = std::stod(std::string(parameter.substr(2)));
                } catch (const std::exception&) {
                    weight = 0;
                }
            }
        }
        std::string language = language_for(range);
        if (!language.empty() && weight > best_weight) {
            best = language;
            best_weight = weight;
        }
    }
    return best;
}

bool prints_on_letter(std::string_view language) {
    return language == "en-US";
}

const std::string& report_language() {
    return current_language;
}

ReportLanguageScope::ReportLanguageScope(std::string language) : previous_(std::move(current_language)) {
    current_language = std::move(language);
}

ReportLanguageScope::~ReportLanguageScope() {
    current_language = std::move(previous_);
}

namespace {

// The pattern of `key` in the report language, else in English; nullptr when no catalog has it.
const std::string* find_pattern(std::string_view key) {
    const auto& all = catalogs();
    for (std::string_view language : {catalog_language(current_language), std::string_view("en")}) {
        auto catalog = all.find(language);
        if (catalog == all.end()) continue;
        auto found = catalog->second.find(key);
        if (found != catalog->second.end()) return &found->second;
    }
    return nullptr;
}

std::string format_in_language(const std::string& pattern, const NamedArgument* arguments,
                               std::size_t count) {
    // Haitian Creole has no number data in ICU: its numbers follow Haiti's French conventions.
    icu::Locale locale(icu_locale_id().c_str());
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), locale, status);
    if (U_FAILURE(status)) return pattern;
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (std::size_t i = 0; i < count; ++i) {
        names.push_back(icu::UnicodeString::fromUTF8(arguments[i].name));
        if (const auto* text = std::get_if<std::string>(&arguments[i].value))
            values.emplace_back(icu::UnicodeString::fromUTF8(*text));
        else
            values.emplace_back(static_cast<int64_t>(std::get<std::int64_t>(arguments[i].value)));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
    if (U_FAILURE(status)) return pattern;
    std::string out;
    result.toUTF8String(out);
    return out;
}

}  // namespace

namespace {

// Parameters that hold dates (ISO 8601 of any precision), as the dashboard's server_message.ts lists them.
bool is_date_parameter(std::string_view name) {
    for (std::string_view date : {"at", "date", "last", "from", "to", "end", "today", "due", "by",
                                  "reached_on", "since", "adopted", "fires_on"})
        if (name == date) return true;
    return false;
}

// A date parameter written the report language's way ("vers novembre 2024"); other text as given.
std::string date_in_language(const std::string& value) {
    auto date = domain::PartialDate::parse(value, "date");
    return date ? format_date(*date) : value;
}

}  // namespace

std::string tr(std::string_view key, std::initializer_list<NamedArgument> arguments) {
    const std::string* pattern = find_pattern(key);
    if (!pattern) return std::string(key);
    return format_in_language(*pattern, arguments.begin(), arguments.size());
}

std::string say(const domain::Message& message) {
    const std::string key = "server." + message.code;
    const std::string* pattern = find_pattern(key);
    // An English report says the sentence exactly as the CLI does (ICU would group "2500" as "2,500").
    if (catalog_language(current_language) == "en" || !pattern) return domain::english(message);
    std::vector<std::pair<std::string, std::string>> values = message.params;
    for (const auto& part : message.nested)
        if (!part.message.empty()) values.emplace_back(part.name, say(part.message.front()));
    // ICU chooses plural forms by a number; every other argument goes as the text the server gave it.
    // A country code is named in the report language, and a list of them joined as the language joins.
    for (auto& [name, value] : values) {
        if (is_date_parameter(name)) value = date_in_language(value);
        if (name == "country") value = country_name(value);
        if (name.ends_with("_countries")) value = countries_in_language(value);
    }
    std::vector<NamedArgument> arguments;
    for (const auto& [name, value] : values) {
        std::int64_t number = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (pattern->find("{" + name + ", plural") != std::string::npos && error == std::errc() &&
            end == value.data() + value.size())
            arguments.push_back({name, number});
        else
            arguments.push_back({name, value});
    }
    return format_in_language(*pattern, arguments.data(), arguments.size());
}

std::string say(const domain::Message& coded, const std::string& english) {
    if (coded.code.empty() || catalog_language(current_language) == "en") return english;
    return say(coded);
}

std::string term(std::string_view value) {
    std::string key = "term." + std::string(value);
    return has_message(report_language(), key) || has_message("en", key) ? tr(key) : std::string(value);
}

bool has_message(std::string_view language, std::string_view key) {
    auto catalog = catalogs().find(catalog_language(language));
    return catalog != catalogs().end() && catalog->second.contains(key);
}

std::vector<std::string> message_keys() {
    std::vector<std::string> keys;
    for (const auto& [key, message] : catalogs().at("en")) keys.push_back(key);
    return keys;
}

}  // namespace mssops::report
