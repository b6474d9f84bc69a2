#include "report/funding_section.hpp"

#include "domain/funding_summary.hpp"
#include "report/figure_format.hpp"
#include "report/report_language.hpp"

namespace mssops::report {
namespace {

using std::chrono::year_month;

bool by_month(const domain::PartialDate& date, year_month as_of) {
    return year_month{std::chrono::year{date.year}, std::chrono::month{date.month}} <= as_of;
}

// The sources of the flows the summary counted (those dated by `as_of`), of one donor or of all.
std::vector<std::string> flow_sources(const FundingFacts& funding, year_month as_of,
                                      const std::string* donor) {
    std::vector<std::string> sources;
    for (const auto& flow : funding.flows)
        if (by_month(flow.date, as_of) && (!donor || flow.donor == *donor)) sources.push_back(flow.source_id);
    return sources;
}

std::vector<std::string> spending_sources(const FundingFacts& funding, year_month as_of) {
    std::vector<std::string> sources;
    for (std::size_t i = 0; i < funding.spending.size() && i < funding.spending_sources.size(); ++i)
        if (funding.spending[i].month <= as_of) sources.push_back(funding.spending_sources[i]);
    return sources;
}

std::string tenths_text(std::int64_t tenths) {
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace

domain::Result<ReportSection> funding_section(const ReportFacts& facts, const domain::MissionSummary& end,
                                              FootnoteList& footnotes) {
    ReportSection section;
    section.title = tr("section.funding");
    const FundingFacts& funding = facts.funding;
    if (funding.flows.empty() && funding.spending.empty()) {
        section.statements.push_back(tr("funding.none_stored"));
        return section;
    }
    std::chrono::year_month_day last{end.at};
    year_month as_of{last.year(), last.month()};
    domain::SummaryOptions options;
    options.as_of = as_of;
    if (end.strength.basis != domain::FigureBasis::none) options.deployed = end.strength.count;
    auto summary = domain::summarize_funding(funding.flows, funding.spending, facts.rates, options);
    if (!summary) return summary.error();

    section.statements.push_back(tr("funding.in_usd", {{"month", domain::to_text(as_of)}}));
    std::vector<int> flows_cited = footnotes.cite_all(flow_sources(funding, as_of, nullptr));
    std::vector<int> spent_cited = footnotes.cite_all(spending_sources(funding, as_of));
    if (funding.flows.empty())
        section.statements.push_back(tr("funding.no_flows"));
    else if (flows_cited.empty())
        section.statements.push_back(tr("funding.no_flow_dated", {{"month", domain::to_text(as_of)}}));
    std::vector<int> both = flows_cited;
    both.insert(both.end(), spent_cited.begin(), spent_cited.end());
    const domain::StatusTotals& all = summary->all;
    if (!flows_cited.empty()) {
        section.figures.push_back({tr("funding.promised"), format_usd(all.total()), "", flows_cited});
        section.figures.push_back({tr("funding.paid"), format_usd(all.paid), "", flows_cited});
        section.figures.push_back({tr("funding.gap"), format_usd(all.unpaid()),
                                   tr("funding.gap_note", {{"pledged", format_usd(all.pledged)},
                                                           {"committed", format_usd(all.committed)}}),
                                   flows_cited});
    }
    if (spent_cited.empty()) {
        section.statements.push_back(tr("funding.no_expenditure", {{"month", domain::to_text(as_of)}}));
    } else {
        section.figures.push_back({tr("funding.spent"), format_usd(summary->spent), "", spent_cited});
        section.figures.push_back({tr("funding.cash"), format_usd(summary->cash_on_hand), "", both});
    }
    if (summary->burn)
        section.figures.push_back(
            {tr("funding.burn"), format_usd(summary->burn->per_month),
             tr("funding.burn_note", {{"first", domain::to_text(summary->burn->first)},
                                      {"last", domain::to_text(summary->burn->last)},
                                      {"months", std::to_string(summary->burn->months)}}),
             spent_cited});
    if (summary->runway_tenths)
        section.figures.push_back(
            {tr("funding.runway"),
             tr("funding.runway_value", {{"months", tenths_text(*summary->runway_tenths)}}),
             tr("funding.runway_note"), both});
    if (summary->cost_per_officer_month) {
        std::vector<int> cited = spent_cited;
        std::vector<int> strength = footnotes.cite_all(end.strength.source_ids);
        cited.insert(cited.end(), strength.begin(), strength.end());
        section.figures.push_back(
            {tr("funding.cost_per_officer"), format_usd(*summary->cost_per_officer_month),
             tr("funding.cost_note", {{"deployed", format_count(end.strength.count)}}), cited});
    }
    if (!summary->by_donor.empty()) {
        FigureTable donors;
        donors.caption = tr("funding.by_donor");
        donors.columns = {tr("column.donor"), tr("column.pledged"), tr("column.committed"), tr("column.paid"),
                          tr("column.not_yet_paid")};
        for (const auto& donor : summary->by_donor)
            donors.rows.push_back(
                {{donor.donor, format_usd(donor.totals.pledged), format_usd(donor.totals.committed),
                  format_usd(donor.totals.paid), format_usd(donor.totals.unpaid())},
                 footnotes.cite_all(flow_sources(funding, as_of, &donor.donor))});
        section.tables.push_back(std::move(donors));
    }
    return section;
}

}  // namespace mssops::report
