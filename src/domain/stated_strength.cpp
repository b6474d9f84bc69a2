#include "domain/stated_strength.hpp"
#include "domain/kind_names.hpp"

#include <algorithm>

namespace mssops::domain {
namespace {

using std::chrono::sys_days;

bool is_mission_wide(const StrengthReport& report, PersonnelType type) {
    // A whole-mission count of police is the best statement of the mission's head count its source
    // gives, so it stands for `all`; the figure keeps the report, whose type says what it counted.
    return report.country.empty() && (type == PersonnelType::all || report.personnel_type == type);
}

void add_source(std::vector<std::string>& sources, const std::string& source_id) {
    if (!source_id.empty() && std::find(sources.begin(), sources.end(), source_id) == sources.end())
        sources.push_back(source_id);
}

bool is_inexact(const PartialDate& date) {
    return date.precision != DatePrecision::day || date.approximate;
}

bool is_counted_movement(const StrengthEvidenceItem& item) {
    return item.record_kind == kinds::deployment_events && item.what != "cumulative_estimate" &&
           (item.role == EvidenceRole::added || item.role == EvidenceRole::before_base);
}

// The latest mission-wide report on or before `at`, by the claim rule; conflicts among reports of its
// date go to `figure.conflicts`.
const StrengthReport* mission_base(const std::vector<StrengthReport>& reports, const SourceIndex& sources,
                                   PersonnelType type, sys_days at, StrengthFigure& figure) {
    std::vector<const StrengthReport*> candidates;
    std::vector<Claim> claims;
    for (const auto& report : reports) {
        if (!is_mission_wide(report, type) || report.date.first_day() > at) continue;
        candidates.push_back(&report);
        claims.push_back({std::string(kinds::strength_reports),
                          report.key,
                          std::to_string(report.count),
                          report.date,
                          {report.source_id},
                          source_kind_text(sources, report.source_id),
                          false});
    }
    if (candidates.empty()) return nullptr;
    std::size_t chosen = choose_claim(claims, sources);
    std::vector<Claim> same_day;
    std::size_t used = 0;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (claims[i].as_of.first_day() != claims[chosen].as_of.first_day()) continue;
        if (i == chosen) used = same_day.size();
        same_day.push_back(claims[i]);
    }
    auto conflict = conflict_among("mission_strength",
                                   message("conflict.mission_strength")
                                       .with("personnel", to_text(type))
                                       .with("date", candidates[chosen]->date.to_text()),
                                   std::move(same_day), used, message("conflict.rule.claims"));
    if (conflict) figure.conflicts.push_back(std::move(*conflict));
    return candidates[chosen];
}

}  // namespace

StrengthFigure stated_strength(const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, PersonnelType type, sys_days at) {
    return stated_strength(events, reports, SourceIndex{}, type, at);
}

