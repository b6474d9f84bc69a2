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
        section.statements.push_back(tr("strength.none_stored", {{"day", format_day(figure.at)}}));
        return;
    }
    std::string note = tr("strength.rule", {{"rule", say(figure.rule_coded, figure.rule)}});
    if (!figure.stated) note += tr("strength.derived");
    // A stated figure cites its source; a derived one every source behind it, those set aside included.
    section.figures.push_back(
        {label, format_count(figure.count, figure.qualifier), note,
         footnotes.cite_all(figure.stated ? figure.source_ids : figure.evidence_source_ids)});
}

// The value a conflict used, said as its claim is: "400 arrivés le 2024-06-25".
std::string used_value(const domain::ClaimConflict& conflict) {
    for (const auto& claim : conflict.claims)
        if (claim.used) return say(claim.value_coded, claim.value);
    return conflict.used_value;
}

std::string evidence_text(const domain::StrengthEvidenceItem& item) {
    // Keys are data; what the item is, its source's kind and its role are said in the report language.
    std::string text = tr("strength.evidence_item", {{"key", item.key},
                                                     {"what", term(item.what)},
                                                     {"count", format_count(item.count)},
                                                     {"date", format_date(item.date)},
                                                     {"source_kind", term(item.source_kind)},
                                                     {"role", term(domain::to_text(item.role))}});
    if (!item.same_as.empty())
        text = tr("strength.evidence_same_as", {{"item", text}, {"same_as", item.same_as}});
    return text;
}

// What each contingent's figure rests on: the base report and the movements, counted or set aside.
FigureTable contingent_evidence(const domain::StrengthFigure& figure, FootnoteList& footnotes) {
    FigureTable table;
    table.caption = tr("strength.contingent_caption", {{"day", format_day(figure.at)}});
    table.columns = {tr("column.country"), tr("column.personnel"), tr("column.deployed"), tr("column.rule"),
                     tr("column.reports_and_events")};
    for (const auto& contingent : figure.contingents) {
        std::string evidence;
        for (const auto& item : contingent.evidence)
            evidence += (evidence.empty() ? "" : "; ") + evidence_text(item);
        table.rows.push_back({{contingent.country, term(domain::to_text(contingent.personnel_type)),
                               format_count(contingent.count, contingent.qualifier),
                               say(contingent.rule_coded, contingent.rule), evidence},
                              footnotes.cite_all(contingent.evidence_source_ids)});
    }
    return table;
}

// Every disagreement among sources, each value with its source and date and the one used.
FigureTable disagreements(const domain::StrengthFigure& figure, FootnoteList& footnotes) {
    FigureTable table;
    table.caption =
        tr("strength.disagree_caption", {{"count", static_cast<std::int64_t>(figure.conflicts.size())}});
    table.columns = {tr("column.fact"), tr("column.value"), tr("column.as_of"), tr("column.source_kind"),
                     tr("column.used")};
    for (const auto& conflict : figure.conflicts)
        for (const auto& claim : conflict.claims)
            table.rows.push_back(
                {{say(conflict.subject_coded, conflict.subject), say(claim.value_coded, claim.value),
                  format_date(claim.as_of), term(claim.source_kind),
                  claim.used ? tr("strength.used", {{"rule", say(conflict.rule_coded, conflict.rule)}})
                             : tr("strength.not_used")},
                 footnotes.cite_all(claim.source_ids)});
    return table;
}

void add_stated(ReportSection& section, const domain::StrengthFigure& figure, FootnoteList& footnotes) {
    if (!figure.report) return;
    const domain::StrengthReport& report = *figure.report;
    section.figures.push_back({tr("strength.stated_head_count"),
                               format_count(report.count, report.qualifier) + " " +
                                   domain::to_text(report.personnel_type) + ", " + format_date(report.date),
                               tr("strength.latest_report", {{"day", format_day(figure.at)}}),
                               footnotes.cite_all({report.source_id})});
}

FigureTable by_country(const domain::MissionSummary& end, FootnoteList& footnotes) {
    FigureTable table;
    table.caption = tr("strength.by_country_caption", {{"day", format_day(end.at)}});
    table.columns = {tr("column.country"), tr("column.deployed"), tr("column.pledged"),
                     tr("column.pledged_not_deployed")};
    for (const auto& group : end.by_country) {
        std::string deployed = format_count(group.deployed);
        if (group.approximate) deployed = tr("count.about", {{"count", deployed}});
        table.rows.push_back(
            {{group.label, deployed, format_count(group.pledged), format_count(group.outstanding)},
             footnotes.cite_all(group.source_ids)});
    }
    return table;
}

