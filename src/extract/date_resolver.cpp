#include "extract/date_resolver.hpp"

#include <array>
#include <cctype>
#include <cstdio>

#include "domain/partial_date.hpp"

namespace mssops::extract {
namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> months_en = {"january",   "february", "march",    "april",
                                                        "may",       "june",     "july",     "august",
                                                        "september", "october",  "november", "december"};
constexpr std::array<std::string_view, 12> months_fr = {"janvier",   "février", "mars",     "avril",
                                                        "mai",       "juin",    "juillet",  "août",
                                                        "septembre", "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> months_short = {"jan", "feb", "mar",  "apr", "may", "jun",
                                                           "jul", "aug", "sept", "oct", "nov", "dec"};
// Monday first, as ISO 8601 counts; std::chrono::weekday counts Sunday as 0.
constexpr std::array<std::string_view, 7> weekdays_en = {"sunday",   "monday", "tuesday", "wednesday",
                                                         "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 7> weekdays_fr = {"dimanche", "lundi",    "mardi", "mercredi",
                                                         "jeudi",    "vendredi", "samedi"};

int month_of(std::string_view word) {
    for (unsigned i = 0; i < 12; ++i)
        if (word == months_en[i] || word == months_fr[i] || (word == months_short[i] && word != "may"))
            return static_cast<int>(i) + 1;
    return 0;
}

int weekday_of(std::string_view word) {
    for (unsigned i = 0; i < 7; ++i)
        if (word == weekdays_en[i] || word == weekdays_fr[i]) return static_cast<int>(i);
    return -1;
}

// A day of the month: "7", "7th", "1er". 0 when not one.
int day_of(std::string_view word) {
    int value = 0;
    std::size_t i = 0;
    while (i < word.size() && std::isdigit(static_cast<unsigned char>(word[i])) && i < 2)
        value = value * 10 + (word[i++] - '0');
    auto rest = word.substr(i);
    if (i == 0 ||
        !(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "er"))
        return 0;
    return value >= 1 && value <= 31 ? value : 0;
}

int year_of(std::string_view word) {
    if (word.size() != 4) return 0;
    int value = 0;
    for (char c : word) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
        value = value * 10 + (c - '0');
    }
    return value >= 1900 && value <= 2100 ? value : 0;
}

std::string iso_day(year_month_day date) {
    return domain::to_iso_day(sys_days{date});
}

std::string iso_month(int year, int month) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

ResolvedDate day_date(year_month_day date) {
    return {iso_day(date), DatePrecision::day};
}

ResolvedDate unresolved(std::string note) {
    ResolvedDate out;
    out.note = std::move(note);
    return out;
}

ResolvedDate range_date(sys_days from, sys_days to) {
    ResolvedDate out;
    year_month_day first{from};
    out.value =
        iso_month(static_cast<int>(first.year()), static_cast<int>(static_cast<unsigned>(first.month()))) +
        "~";
    out.precision = DatePrecision::approximate;
    out.range_from = domain::to_iso_day(from);
    out.range_to = domain::to_iso_day(to);
    return out;
}

std::string weekday_name(weekday day) {
    return std::string(weekdays_en[day.c_encoding()]);
}

// Year, month and day given; a weekday, when given, is checked against them.
ResolvedDate full_date(int year, int month, int day, int weekday_index) {
    year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                        std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return unresolved("no such day: " + iso_month(year, month) + "-" + std::to_string(day));
    auto out = day_date(date);
    if (weekday_index >= 0 && weekday{sys_days{date}}.c_encoding() != static_cast<unsigned>(weekday_index)) {
        out.flagged = true;
        out.note = "weekday " + std::string(weekdays_en[static_cast<std::size_t>(weekday_index)]) +
                   " contradicts " + out.value + " (a " + weekday_name(weekday{sys_days{date}}) + ")";
    }
    return out;
}

