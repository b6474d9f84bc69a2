#include "report/mandate_section.hpp"

#include "report/figure_format.hpp"
#include "report/report_language.hpp"

namespace mssops::report {
namespace {

const char* action_words(domain::MandateAction action) {
    switch (action) {
        case domain::MandateAction::authorize:
            return "authorizes the mission";
        case domain::MandateAction::extend:
            return "extends the mandate";
        case domain::MandateAction::modify:
            return "modifies the mandate";
        case domain::MandateAction::terminate:
            return "ends the mandate";
    }
    return "sets the mandate";
}

// The sources of the resolutions on either side of a gap, found by their labels.
std::vector<std::string> gap_sources(const domain::MandateTimeline& timeline, const domain::MandateGap& gap) {
    std::vector<std::string> sources;
    for (const auto& period : timeline.periods)
        if (period.label == gap.after || period.label == gap.before) sources.push_back(period.source_id);
    return sources;
}

}  // namespace

ReportSection mandate_section(const domain::MissionSummary& end, FootnoteList& footnotes) {
    ReportSection section;
    section.title = tr("section.mandate");
    const domain::MandateStatus& status = end.mandate;
    if (!status.period) {
        section.statements.push_back("No mandate is stored on or before " + format_day(status.at) + ".");
        return section;
    }
    const domain::MandatePeriod& period = *status.period;
    std::vector<int> cited = footnotes.cite_all({period.source_id});
    std::string ends = format_day(period.end) + (period.end_approximate ? " (approximate)" : "");
    section.figures.push_back(
        {status.in_force ? "Resolution in force on " + format_day(status.at)
                         : "Last resolution before " + format_day(status.at),
         period.label + ", adopted " + format_day(period.start) + ", " + action_words(period.action), "",
         cited});
    if (status.in_force) {
        section.figures.push_back({"Mandate ends", ends, "", cited});
        section.figures.push_back(
            {"Days left on " + format_day(status.at), format_count(*status.days_remaining), "", cited});
    } else if (status.succeeded_by) {
        // A mission replaced on purpose did not lapse: say who took over, under which resolution and vote.
        const domain::MandateSuccession& succession = *status.succeeded_by;
        section.figures.push_back({"Mandate ended", "ran to " + ends, "", cited});
        section.figures.push_back({"Succeeded by", succession.successor_name,
                                   "The mission was " + succession.text + ".",
                                   footnotes.cite_all({succession.source_id})});
    } else {
        section.figures.push_back({"Mandate lapsed", "ran to " + ends, "", cited});
    }
    for (const auto& alert : status.alerts)
        section.figures.push_back({alert.threshold_days == 0
                                       ? "Alert: mandate lapsed"
                                       : "Alert: " + std::to_string(alert.threshold_days) + " days to expiry",
                                   "since " + format_day(alert.fires_on), alert.message + ".", cited});
    if (status.in_force && status.alerts.empty())
        section.statements.push_back("No expiry alert (90, 30 or 7 days before the end) has fired by " +
                                     format_day(status.at) + ".");
    if (status.next_alert)
        section.figures.push_back(
            {"Next alert: " + std::to_string(status.next_alert->threshold_days) + " days to expiry",
             format_day(status.next_alert->fires_on), "", cited});
    for (const auto& gap : status.gaps)
        section.figures.push_back(
            {"Gap without a mandate",
             format_day(gap.from) + " to " + format_day(gap.to) + " (" + format_count(gap.days) + " days)",
             "Between " + gap.after + " and " + gap.before + ".",
             footnotes.cite_all(gap_sources(end.mandate_timeline, gap))});
    return section;
}

}  // namespace mssops::report
