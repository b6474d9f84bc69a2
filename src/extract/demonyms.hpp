#pragma once

#include <string_view>
#include <vector>

namespace mssops::extract {

/// Other names of a country that a news text uses: demonyms and short forms, English and French.
struct CountryAliases {
    std::string_view iso3;
    std::vector<std::string_view> aliases;
};

/// The table (contributors, Council members, donors of missions like the MSS); the reference
/// countries' own names come from the store.
const std::vector<CountryAliases>& country_aliases();

}  // namespace mssops::extract