std::string reached_text(const std::optional<std::chrono::sys_days>& day, bool on_time) {
    if (!day) return tr("strength.not_reached");
    return tr(on_time ? "strength.reached_on_time" : "strength.reached_late", {{"day", format_day(*day)}});
}

void add_target(ReportSection& section, const domain::TargetForecast& forecast, FootnoteList& footnotes) {
    const domain::StrengthTarget& target = forecast.target;
    const std::vector<std::string> target_source = {target.source_id};
    std::string name =
        tr("strength.target_value", {{"count", format_count(target.number)},
                                     {"personnel", term(domain::to_text(target.personnel_type))},
                                     {"date", format_date(target.by_date)}});
    std::string stated =
        target.stated_on ? tr("strength.stated_on", {{"date", format_date(*target.stated_on)}}) : "";
    section.figures.push_back({tr("strength.target"), name, stated, footnotes.cite_all(target_source)});
    section.figures.push_back(
        {tr("strength.progress_on", {{"day", format_day(forecast.current.at)}}),
         tr("strength.progress_value",
            {{"count", format_count(forecast.current.count, forecast.current.qualifier)},
             {"target", format_count(target.number)},
             {"percent", format_percent(forecast.progress)},
             {"remaining", format_count(forecast.remaining)}}),
         "", cite(footnotes, target_source, forecast.current.source_ids)});
    section.figures.push_back(
        {tr("strength.reached_at_pace", {{"days", static_cast<std::int64_t>(forecast.pace.window_days)}}),
         reached_text(forecast.pace.reached_on, forecast.pace.on_time),
         tr("strength.forecast", {{"reason", say(forecast.pace.reason_coded, forecast.pace.reason)}}),
         cite(footnotes, target_source, forecast.current.source_ids)});
    std::vector<std::string> pledge_sources = forecast.current.source_ids;
    pledge_sources.insert(pledge_sources.end(), forecast.pledges.source_ids.begin(),
                          forecast.pledges.source_ids.end());
    section.figures.push_back(
        {tr("strength.reached_on_pledges"),
         reached_text(forecast.pledges.reached_on, forecast.pledges.on_time),
         tr("strength.forecast", {{"reason", say(forecast.pledges.reason_coded, forecast.pledges.reason)}}),
         cite(footnotes, target_source, pledge_sources)});
    section.figures.push_back(
        {tr("strength.shortfall_on", {{"day", format_day(forecast.due)}}),
         format_count(forecast.shortfall_on_due),
         forecast.shortfall_basis == domain::ShortfallBasis::observed ? tr("strength.observed_on_due")
                                                                      : tr("strength.projected"),
         cite(footnotes, target_source,
              forecast.at_due ? forecast.at_due->source_ids : forecast.current.source_ids)});
}

}  // namespace

ReportSection strength_section(const domain::MissionSummary& start, const domain::MissionSummary& end,
                               FootnoteList& footnotes) {
    ReportSection section;
    section.title = tr("section.strength");
    add_head_count(section, end.strength, tr("strength.deployed_on", {{"day", format_day(end.at)}}),
                   footnotes);
    add_stated(section, end.strength, footnotes);
    add_head_count(section, start.strength,
                   tr("strength.deployed_on_first_day", {{"day", format_day(start.at)}}), footnotes);
    if (!end.by_country.empty()) section.tables.push_back(by_country(end, footnotes));
    if (!end.strength.contingents.empty())
        section.tables.push_back(contingent_evidence(end.strength, footnotes));
    if (!end.strength.conflicts.empty()) {
        for (const auto& conflict : end.strength.conflicts)
            section.statements.push_back(
                tr("strength.sources_disagree", {{"subject", say(conflict.subject_coded, conflict.subject)},
                                                 {"count", static_cast<std::int64_t>(conflict.claims.size())},
                                                 {"used", used_value(conflict)},
                                                 {"rule", say(conflict.rule_coded, conflict.rule)}}));
        section.tables.push_back(disagreements(end.strength, footnotes));
    }
    for (const auto& warning : end.contingents.warnings)
        section.statements.push_back("Deployment events disagree: " + warning + ".");
    if (end.targets.empty()) section.statements.push_back(tr("strength.no_target"));
    for (const auto& forecast : end.targets) add_target(section, forecast, footnotes);
    return section;
}

}  // namespace mssops::report
