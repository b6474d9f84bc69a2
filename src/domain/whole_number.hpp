#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::domain {

/// The whole text as a whole number within [min, max]. invalid_input naming `field` otherwise:
/// "must be a whole number from 1 to 1000, got \"ten\"" ("from 0 up" when max is the largest
/// int64, "must be a whole number, got ..." when neither bound limits it).
Result<std::int64_t> parse_whole_number(std::string_view text, std::string field, std::int64_t min,
                                        std::int64_t max);

}  // namespace mssops::domain
