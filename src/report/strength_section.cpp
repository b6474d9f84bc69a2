#include "report/strength_section.hpp"

#include "report/figure_format.hpp"
#include "report/report_language.hpp"

namespace mssops::report {
namespace {

// A figure resting on several sources cites them all; the target's own source comes first.
std::vector<int> cite(FootnoteList& footnotes, std::vector<std::string> first,
                      const std::vector<std::string>& then) {
    first.insert(first.end(), then.begin(), then.end());
    return footnotes.cite_all(first);
}

void add_head_count(ReportSection& section, const domain::StrengthFigure& figure, const std::string& label,
                    FootnoteList& footnotes) {
    if (figure.basis == domain::FigureBasis::none) {
        section.statements.push_back("No strength report or deployment event is stored on or before " +
                                     format_day(figure.at) + ".");
        return;
    }
    std::string note = "Rule: " + figure.rule + ".";
    if (!figure.stated) note += " Derived: no single source states this number.";
    // A stated figure cites its source; a derived one every source behind it, those set aside included.
    section.figures.push_back(
        {label, format_count(figure.count, figure.qualifier), note,
         footnotes.cite_all(figure.stated ? figure.source_ids : figure.evidence_source_ids)});
}

std::string evidence_text(const domain::StrengthEvidenceItem& item) {
    std::string text = item.key + " (" + item.what + " " + format_count(item.count) + ", " +
                       format_date(item.date) + ", " + item.source_kind + "): " + domain::to_text(item.role);
    if (!item.same_as.empty()) text += " to " + item.same_as;
    return text;
}

// What each contingent's figure rests on: the base report and the movements, counted or set aside.
FigureTable contingent_evidence(const domain::StrengthFigure& figure, FootnoteList& footnotes) {
    FigureTable table;
    table.caption = "What each contingent's figure rests on, " + format_day(figure.at);
    table.columns = {"Country", "Personnel", "Deployed", "Rule", "Reports and events"};
    for (const auto& contingent : figure.contingents) {
        std::string evidence;
        for (const auto& item : contingent.evidence)
            evidence += (evidence.empty() ? "" : "; ") + evidence_text(item);
        table.rows.push_back(
            {{contingent.country, domain::to_text(contingent.personnel_type),
              format_count(contingent.count, contingent.qualifier), contingent.rule, evidence},
             footnotes.cite_all(contingent.evidence_source_ids)});
    }
    return table;
}

// Every disagreement among sources, each value with its source and date and the one used.
FigureTable disagreements(const domain::StrengthFigure& figure, FootnoteList& footnotes) {
    FigureTable table;
    table.caption = "Sources disagree (" + std::to_string(figure.conflicts.size()) + ")";
    table.columns = {"Fact", "Value", "As of", "Source kind", "Used"};
    for (const auto& conflict : figure.conflicts)
        for (const auto& claim : conflict.claims)
            table.rows.push_back({{conflict.subject, claim.value, format_date(claim.as_of), claim.source_kind,
                                   claim.used ? "used: " + conflict.rule : "not used"},
                                  footnotes.cite_all(claim.source_ids)});
    return table;
}

void add_stated(ReportSection& section, const domain::StrengthFigure& figure, FootnoteList& footnotes) {
    if (!figure.report) return;
    const domain::StrengthReport& report = *figure.report;
    section.figures.push_back(
        {"Head count stated by a source",
         format_count(report.count, report.qualifier) + " " + domain::to_text(report.personnel_type) + ", " +
             format_date(report.date),
         "The latest mission-wide strength report on or before " + format_day(figure.at) + ".",
         footnotes.cite_all({report.source_id})});
}

FigureTable by_country(const domain::MissionSummary& end, FootnoteList& footnotes) {
    FigureTable table;
    table.caption = "Deployed by contributing country on " + format_day(end.at) +
                    " (latest per-country report plus later movements, each movement counted once)";
    table.columns = {"Country", "Deployed", "Pledged", "Pledged, not yet deployed"};
    for (const auto& group : end.by_country) {
        std::string deployed = format_count(group.deployed);
        if (group.approximate) deployed = "about " + deployed;
        table.rows.push_back(
            {{group.label, deployed, format_count(group.pledged), format_count(group.outstanding)},
             footnotes.cite_all(group.source_ids)});
    }
    return table;
}

std::string reached_text(const std::optional<std::chrono::sys_days>& day, bool on_time) {
    if (!day) return "not reached";
    return format_day(*day) + (on_time ? " (on time)" : " (after the target date)");
}

void add_target(ReportSection& section, const domain::TargetForecast& forecast, FootnoteList& footnotes) {
    const domain::StrengthTarget& target = forecast.target;
    const std::vector<std::string> target_source = {target.source_id};
    std::string name = format_count(target.number) + " " + domain::to_text(target.personnel_type) + " by " +
                       format_date(target.by_date);
    std::string stated = target.stated_on ? "Stated on " + format_date(*target.stated_on) + "." : "";
    section.figures.push_back({"Target", name, stated, footnotes.cite_all(target_source)});
    section.figures.push_back({"Progress on " + format_day(forecast.current.at),
                               format_count(forecast.current.count, forecast.current.qualifier) + " of " +
                                   format_count(target.number) + " (" + format_percent(forecast.progress) +
                                   "), " + format_count(forecast.remaining) + " to go",
                               "", cite(footnotes, target_source, forecast.current.source_ids)});
    section.figures.push_back(
        {"Target reached, at the pace of the last " + std::to_string(forecast.pace.window_days) + " days",
         reached_text(forecast.pace.reached_on, forecast.pace.on_time),
         "Forecast: " + forecast.pace.reason + ".",
         cite(footnotes, target_source, forecast.current.source_ids)});
    std::vector<std::string> pledge_sources = forecast.current.source_ids;
    pledge_sources.insert(pledge_sources.end(), forecast.pledges.source_ids.begin(),
                          forecast.pledges.source_ids.end());
    section.figures.push_back({"Target reached, on the pledges recorded",
                               reached_text(forecast.pledges.reached_on, forecast.pledges.on_time),
                               "Forecast: " + forecast.pledges.reason + ".",
                               cite(footnotes, target_source, pledge_sources)});
    section.figures.push_back(
        {"Shortfall on " + format_day(forecast.due), format_count(forecast.shortfall_on_due),
         forecast.shortfall_basis == domain::ShortfallBasis::observed ? "Observed on the due date."
                                                                      : "Projected at the observed pace.",
         cite(footnotes, target_source,
              forecast.at_due ? forecast.at_due->source_ids : forecast.current.source_ids)});
}

}  // namespace

ReportSection strength_section(const domain::MissionSummary& start, const domain::MissionSummary& end,
                               FootnoteList& footnotes) {
    ReportSection section;
    section.title = tr("section.strength");
    add_head_count(section, end.strength, "Deployed on " + format_day(end.at), footnotes);
    add_stated(section, end.strength, footnotes);
    add_head_count(section, start.strength,
                   "Deployed on " + format_day(start.at) + ", the period's first day", footnotes);
    if (!end.by_country.empty()) section.tables.push_back(by_country(end, footnotes));
    if (!end.strength.contingents.empty())
        section.tables.push_back(contingent_evidence(end.strength, footnotes));
    if (!end.strength.conflicts.empty()) {
        for (const auto& conflict : end.strength.conflicts)
            section.statements.push_back("Sources disagree on " + conflict.subject + ": " +
                                         std::to_string(conflict.claims.size()) + " values; used " +
                                         conflict.used_value + " (" + conflict.rule + ").");
        section.tables.push_back(disagreements(end.strength, footnotes));
    }
    for (const auto& warning : end.contingents.warnings)
        section.statements.push_back("Deployment events disagree: " + warning + ".");
    if (end.targets.empty()) section.statements.push_back("No strength target is stored for this mission.");
    for (const auto& forecast : end.targets) add_target(section, forecast, footnotes);
    return section;
}

}  // namespace mssops::report
