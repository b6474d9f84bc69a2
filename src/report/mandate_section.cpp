#include "report/mandate_section.hpp"

#include "report/figure_format.hpp"
#include "report/report_language.hpp"

namespace mssops::report {
namespace {

std::string action_words(domain::MandateAction action) {
    switch (action) {
        case domain::MandateAction::authorize:
            return tr("mandate.action_authorize");
        case domain::MandateAction::extend:
            return tr("mandate.action_extend");
        case domain::MandateAction::modify:
            return tr("mandate.action_modify");
        case domain::MandateAction::terminate:
            return tr("mandate.action_terminate");
    }
    return tr("mandate.action_other");
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
        section.statements.push_back(tr("mandate.none_stored", {{"day", format_day(status.at)}}));
        return section;
    }
    const domain::MandatePeriod& period = *status.period;
    std::vector<int> cited = footnotes.cite_all({period.source_id});
    std::string ends = format_day(period.end) + (period.end_approximate ? tr("mandate.approximate") : "");
    section.figures.push_back({tr(status.in_force ? "mandate.resolution_in_force" : "mandate.last_resolution",
                                  {{"day", format_day(status.at)}}),
                               tr("mandate.resolution_value", {{"label", period.label},
                                                               {"day", format_day(period.start)},
                                                               {"action", action_words(period.action)}}),
                               "", cited});
    if (status.in_force) {
        section.figures.push_back({tr("mandate.ends"), ends, "", cited});
        section.figures.push_back({tr("mandate.days_left_on", {{"day", format_day(status.at)}}),
                                   format_count(*status.days_remaining), "", cited});
    } else if (status.succeeded_by) {
        // A mission replaced on purpose did not lapse: say who took over, under which resolution and vote.
        const domain::MandateSuccession& succession = *status.succeeded_by;
        section.figures.push_back({tr("mandate.ended"), tr("mandate.ran_to", {{"day", ends}}), "", cited});
        section.figures.push_back(
            {tr("mandate.succeeded_by"), succession.successor_name,
             tr("report.succeeded", {{"text", say(succession.text_coded, succession.text)}}),
             footnotes.cite_all({succession.source_id})});
    } else {
        section.figures.push_back({tr("mandate.lapsed"), tr("mandate.ran_to", {{"day", ends}}), "", cited});
    }
    for (const auto& alert : status.alerts)
        section.figures.push_back(
            {alert.threshold_days == 0
                 ? tr("mandate.alert_lapsed")
                 : tr("mandate.alert_days", {{"days", std::int64_t{alert.threshold_days}}}),
             tr("mandate.since", {{"day", format_day(alert.fires_on)}}),
             say(alert.message_coded, alert.message) + ".", cited});
    if (status.in_force && status.alerts.empty())
        section.statements.push_back(tr("mandate.no_alert", {{"day", format_day(status.at)}}));
    if (status.next_alert)
        section.figures.push_back(
            {tr("mandate.next_alert", {{"days", std::int64_t{status.next_alert->threshold_days}}}),
             format_day(status.next_alert->fires_on), "", cited});
    for (const auto& gap : status.gaps)
        section.figures.push_back({tr("mandate.gap"),
                                   tr("mandate.gap_value", {{"from", format_day(gap.from)},
                                                            {"to", format_day(gap.to)},
                                                            {"days", std::int64_t{gap.days}}}),
                                   tr("mandate.between", {{"after", gap.after}, {"before", gap.before}}),
                                   footnotes.cite_all(gap_sources(end.mandate_timeline, gap))});
    return section;
}

}  // namespace mssops::report
