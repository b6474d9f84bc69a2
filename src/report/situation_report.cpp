#include "report/situation_report.hpp"

#include "report/council_section.hpp"
#include "report/figure_format.hpp"
#include "report/footnote_list.hpp"
#include "report/funding_section.hpp"
#include "report/incident_section.hpp"
#include "report/mandate_section.hpp"
#include "report/strength_section.hpp"

namespace mssops::report {

domain::Result<SituationReport> build_situation_report(const ReportFacts& facts, const ReportPeriod& period,
                                                       const domain::EvidenceOptions& evidence) {
    const domain::Mission& mission = facts.mission.mission;
    SituationReport report;
    report.title =
        "Situation report: " + mission.name + (mission.acronym.empty() ? "" : " (" + mission.acronym + ")");
    report.mission = mission.slug;
    report.period = period;
    ReportPeriod before = period.previous();
    report.preamble.push_back("Period: " + format_day(period.from) + " to " + format_day(period.to) + " (" +
                              format_count(period.days()) + " days).");
    report.preamble.push_back("Strength, the mandate and the Council's outlook are given as they stand on " +
                              format_day(period.to) +
                              ", funding as of the end of that month; incidents are counted over the period "
                              "and compared with the " +
                              format_count(before.days()) + " days before it.");
    report.preamble.push_back(
        "Each figure carries a numbered footnote naming the stored record it rests on; "
        "sources marked synthetic are generated data, not publications.");

    FootnoteList footnotes(facts.sources);
    const domain::ForecastOptions options;
    domain::MissionSummary start = domain::summarize_mission(facts.mission, period.from, options);
    domain::MissionSummary end = domain::summarize_mission(facts.mission, period.to, options, evidence);
    // Old evidence is said before any figure, so no reader takes a two-year-old count for today's.
    for (const auto& stale : end.stale)
        report.preamble.push_back("Warning: on " + format_day(period.to) + " " + stale.message + ".");
    if (end.mandate.succeeded_by)
        report.preamble.push_back("The mission was " + end.mandate.succeeded_by->text + ".");
    report.sections.push_back(strength_section(start, end, footnotes));
    report.sections.push_back(mandate_section(end, footnotes));
    report.sections.push_back(council_section(facts, period, footnotes));
    auto funding = funding_section(facts, end, footnotes);
    if (!funding) return funding.error();
    report.sections.push_back(std::move(funding).value());
    report.sections.push_back(incident_section(facts.incidents, period, footnotes));
    report.footnotes = footnotes.footnotes();
    return report;
}

}  // namespace mssops::report
