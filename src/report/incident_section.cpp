#include "report/incident_section.hpp"

#include <algorithm>
#include <map>

#include "domain/incident_period.hpp"
#include "report/figure_format.hpp"
#include "report/report_language.hpp"

namespace mssops::report {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

struct Counts {
    std::int64_t events = 0;
    std::int64_t fatalities = 0;
};

// A department's P-code by its name, from the rows that carry both: an event whose point lies outside
// every stored boundary keeps only the source's admin1 name, and is counted with the department of
// that name.
std::map<std::string, std::string> pcodes_by_name(const IncidentFacts& incidents) {
    std::map<std::string, std::string> pcodes;
    for (const auto* rows : {&incidents.period, &incidents.previous})
        for (const auto& row : *rows)
            if (!row.pcode.empty() && !row.unit.empty()) pcodes.emplace(row.unit, row.pcode);
    return pcodes;
}

// A department by its name and P-code, "" for events placed in none.
std::string department(const store::AggregateRow& row, const std::map<std::string, std::string>& pcodes) {
    std::string pcode = row.pcode;
    if (pcode.empty() && pcodes.count(row.unit)) pcode = pcodes.at(row.unit);
    if (row.unit.empty()) return pcode;
    return pcode.empty() ? row.unit : row.unit + " (" + pcode + ")";
}

std::string host_country(const IncidentFacts& incidents) {
    return incidents.country.empty() ? tr("incidents.host_country")
                                     : tr("incidents.host_country_code", {{"country", incidents.country}});
}

Counts total(const std::vector<store::AggregateRow>& rows) {
    Counts sum;
    for (const auto& row : rows) {
        sum.events += row.events;
        sum.fatalities += row.fatalities;
    }
    return sum;
}

std::vector<int> cite_incidents(const IncidentFacts& incidents, FootnoteList& footnotes) {
    std::vector<int> cited = footnotes.cite_all(incidents.source_ids);
    if (incidents.without_source > 0 || cited.empty())
        cited.push_back(footnotes.note(tr("incidents.unsourced_note")));
    return cited;
}

FigureTable by_department(const IncidentFacts& incidents, const std::vector<int>& cited) {
    std::map<std::string, std::pair<Counts, Counts>> units;  // Now and before, by department.
    auto pcodes = pcodes_by_name(incidents);
    for (const auto& row : incidents.period) {
        auto& now = units[department(row, pcodes)].first;
        now.events += row.events;
        now.fatalities += row.fatalities;
    }
    for (const auto& row : incidents.previous) {
        auto& before = units[department(row, pcodes)].second;
        before.events += row.events;
        before.fatalities += row.fatalities;
    }
    std::vector<std::pair<std::string, std::pair<Counts, Counts>>> ordered(units.begin(), units.end());
    // Most events first; a tie keeps the departments in name order.
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.first.events > b.second.first.events;
    });
    FigureTable table;
    table.caption = tr("incidents.by_department");
    table.columns = {tr("column.department"), tr("column.events"), tr("column.fatalities"),
                     tr("column.events_before"), tr("column.fatalities_before")};
    for (const auto& [name, counts] : ordered)
        table.rows.push_back({{name.empty() ? tr("incidents.no_department") : name,
                               format_count(counts.first.events), format_count(counts.first.fatalities),
                               format_count(counts.second.events), format_count(counts.second.fatalities)},
                              cited});
    return table;
}

FigureTable by_week(const IncidentFacts& incidents, const ReportPeriod& period,
                    const std::vector<int>& cited) {
    std::map<std::string, Counts> weeks;
    for (const auto& row : incidents.period) {
        auto& week = weeks[row.period];
        week.events += row.events;
        week.fatalities += row.fatalities;
    }
    FigureTable table;
    table.caption = tr("incidents.by_week");
    table.columns = {tr("column.week"), tr("column.days_in_period"), tr("column.events"),
                     tr("column.fatalities")};
    // Every week the period touches gets a row, so a quiet week reads as 0, not as a gap.
    for (sys_days start = domain::period_start(period.from, domain::IncidentPeriod::week); start <= period.to;
         start += days{7}) {
        sys_days first = std::max(start, period.from);
        sys_days last = std::min(start + days{6}, period.to);
        std::string label = domain::period_label(start, domain::IncidentPeriod::week);
        Counts counts = weeks.count(label) ? weeks.at(label) : Counts{};
        table.rows.push_back({{tr("incidents.week_from", {{"week", label}, {"day", format_day(start)}}),
                               std::to_string((last - first).count() + 1), format_count(counts.events),
                               format_count(counts.fatalities)},
                              cited});
    }
    return table;
}

}  // namespace

ReportSection incident_section(const IncidentFacts& incidents, const ReportPeriod& period,
                               FootnoteList& footnotes) {
    ReportSection section;
    section.title = tr("section.incidents");
    ReportPeriod before = period.previous();
    if (incidents.stored == 0) {
        section.statements.push_back(tr("incidents.none_stored", {{"where", host_country(incidents)}}));
        return section;
    }
    section.statements.push_back(tr("incidents.dated", {{"from", format_day(period.from)},
                                                        {"to", format_day(period.to)},
                                                        {"before_from", format_day(before.from)},
                                                        {"before_to", format_day(before.to)},
                                                        {"where", host_country(incidents)}}));
    if (incidents.period.empty() && incidents.previous.empty()) {
        section.statements.push_back(
            tr("incidents.none_in_periods", {{"stored", format_count(incidents.stored)}}));
        return section;
    }
    std::vector<int> cited = cite_incidents(incidents, footnotes);
    Counts now = total(incidents.period);
    Counts then = total(incidents.previous);
    auto previous = [](std::int64_t now_count, std::int64_t then_count) {
        return tr("incidents.previous",
                  {{"before", format_count(then_count)}, {"change", format_change(now_count, then_count)}});
    };
    section.figures.push_back(
        {tr("incidents.events"), format_count(now.events), previous(now.events, then.events), cited});
    section.figures.push_back({tr("incidents.fatalities"), format_count(now.fatalities),
                               previous(now.fatalities, then.fatalities), cited});
    section.tables.push_back(by_department(incidents, cited));
    section.tables.push_back(by_week(incidents, period, cited));
    return section;
}

}  // namespace mssops::report
