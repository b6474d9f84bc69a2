#include "report/situation_report.hpp"

#include "report/council_section.hpp"
#include "report/figure_format.hpp"
#include "report/footnote_list.hpp"
#include "report/funding_section.hpp"
#include "report/incident_section.hpp"
#include "report/mandate_section.hpp"
#include "report/report_language.hpp"
#include "report/strength_section.hpp"

namespace mssops::report {

domain::Result<SituationReport> build_situation_report(const ReportFacts& facts, const ReportPeriod& period,
                                                       const domain::EvidenceOptions& evidence) {
    const domain::Mission& mission = facts.mission.mission;
    SituationReport report;
    report.title = tr(mission.acronym.empty() ? "report.title" : "report.title_with_acronym",
                      {{"name", mission.name}, {"acronym", mission.acronym}});
    report.mission = mission.slug;
    report.period = period;
    ReportPeriod before = period.previous();
    report.preamble.push_back(tr("report.period", {{"from", format_day(period.from)},
                                                   {"to", format_day(period.to)},
                                                   {"days", static_cast<std::int64_t>(period.days())}}));
    report.preamble.push_back(tr(
        "report.as_of", {{"to", format_day(period.to)}, {"days", static_cast<std::int64_t>(before.days())}}));
    report.preamble.push_back(tr("report.footnotes"));

    FootnoteList footnotes(facts.sources);
    const domain::ForecastOptions options;
    domain::MissionSummary start = domain::summarize_mission(facts.mission, period.from, options);
    domain::MissionSummary end = domain::summarize_mission(facts.mission, period.to, options, evidence);
    // Old evidence is said before any figure, so no reader takes a two-year-old count for today's.
    for (const auto& stale : end.stale)
        report.preamble.push_back(
            tr("report.warning",
               {{"day", format_day(period.to)}, {"message", say(stale.message_coded, stale.message)}}));
    if (end.mandate.succeeded_by)
        report.preamble.push_back(tr("report.succeeded", {{"text", say(end.mandate.succeeded_by->text_coded,
                                                                       end.mandate.succeeded_by->text)}}));
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
