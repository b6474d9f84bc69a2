#include "extract/quantity.hpp"

#include <array>
#include <cctype>
#include <cstdlib>

namespace mssops::extract {
namespace {

struct NumberWord {
    std::string_view word;
    std::int64_t value;
};

constexpr std::array<NumberWord, 28> number_words = {{
    {"one", 1},       {"two", 2},       {"three", 3},    {"four", 4},     {"five", 5},       {"six", 6},
    {"seven", 7},     {"eight", 8},     {"nine", 9},     {"ten", 10},     {"eleven", 11},    {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},  {"forty", 40},   {"fifty", 50},     {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},   {"ninety", 90},  {"dozen", 12},
}};

bool is_month_or_weekday_neighbour(std::string_view word) {
    for (std::string_view name :
         {"january",   "february", "march",    "april",    "may",       "june",    "july",     "august",
          "september", "october",  "november", "december", "janvier",   "février", "mars",     "avril",
          "mai",       "juin",     "juillet",  "août",     "septembre", "octobre", "novembre", "décembre"})
        if (word == name) return true;
    return false;
}

// Reads digits with thousands separators and decimals: "2,500" -> 2500, "1.5" -> 1.5.
bool parse_digits(std::string_view word, double& value) {
    std::string digits;
    for (char c : word) {
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.')
            digits += c;
        else if (c == ',' || c == ' ')
            continue;
        else
            return false;
    }
    if (digits.empty()) return false;
    value = std::strtod(digits.c_str(), nullptr);
    return true;
}

std::int64_t word_value(std::string_view word) {
    for (const auto& entry : number_words)
        if (entry.word == word) return entry.value;
    return 0;
}

std::string qualifier_before(const std::vector<Word>& words, std::size_t i, std::size_t& first) {
    auto is = [&](std::size_t back, std::string_view value) {
        return i >= back && words[i - back].lower == value;
    };
    if (is(2, "more") && is(1, "than")) return first = i - 2, "at_least";
    if (is(2, "at") && is(1, "least")) return first = i - 2, "at_least";
    if (is(2, "close") && is(1, "to")) return first = i - 2, "approximately";
    if (is(2, "up") && is(1, "to")) return first = i - 2, "at_most";
    if (is(2, "fewer") && is(1, "than")) return first = i - 2, "at_most";
    if (is(2, "less") && is(1, "than")) return first = i - 2, "at_most";
    if (is(2, "an") && is(1, "estimated")) return first = i - 2, "approximately";
    if (i >= 1) {
        const auto& w = words[i - 1].lower;
        for (std::string_view value :
             {"approximately", "about", "around", "some", "nearly", "almost", "roughly", "approx", "circa",
              "environ", "près", "quelque", "quelques", "estimated"})
            if (w == value) return first = i - 1, "approximately";
        for (std::string_view value : {"over", "plus", "overall", "beyond"})
            if (w == value && value != "overall") return first = i - 1, "at_least";
        if (w == "under") return first = i - 1, "at_most";
    }
    return "exact";
}

// Words that may stand between a number and its noun: "144 additional police officers".
bool is_filler(const Word& word, bool capitalised_ok) {
    for (std::string_view value :
         {"additional", "more",   "new",       "extra",   "other",     "specially", "trained",
          "elite",      "armed",  "security",  "vetted",  "uniformed", "of",        "its",
          "their",      "the",    "from",      "highly",  "well",      "national",  "member",
          "members",    "strong", "personnel", "all",     "female",    "male",      "supplémentaires",
          "de",         "des",    "nouveaux",  "further", "own"})
        if (word.lower == value) return true;
    return capitalised_ok && word.capitalised;
}

std::string personnel_of(const std::vector<Word>& words, std::size_t i, std::string& noun) {
    const auto& w = words[i].lower;
    auto next_is = [&](std::string_view value) {
        return i + 1 < words.size() && words[i + 1].lower == value;
    };
    if (w == "military" && next_is("police")) return noun = "military police", "military";
    if (w == "defence" || w == "defense") return noun = w + " force", "military";
    for (std::string_view value : {"soldiers", "soldier", "troops", "troop", "marines", "military", "army",
                                   "servicemen", "soldats", "militaires", "sailors", "airmen"})
        if (w == value) return noun = w, "military";
    for (std::string_view value : {"police", "policemen", "policewomen", "officers", "officer", "cops",
                                   "constables", "gendarmes", "policiers", "agents", "constabulary"})
        if (w == value) return noun = w, "police";
    for (std::string_view value : {"civilians", "civilian", "staff", "experts", "advisers", "advisors"})
        if (w == value) return noun = w, "civilian";
    for (std::string_view value :
         {"personnel", "members", "contingent", "people", "persons", "residents", "children", "women", "men",
          "gang", "gangs", "dead", "deaths", "killed", "hostages", "percent", "per", "%"})
        if (w == value)
            return noun = w,
                   value == "personnel" || value == "members" || value == "contingent" ? "personnel" : "";
    return "";
}

struct Currency {
    std::string_view word;
    std::string_view code;
    bool explicit_code;
};

constexpr std::array<Currency, 16> currencies = {{
    {"usd", "USD", true},
    {"us$", "USD", true},
    {"dollars", "USD", false},
    {"dollar", "USD", false},
    {"eur", "EUR", true},
    {"euros", "EUR", true},
    {"euro", "EUR", true},
    {"gbp", "GBP", true},
    {"pounds", "GBP", false},
    {"kes", "KES", true},
    {"ksh", "KES", true},
    {"shillings", "KES", false},
    {"cad", "CAD", true},
    {"htg", "HTG", true},
    {"gourdes", "HTG", true},
    {"yen", "JPY", true},
}};

const Currency* currency_of(std::string_view word) {
    for (const auto& currency : currencies)
        if (currency.word == word) return &currency;
    return nullptr;
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Word>& words) {
    std::vector<Quantity> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        double value = 0;
        std::size_t last = i;
        std::string scratch;
        if (words[i].number && parse_digits(words[i].lower, value)) {
            // A year or a day of a date is not a count.
            bool year_like = value >= 1900 && value <= 2100 && words[i].lower.find(',') == std::string::npos;
            bool near_month = (i > 0 && is_month_or_weekday_neighbour(words[i - 1].lower)) ||
                              (i + 1 < words.size() && is_month_or_weekday_neighbour(words[i + 1].lower));
            bool resolution_number =
                i > 0 && (words[i - 1].lower == "resolution" || words[i - 1].lower == "no");
            if ((year_like && !(i + 1 < words.size() && personnel_of(words, i + 1, scratch).size())) ||
                near_month || resolution_number)
                continue;
        } else if (auto number = word_value(words[i].lower); number > 0) {
            value = static_cast<double>(number);
            // "twenty-four", "two hundred".
            if (i + 1 < words.size() && word_value(words[i + 1].lower) > 0 &&
                word_value(words[i + 1].lower) < 10 && number >= 20)
                value += static_cast<double>(word_value(words[++last].lower));
        } else {
            continue;
        }
        if (last + 1 < words.size() &&
            (words[last + 1].lower == "hundred" || words[last + 1].lower == "cent"))
            value *= 100, ++last;
        if (last + 1 < words.size() &&
            (words[last + 1].lower == "thousand" || words[last + 1].lower == "mille"))
            value *= 1000, ++last;
        if (last + 1 < words.size() && (words[last + 1].lower == "million" ||
                                        words[last + 1].lower == "millions" || words[last + 1].lower == "m"))
            value *= 1e6, ++last;
        if (last + 1 < words.size() &&
            (words[last + 1].lower == "billion" || words[last + 1].lower == "milliards" ||
             words[last + 1].lower == "bn"))
            value *= 1e9, ++last;
        Quantity quantity;
        quantity.value = static_cast<std::int64_t>(value + 0.5);
        quantity.number_word = i;
        quantity.first_word = i;
        quantity.qualifier = qualifier_before(words, i, quantity.first_word);
        // Money: a symbol or code before the number, or a currency word after it.
        std::string_view before = text.substr(words[i].span.start >= 4 ? words[i].span.start - 4 : 0,
                                              words[i].span.start >= 4 ? 4 : words[i].span.start);
        if (before.find('$') != std::string_view::npos) {
            quantity.currency = "USD";
            quantity.currency_explicit = before.find("US$") != std::string_view::npos;
            if (before.find("C$") != std::string_view::npos)
                quantity.currency = "CAD", quantity.currency_explicit = true;
        } else if (before.find("\u20AC") != std::string_view::npos) {
            quantity.currency = "EUR", quantity.currency_explicit = true;
        } else if (before.find("\u00A3") != std::string_view::npos) {
            quantity.currency = "GBP", quantity.currency_explicit = true;
        } else if (i > 0 && currency_of(words[i - 1].lower)) {
            quantity.currency = currency_of(words[i - 1].lower)->code;
            quantity.currency_explicit = currency_of(words[i - 1].lower)->explicit_code;
        } else if (last + 1 < words.size() && currency_of(words[last + 1].lower)) {
            quantity.currency = currency_of(words[last + 1].lower)->code;
            quantity.currency_explicit = currency_of(words[last + 1].lower)->explicit_code;
            ++last;
        }
        if (quantity.currency.empty()) {
            // The counted noun within four words: "144 additional police officers", "20 soldiers".
            for (std::size_t k = last + 1; k < words.size() && k <= last + 5; ++k) {
                auto personnel = personnel_of(words, k, quantity.noun);
                if (!quantity.noun.empty()) {
                    quantity.personnel = personnel;
                    // "150 members of the Jamaica Defence Force": the body names who is counted.
                    for (std::size_t m = k + 1; personnel == "personnel" && m < words.size() && m <= k + 5;
                         ++m) {
                        const auto& body = words[m].lower;
                        if (body == "defence" || body == "defense" || body == "army" || body == "military" ||
                            body == "navy" || body == "armed")
                            quantity.personnel = "military";
                        else if (body == "police" || body == "constabulary")
                            quantity.personnel = "police";
                        if (quantity.personnel != "personnel") break;
                    }
                    last = k + (quantity.noun.find(' ') != std::string::npos ? 1 : 0);
                    if (quantity.personnel == "police" && k + 1 < words.size() &&
                        (words[k + 1].lower == "officers" || words[k + 1].lower == "officer"))
                        last = k + 1;
                    break;
                }
                if (!is_filler(words[k], true)) break;
            }
        }
        quantity.last_word = last;
        quantity.span = {words[quantity.first_word].span.start, words[last].span.end};
        out.push_back(std::move(quantity));
        i = last;
    }
    return out;
}

}  // namespace mssops::extract
