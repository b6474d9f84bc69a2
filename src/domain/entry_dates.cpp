#include "domain/entry_dates.hpp"

#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"

namespace mssops::domain {

Result<void> check_not_in_future(std::string_view kind, const Fields& fields, std::chrono::sys_days today) {
    std::string what;
    if (kind == kinds::deployment_events) {
        const std::string* event = text_of(fields, "event");
        if (!event || *event == "pledged") return {};
        what = "an " + *event + " deployment event";
        if (*event != "arrived") what = "a " + *event + " deployment event";
    } else if (kind == kinds::strength_reports) {
        what = "a strength report";
    } else {
        return {};
    }
    const std::string* text = text_of(fields, "date");
    if (!text) return {};
    auto date = PartialDate::parse(*text, "date");
    if (!date) return date.error();
    // A report cannot count people who have not arrived yet: what happened must have happened by today.
    if (date->first_day() > today)
        return Error::invalid("date", "must not be after today (" + to_iso_day(today) + ") for " + what +
                                          "; only a pledge or a target may be dated in the future, got " +
                                          *text);
    return {};
}

}  // namespace mssops::domain