StrengthFigure stated_strength(const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, const SourceIndex& sources,
                               PersonnelType type, sys_days at) {
    StrengthFigure figure;
    figure.at = at;
    figure.personnel_type = type;
    StrengthEvidence evidence = strength_evidence(events, reports, sources, type, at);
    figure.conflicts = evidence.conflicts;
    const StrengthReport* latest = mission_base(reports, sources, type, at, figure);

    std::optional<sys_days> newest_contingent_base;
    for (const auto& contingent : evidence.contingents)
        if (contingent.base &&
            (!newest_contingent_base || *newest_contingent_base < contingent.base->date.first_day()))
            newest_contingent_base = contingent.base->date.first_day();
    bool use_mission_report =
        latest && (!newest_contingent_base || latest->date.first_day() > *newest_contingent_base);

    for (const auto& report : reports) {
        if (!is_mission_wide(report, type) || report.date.first_day() > at) continue;
        StrengthEvidenceItem item = evidence_item_of(report, sources);
        if (use_mission_report && &report == latest) item.role = EvidenceRole::base;
        figure.mission_reports.push_back(std::move(item));
    }

    if (use_mission_report) {
        sys_days report_day = latest->date.first_day();
        figure.report = *latest;
        figure.qualifier = latest->qualifier;
        figure.approximate = latest->qualifier != CountQualifier::exact || is_inexact(latest->date);
        figure.as_of = latest->date;
        add_source(figure.source_ids, latest->source_id);
        for (const auto& contingent : evidence.contingents)
            for (const auto& item : contingent.evidence) {
                if (!is_counted_movement(item) || item.date.first_day() <= report_day) continue;
                figure.event_adjustment += item.what == "arrived" ? item.count : -item.count;
                figure.approximate = figure.approximate || is_inexact(item.date);
                add_source(figure.source_ids, item.source_id);
                if (figure.as_of->first_day() <= item.date.first_day()) figure.as_of = item.date;
            }
        bool moved = figure.as_of != latest->date;
        figure.count = std::max<std::int64_t>(0, latest->count + figure.event_adjustment);
        figure.basis = moved ? FigureBasis::strength_report_and_events : FigureBasis::strength_report;
        figure.stated = !moved;
        figure.rule_coded =
            message("strength.figure.mission_report")
                .with("key", latest->key)
                .with("date", latest->date.to_text())
                .with("movement", moved ? std::to_string(figure.event_adjustment) : std::string("none"));
    } else {
        figure.count = evidence.total;
        figure.as_of = evidence.as_of;
        bool any_base = newest_contingent_base.has_value();
        figure.basis = evidence.contingents.empty() ? FigureBasis::none
                       : any_base                   ? FigureBasis::contingent_sum
                                                    : FigureBasis::deployment_events;
        for (const auto& contingent : evidence.contingents) {
            figure.approximate = figure.approximate || contingent.approximate;
            for (const auto& id : contingent.source_ids) add_source(figure.source_ids, id);
        }
        figure.qualifier = figure.approximate ? CountQualifier::approximately : CountQualifier::exact;
        figure.rule_coded = figure.basis == FigureBasis::none
                                ? message("strength.figure.none").with("at", to_iso_day(at))
                                : message("strength.figure.sum")
                                      .with("contingents", std::to_string(evidence.contingents.size()))
                                      .with("at", to_iso_day(at));
        figure.rule_coded.with("older", latest ? latest->key : std::string("none"));
    }
    figure.rule = english(figure.rule_coded);
    // The sources of superseded and disagreeing claims are listed too: a figure names every claim
    // behind it, including those it set aside.
    figure.evidence_source_ids = figure.source_ids;
    for (const auto& contingent : evidence.contingents)
        for (const auto& id : contingent.evidence_source_ids) add_source(figure.evidence_source_ids, id);
    for (const auto& item : figure.mission_reports) add_source(figure.evidence_source_ids, item.source_id);
    figure.contingents = std::move(evidence.contingents);
    return figure;
}

Result<std::vector<MonthlyStrength>> monthly_stated_strength(const std::vector<DeploymentEvent>& events,
                                                             const std::vector<StrengthReport>& reports,
                                                             const SourceIndex& sources, sys_days from,
                                                             sys_days to) {
    // The events-only series gives the months, the as-of days and the pledges; the rule the head counts.
    auto series = monthly_strength(events, from, to);
    if (!series) return series.error();
    for (auto& point : *series) {
        StrengthFigure figure = stated_strength(events, reports, sources, PersonnelType::all, point.as_of);
        point.deployed = figure.count;
        point.approximate = figure.approximate;
        point.deployed_by_country.clear();
        for (const auto& contingent : figure.contingents)
            point.deployed_by_country[contingent.country] += contingent.count;
        point.outstanding = 0;
        for (const auto& contingent : strength_at(events, point.as_of).contingents) {
            std::int64_t deployed = 0;
            for (const auto& evidence : figure.contingents)
                if (evidence.country == contingent.country &&
                    evidence.personnel_type == contingent.personnel_type)
                    deployed = evidence.count;
            point.outstanding += std::max<std::int64_t>(0, contingent.pledged - deployed);
        }
    }
    return series;
}

const char* to_text(FigureBasis basis) {
    switch (basis) {
        case FigureBasis::strength_report:
            return "strength_report";
        case FigureBasis::strength_report_and_events:
            return "strength_report_and_events";
        case FigureBasis::deployment_events:
            return "deployment_events";
        case FigureBasis::contingent_sum:
            return "contingent_sum";
        case FigureBasis::none:
            return "none";
    }
    return "none";
}

}  // namespace mssops::domain
