#pragma once

#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::domain {

/// Whether `code` is an ISO 3166-1 alpha-3 code in use (the 249 of data/reference/countries.json,
/// whose test keeps the two lists equal): "KEN" yes, "ZZZ" and "ken" no.
bool is_iso3_country(std::string_view code);

/// A country filter as a person types it, in capitals: "ken" and "Ken" read as "KEN". invalid_input on
/// `field` when it is not three letters or names no country: `must be a country's ISO 3166-1 alpha-3
/// code such as KEN, got "ZZZ"`.
Result<std::string> country_filter(std::string_view text, std::string_view field);

}  // namespace mssops::domain
