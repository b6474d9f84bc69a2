#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/message.hpp"
#include "domain/result.hpp"

namespace mssops::report {

/// The languages a report is written in: English, French, Haitian Creole and Spanish. "en-US" is English on
/// US Letter paper; every other language prints on A4.
inline constexpr std::string_view report_languages[] = {"en", "en-US", "fr", "ht", "es"};

/// Reads a language tag ("fr", "fr-HT", "ht", "en-US", "es-419"...) into the report language it asks for;
/// invalid_input naming `field` for a language the report does not speak.
domain::Result<std::string> parse_report_language(std::string_view tag, std::string_view field);

/// The best report language for an Accept-Language header ("fr-CA,fr;q=0.9,en;q=0.8"); "en" when none fits.
std::string negotiate_report_language(std::string_view accept_language);

/// Whether `language` prints on US Letter rather than A4 (only "en-US").
bool prints_on_letter(std::string_view language);

/// The language reports on this thread are written in; "en" unless a ReportLanguageScope set another.
const std::string& report_language();

/// Sets the report language of this thread for its lifetime (reports are built on whichever worker
/// thread serves the request, so the setting cannot be process-wide).
class ReportLanguageScope {
public:
    explicit ReportLanguageScope(std::string language);
    ~ReportLanguageScope();
    ReportLanguageScope(const ReportLanguageScope&) = delete;
    ReportLanguageScope& operator=(const ReportLanguageScope&) = delete;

private:
    std::string previous_;
};

/// An argument of a message: text as given, or a number ICU formats and chooses plural forms by.
using MessageArgument = std::variant<std::string, std::int64_t>;

/// One named argument.
struct NamedArgument {
    std::string_view name;
    MessageArgument value;
};

/// The message `key` of the report catalogs (src/report/i18n/*.json, ICU MessageFormat) in the report
/// language, English when that catalog lacks it, the key itself when no catalog has it.
std::string tr(std::string_view key, std::initializer_list<NamedArgument> arguments = {});

/// A sentence the server writes (domain::Message) in the report language: the catalogs' "server.<code>"
/// with its parameters (nested sentences said the same way); English exactly as the CLI says it in an
/// English report, or when no catalog has the code.
std::string say(const domain::Message& message);

/// say() of `coded`; `english` itself in an English report or when `coded` has no code (facts built
/// by hand).
std::string say(const domain::Message& coded, const std::string& english);

/// A vocabulary value ("police", "withdrew_support") in the report language: the catalog's "term.<value>"
/// when it has one, else the value as stored.
std::string term(std::string_view value);

/// Whether the catalog of `language` has a message for `key` (tests check every catalog is complete).
bool has_message(std::string_view language, std::string_view key);

/// Every key of the English catalog.
std::vector<std::string> message_keys();

}  // namespace mssops::report
