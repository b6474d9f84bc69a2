#include "domain/strength_forecast.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "domain/evidence_age.hpp"
#include "domain/strength.hpp"

namespace mssops::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

PaceForecast forecast_at_pace(const TargetForecast& forecast, const std::vector<DeploymentEvent>& events,
                              const std::vector<StrengthReport>& reports, const SourceIndex& sources,
                              sys_days at, int window_days) {
    PaceForecast pace;
    pace.window_days = window_days;
    pace.window_start = at - days{window_days};
    StrengthFigure start =
        stated_strength(events, reports, sources, forecast.target.personnel_type, pace.window_start);
    pace.net_change = forecast.current.count - start.count;
    pace.per_day = static_cast<double>(pace.net_change) / window_days;
    auto windowed = [&](const char* code) {
        return message(code).with("from", to_iso_day(pace.window_start)).with("to", to_iso_day(at));
    };
    pace.last_evidence = newest_strength_evidence(events, reports, forecast.target.personnel_type, at);
    pace.no_recent_data = !pace.last_evidence || pace.last_evidence->first_day() <= pace.window_start;
    if (forecast.remaining == 0) {
        pace.reachable = true;
        pace.reached_on = at;
        pace.reason_coded = message("forecast.already_reached")
                                .with("current", std::to_string(forecast.current.count))
                                .with("target", std::to_string(forecast.target.number));
    } else if (pace.no_recent_data) {
        // Days without a figure are not days without change: a pace measured over them would be made up.
        pace.net_change = 0;
        pace.per_day = 0;
        if (pace.last_evidence) {
            std::string last = pace.last_evidence->to_text();
            if (!last.empty() && last.back() == '~') last.pop_back();
            bool inexact =
                pace.last_evidence->approximate || pace.last_evidence->precision != DatePrecision::day;
            pace.reason_coded = windowed("forecast.no_pace_after")
                                    .with("approximate", inexact ? "yes" : "no")
                                    .with("last", last);
        } else {
            pace.reason_coded = message("forecast.no_figure").with("at", to_iso_day(at));
        }
    } else if (pace.net_change <= 0) {
        pace.reason_coded =
            windowed("forecast.unreachable").with("net_change", std::to_string(pace.net_change));
    } else {
        // Whole days: the target is met on the first day the linear projection reaches it.
        auto needed = static_cast<std::int64_t>(std::ceil(
            static_cast<double>(forecast.remaining) * window_days / static_cast<double>(pace.net_change)));
        pace.reachable = true;
        pace.reached_on = at + days{needed};
        pace.reason_coded = windowed("forecast.pace")
                                .with("net_change", std::to_string(pace.net_change))
                                .with("window_days", std::to_string(window_days))
                                .with("remaining", std::to_string(forecast.remaining))
                                .with("needed", std::to_string(needed));
    }
    pace.reason = english(pace.reason_coded);
    pace.on_time = pace.reached_on && *pace.reached_on <= forecast.due;
    return pace;
}

