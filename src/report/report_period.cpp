#include "report/report_period.hpp"

#include <string>

#include "domain/partial_date.hpp"

namespace mssops::report {

using domain::Error;
using std::chrono::sys_days;

std::int64_t ReportPeriod::days() const {
    return (to - from).count() + 1;
}

ReportPeriod ReportPeriod::previous() const {
    return {from - std::chrono::days{days()}, from - std::chrono::days{1}};
}

domain::Result<ReportPeriod> report_period(std::string_view from, std::string_view to, sys_days today) {
    ReportPeriod period;
    // The day before today is the last one whose events can all be in the store.
    period.to = today - std::chrono::days{1};
    if (!to.empty()) {
        auto day = domain::parse_iso_day(to, "to");
        if (!day) return day.error();
        period.to = *day;
    }
    period.from = period.to - std::chrono::days{default_report_days - 1};
    if (!from.empty()) {
        auto day = domain::parse_iso_day(from, "from");
        if (!day) return day.error();
        period.from = *day;
    }
    if (period.from > period.to) {
        if (to.empty())
            return Error::invalid("from", "must be on or before the last full day, " +
                                              domain::to_iso_day(period.to) +
                                              ", when to is not given, got \"" + std::string(from) + "\"");
        return Error::invalid("to", "must be on or after from (" + domain::to_iso_day(period.from) +
                                        "), got \"" + std::string(to) + "\"");
    }
    if (period.days() > max_report_days)
        return Error::invalid("from", "must be at most " + std::to_string(max_report_days) +
                                          " days before to, got " + std::to_string(period.days()) +
                                          " days from " + domain::to_iso_day(period.from));
    return period;
}

}  // namespace mssops::report
