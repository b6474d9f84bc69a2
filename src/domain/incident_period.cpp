#include "domain/incident_period.hpp"

#include <cstdio>

#include "domain/partial_date.hpp"

namespace mssops::domain {

using namespace std::chrono;

std::optional<IncidentPeriod> incident_period_from_text(std::string_view text) {
    if (text == "day") return IncidentPeriod::day;
    if (text == "week") return IncidentPeriod::week;
    if (text == "month") return IncidentPeriod::month;
    return std::nullopt;
}

const char* to_text(IncidentPeriod period) {
    switch (period) {
        case IncidentPeriod::day:
            return "day";
        case IncidentPeriod::week:
            return "week";
        case IncidentPeriod::month:
            return "month";
    }
    return "day";
}

sys_days period_start(sys_days day, IncidentPeriod period) {
    switch (period) {
        case IncidentPeriod::day:
            return day;
        case IncidentPeriod::week:
            return day - (weekday{day} - Monday);
        case IncidentPeriod::month: {
            year_month_day ymd{day};
            return sys_days{ymd.year() / ymd.month() / 1};
        }
    }
    return day;
}

std::string period_label(sys_days start, IncidentPeriod period) {
    char text[16];
    if (period == IncidentPeriod::week) {
        // ISO 8601: a week belongs to the year of its Thursday, and week 1 holds the year's first Thursday.
        sys_days thursday = period_start(start, IncidentPeriod::week) + days{3};
        year_month_day ymd{thursday};
        sys_days first_of_year{ymd.year() / January / 1};
        int week = static_cast<int>((thursday - first_of_year).count() / 7) + 1;
        std::snprintf(text, sizeof text, "%04d-W%02d", static_cast<int>(ymd.year()), week);
        return text;
    }
    if (period == IncidentPeriod::month) {
        year_month_day ymd{start};
        std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()));
        return text;
    }
    return to_iso_day(start);
}

}  // namespace mssops::domain
