#include "domain/stated_strength.hpp"

#include <algorithm>

#include "domain/strength.hpp"

namespace mssops::domain {
namespace {

using std::chrono::sys_days;

bool matches(const StrengthReport& report, PersonnelType type) {
    // A whole-mission count of police is the best statement of the mission's head count its source
    // gives, so it stands for `all`; the figure keeps the report, whose type says what it counted.
    return report.country.empty() && (type == PersonnelType::all || report.personnel_type == type);
}

std::vector<DeploymentEvent> events_of(const std::vector<DeploymentEvent>& events, PersonnelType type) {
    std::vector<DeploymentEvent> kept;
    for (const auto& event : events)
        if (counts_toward(event.personnel_type, type)) kept.push_back(event);
    return kept;
}

void add_source(std::vector<std::string>& sources, const std::string& source_id) {
    if (!source_id.empty() && std::find(sources.begin(), sources.end(), source_id) == sources.end())
        sources.push_back(source_id);
}

}  // namespace

StrengthFigure stated_strength(const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, PersonnelType type, sys_days at) {
    StrengthFigure figure;
    figure.at = at;
    figure.personnel_type = type;

    const StrengthReport* latest = nullptr;
    for (const auto& report : reports)
        if (matches(report, type) && report.date.first_day() <= at &&
            (!latest || latest->date.first_day() <= report.date.first_day()))
            latest = &report;

    std::vector<DeploymentEvent> typed = events_of(events, type);
    StrengthAt now = strength_at(typed, at);

    if (!latest) {
        figure.count = now.deployed;
        figure.basis = now.contingents.empty() ? FigureBasis::none : FigureBasis::deployment_events;
        figure.approximate = now.approximate;
        figure.qualifier = now.approximate ? CountQualifier::approximately : CountQualifier::exact;
        figure.source_ids = now.source_ids;
        figure.rule = figure.basis == FigureBasis::none
                          ? "no strength report or deployment event on or before " + to_iso_day(at)
                          : "sum of deployment events on or before " + to_iso_day(at) +
                                " (no strength report on or before that date)";
        return figure;
    }

    sys_days report_day = latest->date.first_day();
    StrengthAt then = strength_at(typed, report_day);
    figure.report = *latest;
    figure.event_adjustment = now.deployed - then.deployed;
    figure.count = std::max<std::int64_t>(0, latest->count + figure.event_adjustment);
    figure.qualifier = latest->qualifier;
    figure.approximate = latest->qualifier != CountQualifier::exact ||
                         latest->date.precision != DatePrecision::day || latest->date.approximate;
    add_source(figure.source_ids, latest->source_id);
    bool later_events = false;
    for (const auto& event : typed) {
        auto day = event.date.first_day();
        if (day > report_day && day <= at && event.kind != DeploymentKind::pledged) {
            later_events = true;
            add_source(figure.source_ids, event.source_id);
            figure.approximate =
                figure.approximate || event.date.precision != DatePrecision::day || event.date.approximate;
        }
    }
    figure.basis = later_events ? FigureBasis::strength_report_and_events : FigureBasis::strength_report;
    figure.rule =
        "latest strength report on or before " + to_iso_day(at) + " (" + latest->date.to_text() + ")";
    if (later_events)
        figure.rule += ", plus the net movement of " + std::to_string(figure.event_adjustment) +
                       " recorded by deployment events dated after it";
    return figure;
}

const char* to_text(FigureBasis basis) {
    switch (basis) {
        case FigureBasis::strength_report:
            return "strength_report";
        case FigureBasis::strength_report_and_events:
            return "strength_report_and_events";
        case FigureBasis::deployment_events:
            return "deployment_events";
        case FigureBasis::none:
            return "none";
    }
    return "none";
}

}  // namespace mssops::domain
