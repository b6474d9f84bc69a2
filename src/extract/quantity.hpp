#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/segmenter.hpp"
#include "extract/span.hpp"

namespace mssops::extract {

/// A number read from text with its qualifier and what it counts.
struct Quantity {
    Span span;  // The number with its qualifier and noun: "approximately 400 police officers".
    std::int64_t value = 0;
    std::string qualifier = "exact";  // exact, approximately, at_least, at_most.
    std::string personnel;  // police, military, civilian; "personnel" when the noun does not say; "" none.
    std::string noun;       // The counted noun as written, lower case: "officers", "soldiers", "people".
    std::string currency;   // ISO 4217 when the number is money: "USD".
    bool currency_explicit = false;  // "US$" or "USD" rather than a bare "$".
    std::size_t first_word = 0;      // Word indexes of the number (and of the noun, when there is one).
    std::size_t number_word = 0;
    std::size_t last_word = 0;
};

/// The numbers of a sentence: digits ("2,500", "1.5 million") and words ("four", "two hundred"),
/// with the qualifier before them ("approximately", "nearly", "over", "some", "more than") and the
/// personnel noun after them ("officers", "soldiers", "Defence Force", "military police"), or money
/// ("$1.2 million", "KSh 5 billion", "10 million euros"). Years and days of dates are left out.
std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Word>& words);

}  // namespace mssops::extract
