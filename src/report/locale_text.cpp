#include "report/locale_text.hpp"

#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

#include "report/report_language.hpp"

namespace mssops::report {
namespace {

bool is_creole(std::string_view language) {
    return language.starts_with("ht");
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace

std::string icu_locale_id() {
    const std::string& language = report_language();
    return is_creole(language) ? "fr_HT" : language;
}

std::string country_name(std::string_view iso3) {
    // ICU names countries by their alpha-2 code; its list of those codes gives each one's alpha-3.
    for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
        icu::Locale region("", *code);
        if (iso3 != region.getISO3Country()) continue;
        icu::UnicodeString name;
        region.getDisplayCountry(icu::Locale(icu_locale_id().c_str()), name);
        return utf8(name);
    }
    return std::string(iso3);
}

std::string joined_in_language(const std::vector<std::string>& items) {
    if (items.empty()) return "";
    if (is_creole(report_language())) {
        // ICU has no list patterns for Haitian Creole (it would join with French "et"): the catalog has them.
        std::string head;
        for (std::size_t i = 0; i + 1 < items.size(); ++i) head += (i > 0 ? ", " : "") + items[i];
        return items.size() == 1 ? items.front() : tr("list.and", {{"head", head}, {"last", items.back()}});
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::ListFormatter> format(
        icu::ListFormatter::createInstance(icu::Locale(icu_locale_id().c_str()), status));
    std::vector<icu::UnicodeString> texts;
    for (const auto& item : items) texts.push_back(icu::UnicodeString::fromUTF8(item));
    icu::UnicodeString out;
    if (U_SUCCESS(status)) format->format(texts.data(), static_cast<int32_t>(texts.size()), out, status);
    if (U_FAILURE(status)) return tr("list.and", {{"head", items.front()}, {"last", items.back()}});
    return utf8(out);
}

std::string countries_in_language(std::string_view codes) {
    std::vector<std::string> names;
    while (!codes.empty()) {
        std::size_t space = codes.find(' ');
        if (std::string_view code = codes.substr(0, space); !code.empty())
            names.push_back(country_name(code));
        codes = space == std::string_view::npos ? "" : codes.substr(space + 1);
    }
    return joined_in_language(names);
}

}  // namespace mssops::report