PledgeForecast forecast_on_pledges(const TargetForecast& forecast, const std::vector<DeploymentEvent>& events,
                                   sys_days at) {
    PledgeForecast pledges;
    std::vector<DeploymentEvent> typed;
    for (const auto& event : events)
        if (counts_toward(event.personnel_type, forecast.target.personnel_type)) typed.push_back(event);

    // What each contingent pledged by `at` and has not delivered arrives at once: its date has passed.
    StrengthAt now = strength_at(typed, at);
    for (const auto& contingent : now.contingents) pledges.overdue += contingent.outstanding;
    std::map<sys_days, std::int64_t> schedule;
    if (pledges.overdue > 0) schedule[at] += pledges.overdue;
    for (const auto& event : typed) {
        if (event.kind != DeploymentKind::pledged) continue;
        if (event.date.first_day() > at) schedule[event.date.first_day()] += event.count;
        if (!event.source_id.empty() && std::find(pledges.source_ids.begin(), pledges.source_ids.end(),
                                                  event.source_id) == pledges.source_ids.end())
            pledges.source_ids.push_back(event.source_id);
    }

    std::int64_t level = forecast.current.count;
    for (const auto& [day, count] : schedule) {
        pledges.outstanding += count;
        level += count;
        if (!pledges.reached_on && level >= forecast.target.number && forecast.remaining > 0)
            pledges.reached_on = day;
    }
    pledges.attainable = forecast.current.count + pledges.outstanding;
    if (forecast.remaining == 0) {
        pledges.reachable = true;
        pledges.reached_on = at;
        pledges.reason_coded = message("pledges.already_reached");
    } else if (!pledges.reached_on) {
        pledges.reason_coded = message("pledges.unreachable")
                                   .with("current", std::to_string(forecast.current.count))
                                   .with("outstanding", std::to_string(pledges.outstanding))
                                   .with("attainable", std::to_string(pledges.attainable))
                                   .with("short", std::to_string(forecast.target.number - pledges.attainable))
                                   .with("target", std::to_string(forecast.target.number));
    } else {
        pledges.reachable = true;
        pledges.reason_coded = message("pledges.reached")
                                   .with("reached_on", to_iso_day(*pledges.reached_on))
                                   .with("overdue", std::to_string(pledges.overdue));
    }
    pledges.reason = english(pledges.reason_coded);
    pledges.on_time = pledges.reached_on && *pledges.reached_on <= forecast.due;
    return pledges;
}

}  // namespace

Result<void> validate_forecast_options(const ForecastOptions& options) {
    if (options.window_days < 1 || options.window_days > 3650)
        return Error::invalid("window_days", "must be a whole number of days from 1 to 3650, got " +
                                                 std::to_string(options.window_days));
    return {};
}

TargetForecast forecast_target(const StrengthTarget& target, const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, sys_days at,
                               const ForecastOptions& options, const SourceIndex& sources) {
    MSSOPS_VERIFY(options.window_days > 0);
    TargetForecast forecast;
    forecast.target = target;
    forecast.due = target.by_date.last_day();
    forecast.current = stated_strength(events, reports, sources, target.personnel_type, at);
    forecast.progress = static_cast<double>(forecast.current.count) / static_cast<double>(target.number);
    forecast.remaining = std::max<std::int64_t>(0, target.number - forecast.current.count);
    forecast.due_date_passed = forecast.due <= at;
    forecast.pace = forecast_at_pace(forecast, events, reports, sources, at, options.window_days);
    forecast.pledges = forecast_on_pledges(forecast, events, at);

    if (forecast.due_date_passed) {
        forecast.at_due = stated_strength(events, reports, sources, target.personnel_type, forecast.due);
        forecast.shortfall_on_due = std::max<std::int64_t>(0, target.number - forecast.at_due->count);
        forecast.shortfall_basis = ShortfallBasis::observed;
    } else if (forecast.pace.no_recent_data) {
        // Without a pace there is no projection: the shortfall is what is missing on the last figure.
        forecast.shortfall_on_due = forecast.remaining;
        forecast.shortfall_basis = ShortfallBasis::no_recent_data;
    } else {
        double days_left = static_cast<double>((forecast.due - at).count());
        double projected =
            static_cast<double>(forecast.current.count) + std::max(0.0, forecast.pace.per_day) * days_left;
        forecast.shortfall_on_due =
            std::max<std::int64_t>(0, target.number - static_cast<std::int64_t>(std::floor(projected)));
        forecast.shortfall_basis = ShortfallBasis::projected_at_pace;
    }
    return forecast;
}

const char* to_text(ShortfallBasis basis) {
    switch (basis) {
        case ShortfallBasis::observed:
            return "observed";
        case ShortfallBasis::projected_at_pace:
            return "projected_at_pace";
        case ShortfallBasis::no_recent_data:
            return "no_recent_data";
    }
    return "observed";
}

}  // namespace mssops::domain