// Month and day without a year: the weekday fixes the year when given; otherwise the latest such
// day not after publication (the earliest not before it when the sentence looks forward).
ResolvedDate month_day(int month, int day, int weekday_index, bool forward, const DateContext& context) {
    auto make = [&](int year) {
        return year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                              std::chrono::day{static_cast<unsigned>(day)}};
    };
    auto weekday_fits = [&](int year) {
        return make(year).ok() &&
               weekday{sys_days{make(year)}}.c_encoding() == static_cast<unsigned>(weekday_index);
    };
    if (!context.published) {
        if (weekday_index >= 0 && context.window_first_year > 0) {
            int found = 0;
            int count = 0;
            for (int year = context.window_first_year; year <= context.window_last_year; ++year)
                if (weekday_fits(year)) found = year, ++count;
            if (count == 1) {
                auto out = day_date(make(found));
                out.note = "year fixed by the weekday, without a publication date";
                return out;
            }
        }
        return unresolved("needs the publication date: a day without a year");
    }
    year_month_day published{*context.published};
    int pub_year = static_cast<int>(published.year());
    std::vector<int> years =
        forward ? std::vector<int>{pub_year, pub_year + 1} : std::vector<int>{pub_year, pub_year - 1};
    auto in_order = [&](int year) {
        auto days = sys_days{make(year)};
        return forward ? days >= *context.published : days <= *context.published;
    };
    if (weekday_index >= 0) {
        for (int year = pub_year - 6; year <= pub_year + 6; ++year) {
            if (weekday_fits(year) && (year == pub_year || year == pub_year + (forward ? 1 : -1)) &&
                in_order(year))
                return day_date(make(year));
        }
    }
    for (int year : years) {
        if (make(year).ok() && in_order(year)) {
            auto out = day_date(make(year));
            if (weekday_index >= 0) {
                out.flagged = true;
                out.note = "weekday " + std::string(weekdays_en[static_cast<std::size_t>(weekday_index)]) +
                           " contradicts " + out.value + " (a " +
                           weekday_name(weekday{sys_days{make(year)}}) + ")";
            }
            return out;
        }
    }
    return unresolved("no such day: month " + std::to_string(month) + ", day " + std::to_string(day));
}

// A month without a year: the latest not after publication, or the earliest not before it.
ResolvedDate month_only(int month, bool forward, const DateContext& context) {
    if (!context.published) return unresolved("needs the publication date: a month without a year");
    year_month_day published{*context.published};
    int year = static_cast<int>(published.year());
    unsigned pub_month = static_cast<unsigned>(published.month());
    if (!forward && static_cast<unsigned>(month) > pub_month) --year;
    if (forward && static_cast<unsigned>(month) < pub_month) ++year;
    return {iso_month(year, month), DatePrecision::month};
}

// The weekday nearest publication before it (after it when the sentence looks forward).
ResolvedDate relative_weekday(int weekday_index, bool forward, const DateContext& context) {
    if (!context.published) return unresolved("needs the publication date: a weekday alone");
    auto day = *context.published;
    for (int step = 0; step < 7; ++step) {
        day += days{forward ? 1 : -1};
        if (weekday{day}.c_encoding() == static_cast<unsigned>(weekday_index))
            return day_date(year_month_day{day});
    }
    return unresolved("weekday not found");
}

bool word_is(const std::vector<Word>& words, std::size_t i, std::string_view value) {
    return i < words.size() && words[i].lower == value;
}

}  // namespace

std::string_view to_text(DatePrecision precision) {
    switch (precision) {
        case DatePrecision::day:
            return "day";
        case DatePrecision::month:
            return "month";
        case DatePrecision::year:
            return "year";
        case DatePrecision::approximate:
            return "approximate";
        case DatePrecision::unresolved:
            return "unresolved";
    }
    return "unresolved";
}

bool looks_forward(std::string_view s) {
    for (std::string_view marker :
         {" will ", " shall ", "expected", "planned", "scheduled", " to be ", " plans to", " would ",
          " aims to", " set to ", "intends to", "is due", "are due", " va ", " devrait", " doit "})
        if (s.find(marker) != std::string_view::npos) return true;
    return s.starts_with("will ");
}

