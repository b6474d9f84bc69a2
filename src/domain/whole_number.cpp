#include "domain/whole_number.hpp"

#include <charconv>
#include <limits>

namespace mssops::domain {

Result<std::int64_t> parse_whole_number(std::string_view text, std::string field, std::int64_t min,
                                        std::int64_t max) {
    constexpr auto lowest = std::numeric_limits<std::int64_t>::min();
    constexpr auto highest = std::numeric_limits<std::int64_t>::max();
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty() && value >= min &&
        value <= max)
        return value;
    std::string expected = "a whole number";
    if (min != lowest || max != highest)
        expected += " from " + std::to_string(min) + (max == highest ? " up" : " to " + std::to_string(max));
    return Error::invalid(std::move(field), "must be " + expected + ", got \"" + std::string(text) + "\"");
}

}  // namespace mssops::domain
