#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/claim_conflict.hpp"
#include "domain/message.hpp"
#include "domain/mission_summary.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// What an alert is about; the enumerators are the JSON strings users subscribe to.
enum class AlertKind {
    mandate_expiry,
    target_late,
    stale_figures,
    conflicting_sources,
    extractions_pending,
    funding_runway,
};

/// Every kind, in the order above.
inline constexpr AlertKind alert_kinds[] = {AlertKind::mandate_expiry,      AlertKind::target_late,
                                            AlertKind::stale_figures,       AlertKind::conflicting_sources,
                                            AlertKind::extractions_pending, AlertKind::funding_runway};

/// How urgent: info (worth knowing), warning (act soon), critical (act now).
enum class AlertSeverity { info, warning, critical };

/// A condition worth telling someone about, with the figures and sources it rests on.
struct Alert {
    AlertKind kind = AlertKind::mandate_expiry;
    std::string mission;  // Slug.
    AlertSeverity severity = AlertSeverity::info;
    std::string title;                    // One line.
    std::string detail;                   // The figures in a sentence.
    Message title_coded;                  // `title` as a code and parameters: "alert.runway.title".
    Message detail_coded;                 // `detail` likewise.
    std::vector<std::string> figures;     // "days_remaining=7", "runway_months=2.5".
    std::vector<std::string> source_ids;  // The sources behind those figures.
    std::optional<std::int64_t> value;    // The figure subscribers compare: runway in tenths of months.
    // Stable while the condition is unchanged, so it is raised once, not once per run:
    // "mandate_expiry:mss-haiti:2025-10-02:30".
    std::string key;
};

/// The facts alerts are computed from, for one mission.
struct AlertFacts {
    MissionSummary summary;                         // Mandate, targets with forecasts, stale figures.
    std::vector<ClaimConflict> conflicts;           // Sources that disagree on strength figures.
    std::vector<std::int64_t> pending_extractions;  // Ids of extractions awaiting review.
    std::optional<std::int64_t> runway_tenths;      // Funding runway in tenths of months; none without burn.
};

/// Where conditions begin to count.
struct AlertThresholds {
    int mandate_days = 90;           // A mandate ending within this many days.
    std::int64_t runway_months = 6;  // Runway below this many months (the largest any subscriber asks).
};

/// The alerts `facts` give on `today`, in the order of alert_kinds.
std::vector<Alert> alerts_for(const AlertFacts& facts, std::chrono::sys_days today,
                              const AlertThresholds& thresholds);

/// "mandate_expiry" ... "funding_runway".
const char* to_text(AlertKind kind);
/// "info", "warning", "critical".
const char* to_text(AlertSeverity severity);
/// invalid_input on `field` naming the kinds expected.
Result<AlertKind> parse_alert_kind(std::string_view text, std::string_view field);

}  // namespace mssops::domain