std::vector<DateMention> find_dates(std::string_view text, const std::vector<Word>& words,
                                    const DateContext& context) {
    std::vector<DateMention> out;
    if (words.empty()) return out;
    std::string lowered(
        text.substr(words.front().span.start, words.back().span.end - words.front().span.start));
    for (auto& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool forward = looks_forward(" " + lowered + " ");
    auto pub = context.published;
    auto add = [&](std::size_t first, std::size_t last, ResolvedDate date) {
        out.push_back({{words[first].span.start, words[last].span.end}, std::move(date)});
    };
    auto needs_pub = [&](std::string what) { return unresolved("needs the publication date: " + what); };

    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i].lower;
        // ISO dates: ICU splits "2024-11-07" at the hyphens.
        if (int year = year_of(w);
            year && i + 2 < words.size() && words[i].span.end < text.size() &&
            text[words[i].span.end] == '-' && words[i + 1].span.start == words[i].span.end + 1 &&
            words[i + 1].lower.size() == 2 && words[i + 2].lower.size() == 2 && day_of(words[i + 2].lower)) {
            add(i, i + 2, full_date(year, std::stoi(words[i + 1].lower), day_of(words[i + 2].lower), -1));
            i += 2;
            continue;
        }
        int wd = weekday_of(w);
        int month = month_of(w);
        if (wd >= 0) {
            // "Thursday, November 7[, 2024]" / "Thursday 7 November [2024]" / "jeudi 7 novembre".
            std::size_t j = i + 1;
            if (word_is(words, j, "the") || word_is(words, j, "le")) ++j;
            int m = j < words.size() ? month_of(words[j].lower) : 0;
            int d = j < words.size() ? day_of(words[j].lower) : 0;
            const bool month_first = m && j + 1 < words.size() && day_of(words[j + 1].lower);
            const bool day_first = !month_first && d && j + 1 < words.size() && month_of(words[j + 1].lower);
            if (month_first || day_first) {
                if (month_first)
                    d = day_of(words[j + 1].lower);
                else
                    m = month_of(words[j + 1].lower);
                int y = j + 2 < words.size() ? year_of(words[j + 2].lower) : 0;
                std::size_t last = y ? j + 2 : j + 1;
                add(i, last, y ? full_date(y, m, d, wd) : month_day(m, d, wd, forward, context));
                i = last;
                continue;
            }
            // A weekday alone: "on Thursday", "last Friday", "next Monday".
            bool next = i > 0 && (words[i - 1].lower == "next" || words[i - 1].lower == "prochain");
            std::size_t first = i > 0 && (words[i - 1].lower == "last" || next) ? i - 1 : i;
            add(first, i, relative_weekday(wd, forward || next, context));
            continue;
        }
        if (month) {
            // "7 November 2024" with the day before the month.
            std::size_t first = i;
            int d = 0;
            if (i > 0 && day_of(words[i - 1].lower) && words[i - 1].number)
                d = day_of(words[i - 1].lower), first = i - 1;
            if (!d && i + 1 < words.size() && day_of(words[i + 1].lower) && !year_of(words[i + 1].lower))
                d = day_of(words[i + 1].lower);
            std::size_t last = d && first == i ? i + 1 : i;
            int y = last + 1 < words.size() ? year_of(words[last + 1].lower) : 0;
            if (y) ++last;
            if (d && y) {
                add(first, last, full_date(y, month, d, -1));
            } else if (d) {
                add(first, last, month_day(month, d, -1, forward, context));
            } else if (y) {
                add(first, last, {iso_month(y, month), DatePrecision::month});
            } else if ((word_is(words, i + 1, "next") || word_is(words, i + 1, "last")) &&
                       word_is(words, i + 2, "year")) {
                // "November next year", "November last year": the year after or before publication.
                const bool next = word_is(words, i + 1, "next");
                if (!pub)
                    add(i, i + 2, needs_pub(next ? "a month of next year" : "a month of last year"));
                else
                    add(i, i + 2,
                        {iso_month(static_cast<int>(year_month_day{*pub}.year()) + (next ? 1 : -1), month),
                         DatePrecision::month});
                last = i + 2;
            } else if (i > 0 && (words[i - 1].lower == "last" || words[i - 1].lower == "dernier")) {
                // "last September": the latest September before the month of publication.
                if (!pub) {
                    add(i - 1, i,
                        needs_pub("last " + std::string(months_en[static_cast<std::size_t>(month - 1)])));
                } else {
                    year_month_day published{*pub};
                    int year = static_cast<int>(published.year());
                    if (static_cast<unsigned>(month) >= static_cast<unsigned>(published.month())) --year;
                    ResolvedDate date{iso_month(year, month) + "~", DatePrecision::approximate};
                    add(i - 1, i, date);
                }
            } else {
                // "may" is a month only when capitalised: "they may deploy" is not a date.
                if (w == "may" && !words[i].capitalised) continue;
                bool by = i > 0 && (words[i - 1].lower == "by" || words[i - 1].lower == "until" ||
                                    words[i - 1].lower == "before" || words[i - 1].lower == "next");
                add(i, i,
                    month_only(month, forward && by ? true : (i > 0 && words[i - 1].lower == "next"),
                               context));
            }
            i = last;
            continue;
        }
        // Relative periods.
        auto phrase = [&](std::initializer_list<std::string_view> parts) {
            std::size_t k = i;
            for (auto part : parts)
                if (!word_is(words, k++, part)) return false;
            return true;
        };
        if (phrase({"earlier", "this", "week"}) || phrase({"this", "week"}) || phrase({"last", "week"})) {
            std::size_t last = words[i].lower == "earlier" ? i + 2 : i + 1;
            if (!pub) {
                add(i, last, needs_pub("a week"));
                i = last;
                continue;
            }
            auto monday = *pub - days{(weekday{*pub}.c_encoding() + 6) % 7};
            if (words[i].lower == "last")
                add(i, last, range_date(monday - days{7}, monday - days{1}));
            else if (words[i].lower == "earlier")
                add(i, last, range_date(monday, std::max(monday, *pub - days{1})));
            else
                add(i, last, range_date(monday, monday + days{6}));
            i = last;
            continue;
        }
        if (phrase({"last", "month"}) || phrase({"this", "month"}) || phrase({"earlier", "this", "month"}) ||
            phrase({"next", "month"})) {
            std::size_t last = words[i].lower == "earlier" ? i + 2 : i + 1;
            if (!pub) {
                add(i, last, needs_pub("a month"));
                i = last;
                continue;
            }
            year_month_day published{*pub};
            auto month_start = year_month_day{published.year(), published.month(), std::chrono::day{1}};
            auto ym = published.year() / published.month();
            if (words[i].lower == "last") ym -= months{1};
            if (words[i].lower == "next") ym += months{1};
            auto first_day = sys_days{ym / 1};
            auto last_day = sys_days{ym / std::chrono::last};
            (void)month_start;
            if (words[i].lower == "this" || words[i].lower == "earlier")
                add(i, last,
                    {iso_month(static_cast<int>(ym.year()),
                               static_cast<int>(static_cast<unsigned>(ym.month()))),
                     DatePrecision::month});
            else
                add(i, last, range_date(first_day, last_day));
            i = last;
            continue;
        }
        if (phrase({"earlier", "this", "year"}) || phrase({"this", "year"}) || phrase({"last", "year"}) ||
            phrase({"next", "year"})) {
            std::size_t last = words[i].lower == "earlier" ? i + 2 : i + 1;
            if (!pub) {
                add(i, last, needs_pub("a year"));
                i = last;
                continue;
            }
            int year = static_cast<int>(year_month_day{*pub}.year());
            if (words[i].lower == "last") --year;
            if (words[i].lower == "next") ++year;
            ResolvedDate date{std::to_string(year), DatePrecision::year};
            if (words[i].lower == "earlier") date.value += "~";
            add(i, last, date);
            i = last;
            continue;
        }
        if (w == "yesterday" || w == "today" || w == "hier" || w == "tomorrow" || w == "demain") {
            if (!pub) {
                add(i, i, needs_pub(w));
                continue;
            }
            int shift = (w == "yesterday" || w == "hier") ? -1 : (w == "today" ? 0 : 1);
            add(i, i, day_date(year_month_day{*pub + days{shift}}));
            continue;
        }
        if (int year = year_of(w);
            year && i > 0 &&
            (words[i - 1].lower == "in" || words[i - 1].lower == "en" || words[i - 1].lower == "since")) {
            add(i, i, {std::to_string(year), DatePrecision::year});
        }
    }
    return out;
}

}  // namespace mssops::extract
