#include "domain/alert.hpp"

#include <algorithm>

#include "domain/partial_date.hpp"
#include "domain/personnel_type.hpp"

namespace mssops::domain {
namespace {

std::string tenths_text(std::int64_t tenths) {
    const bool negative = tenths < 0;
    const std::int64_t magnitude = negative ? -tenths : tenths;
    return (negative ? "-" : "") + std::to_string(magnitude / 10) + "." + std::to_string(magnitude % 10);
}

void add_mandate(std::vector<Alert>& out, const MissionSummary& summary, std::chrono::sys_days today,
                 const AlertThresholds& thresholds) {
    const auto& mandate = summary.mandate;
    if (!mandate.in_force || !mandate.period || !mandate.days_remaining) return;
    const std::int64_t days = *mandate.days_remaining;
    if (days > thresholds.mandate_days) return;
    // One alert per standard threshold crossed (90/30/7), so a mandate drawing nearer its end is
    // raised again at each step, but an unchanged one is not.
    int step = thresholds.mandate_days;
    for (int threshold : mandate_alert_days)
        if (days <= threshold) step = std::min(step, threshold);
    Alert alert;
    alert.kind = AlertKind::mandate_expiry;
    alert.mission = summary.mission.slug;
    alert.severity = days <= 7    ? AlertSeverity::critical
                     : days <= 30 ? AlertSeverity::warning
                                  : AlertSeverity::info;
    const std::string end = to_iso_day(mandate.period->end);
    alert.title_coded = message("alert.mandate_expiry.title")
                            .with("mission", summary.mission.name)
                            .with("days", std::to_string(days));
    alert.detail_coded = message("alert.mandate_expiry.detail")
                             .with("label", coded_or_text(mandate.period->label_coded, mandate.period->label))
                             .with("end", end)
                             .with("days", std::to_string(days))
                             .with("today", to_iso_day(today));
    alert.figures = {"days_remaining=" + std::to_string(days), "mandate_end=" + end};
    if (!mandate.period->source_id.empty()) alert.source_ids.push_back(mandate.period->source_id);
    alert.value = days;
    alert.key = "mandate_expiry:" + alert.mission + ":" + end + ":" + std::to_string(step);
    out.push_back(std::move(alert));
}

void add_targets(std::vector<Alert>& out, const MissionSummary& summary) {
    for (const auto& forecast : summary.targets) {
        const auto& target = forecast.target;
        auto about_target = [&](const char* code) {
            return message(code)
                .with("target", std::to_string(target.number))
                .with("personnel", to_text(target.personnel_type))
                .with("by", target.by_date.to_text());
        };
        const std::string due = to_iso_day(forecast.due);
        Alert alert;
        alert.kind = AlertKind::target_late;
        alert.mission = summary.mission.slug;
        if (!target.source_id.empty()) alert.source_ids.push_back(target.source_id);
        if (forecast.due_date_passed && forecast.shortfall_on_due > 0) {
            alert.severity = AlertSeverity::critical;
            alert.title_coded = about_target("alert.target_missed.title");
            alert.detail_coded = about_target("alert.target_missed.detail")
                                     .with("shortfall", std::to_string(forecast.shortfall_on_due))
                                     .with("due", due);
            alert.figures = {"target=" + std::to_string(target.number),
                             "shortfall_on_due=" + std::to_string(forecast.shortfall_on_due), "due=" + due};
            alert.value = forecast.shortfall_on_due;
            alert.key = "target_late:" + alert.mission + ":" + target.key + ":missed:" + due;
        } else if (!forecast.due_date_passed && !forecast.pace.on_time) {
            alert.severity = AlertSeverity::warning;
            const std::string reached =
                forecast.pace.reached_on ? to_iso_day(*forecast.pace.reached_on) : std::string("never");
            alert.title_coded = about_target("alert.target_late.title");
            alert.detail_coded =
                about_target("alert.target_late.detail")
                    .with("reached_on", reached)
                    .with("due", due)
                    .with("reason", coded_or_text(forecast.pace.reason_coded, forecast.pace.reason));
            alert.figures = {"target=" + std::to_string(target.number),
                             "current=" + std::to_string(forecast.current.count), "due=" + due,
                             "forecast=" + reached};
            for (const auto& source : forecast.current.source_ids)
                if (std::find(alert.source_ids.begin(), alert.source_ids.end(), source) ==
                    alert.source_ids.end())
                    alert.source_ids.push_back(source);
            alert.key = "target_late:" + alert.mission + ":" + target.key + ":forecast:" + due;
        } else {
            continue;
        }
        out.push_back(std::move(alert));
    }
}

void add_stale(std::vector<Alert>& out, const MissionSummary& summary) {
    for (const auto& stale : summary.stale) {
        Alert alert;
        alert.kind = AlertKind::stale_figures;
        alert.mission = summary.mission.slug;
        alert.severity = AlertSeverity::info;
        alert.title_coded = message("alert.stale.title").with("figure", stale.figure);
        alert.detail_coded = message("alert.stale.detail")
                                 .with("warning", coded_or_text(stale.message_coded, stale.message))
                                 .with("days", std::to_string(summary.stale_after_days));
        const std::string as_of = stale.as_of ? to_iso_day(*stale.as_of) : std::string("none");
        alert.figures = {"figure=" + stale.figure, "as_of=" + as_of};
        if (stale.age_days) alert.figures.push_back("age_days=" + std::to_string(*stale.age_days));
        alert.value = stale.age_days;
        // Keyed on the evidence date: newer evidence that is old again is a new alert.
        alert.key = "stale_figures:" + alert.mission + ":" + stale.figure + ":" + as_of;
        out.push_back(std::move(alert));
    }
}

void add_conflicts(std::vector<Alert>& out, const std::string& mission,
                   const std::vector<ClaimConflict>& conflicts) {
    for (const auto& conflict : conflicts) {
        Alert alert;
        alert.kind = AlertKind::conflicting_sources;
        alert.mission = mission;
        alert.severity = AlertSeverity::info;
        alert.title_coded = message("alert.conflict.title")
                                .with("subject", coded_or_text(conflict.subject_coded, conflict.subject));
        std::string values;
        for (const auto& claim : conflict.claims) {
            if (!values.empty()) values += ", ";
            values += claim.value;
            for (const auto& source : claim.source_ids)
                if (std::find(alert.source_ids.begin(), alert.source_ids.end(), source) ==
                    alert.source_ids.end())
                    alert.source_ids.push_back(source);
        }
        alert.detail_coded = message("alert.conflict.detail")
                                 .with("claims", std::to_string(conflict.claims.size()))
                                 .with("values", values)
                                 .with("used", conflict.used_value)
                                 .with("rule", coded_or_text(conflict.rule_coded, conflict.rule));
        alert.figures = {"claims=" + std::to_string(conflict.claims.size()), "used=" + conflict.used_value};
        alert.key =
            "conflicting_sources:" + mission + ":" + conflict.fact + ":" + conflict.subject + ":" + values;
        out.push_back(std::move(alert));
    }
}

void add_extractions(std::vector<Alert>& out, const std::string& mission,
                     const std::vector<std::int64_t>& pending) {
    if (pending.empty()) return;
    const std::int64_t newest = *std::max_element(pending.begin(), pending.end());
    Alert alert;
    alert.kind = AlertKind::extractions_pending;
    alert.mission = mission;
    alert.severity = AlertSeverity::info;
    const std::string count = std::to_string(pending.size());
    alert.title_coded = message("alert.extractions.title").with("count", count);
    alert.detail_coded =
        message("alert.extractions.detail").with("count", count).with("newest", std::to_string(newest));
    alert.figures = {"pending=" + count, "newest_id=" + std::to_string(newest)};
    alert.value = static_cast<std::int64_t>(pending.size());
    // A new submission is news; the same queue seen again is not.
    alert.key = "extractions_pending:" + mission + ":" + std::to_string(newest);
    out.push_back(std::move(alert));
}

void add_runway(std::vector<Alert>& out, const std::string& mission,
                std::optional<std::int64_t> runway_tenths, const AlertThresholds& thresholds) {
    if (!runway_tenths || *runway_tenths >= thresholds.runway_months * 10) return;
    const std::int64_t tenths = *runway_tenths;
    Alert alert;
    alert.kind = AlertKind::funding_runway;
    alert.mission = mission;
    alert.severity = tenths < 10   ? AlertSeverity::critical
                     : tenths < 30 ? AlertSeverity::warning
                                   : AlertSeverity::info;
    alert.title_coded = message("alert.runway.title").with("months", tenths_text(tenths));
    alert.detail_coded = message("alert.runway.detail")
                             .with("months", tenths_text(tenths))
                             .with("threshold", std::to_string(thresholds.runway_months));
    alert.figures = {"runway_months=" + tenths_text(tenths)};
    alert.value = tenths;
    // Raised again for each whole month lost, not for every tenth.
    alert.key = "funding_runway:" + mission + ":" + std::to_string(tenths < 0 ? -1 : tenths / 10);
    out.push_back(std::move(alert));
}

}  // namespace

std::vector<Alert> alerts_for(const AlertFacts& facts, std::chrono::sys_days today,
                              const AlertThresholds& thresholds) {
    std::vector<Alert> alerts;
    const std::string& mission = facts.summary.mission.slug;
    add_mandate(alerts, facts.summary, today, thresholds);
    add_targets(alerts, facts.summary);
    add_stale(alerts, facts.summary);
    add_conflicts(alerts, mission, facts.conflicts);
    add_extractions(alerts, mission, facts.pending_extractions);
    add_runway(alerts, mission, facts.runway_tenths, thresholds);
    for (auto& alert : alerts) {
        alert.title = english(alert.title_coded);
        alert.detail = english(alert.detail_coded);
    }
    return alerts;
}

const char* to_text(AlertKind kind) {
    switch (kind) {
        case AlertKind::mandate_expiry:
            return "mandate_expiry";
        case AlertKind::target_late:
            return "target_late";
        case AlertKind::stale_figures:
            return "stale_figures";
        case AlertKind::conflicting_sources:
            return "conflicting_sources";
        case AlertKind::extractions_pending:
            return "extractions_pending";
        case AlertKind::funding_runway:
            return "funding_runway";
    }
    return "mandate_expiry";
}

const char* to_text(AlertSeverity severity) {
    switch (severity) {
        case AlertSeverity::info:
            return "info";
        case AlertSeverity::warning:
            return "warning";
        case AlertSeverity::critical:
            return "critical";
    }
    return "info";
}

Result<AlertKind> parse_alert_kind(std::string_view text, std::string_view field) {
    for (AlertKind kind : alert_kinds)
        if (text == to_text(kind)) return kind;
    return Error::invalid(std::string(field),
                          "must be one of mandate_expiry, target_late, stale_figures, conflicting_sources, "
                          "extractions_pending, funding_runway, got \"" +
                              std::string(text) + "\"");
}

}  // namespace mssops::domain
