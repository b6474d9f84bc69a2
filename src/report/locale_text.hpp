#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mssops::report {

// Data inside a sentence that each language writes its own way: a country's name, and the "and" of a list.

/// The ICU locale a report in the current report language formats with: "fr_HT" for Haitian Creole,
/// which has no ICU data of its own and follows Haiti's French conventions.
std::string icu_locale_id();

/// The name of the country with ISO 3166-1 alpha-3 code `iso3` in the report language ("Kenya" in
/// English and French, "Chine" for CHN in French); `iso3` itself when ICU does not know the code.
std::string country_name(std::string_view iso3);

/// `items` as a list in the report language: "A, B and C", "A, B et C", "A, B y C", "A, B ak C".
std::string joined_in_language(const std::vector<std::string>& items);

/// The country names of `codes` ("CHN RUS": alpha-3 codes separated by spaces) as a list in the report
/// language.
std::string countries_in_language(std::string_view codes);

}  // namespace mssops::report
