#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <vector>

#include "domain/mission_summary.hpp"

namespace mssops::app {

/// A strength figure with the report and sources it rests on, and the rule that chose it.
boost::json::object strength_figure_to_json(const domain::StrengthFigure& figure);
/// Strength from deployment events: totals, warnings and each contingent.
boost::json::object strength_at_to_json(const domain::StrengthAt& strength);
/// Contingents summed by country or personnel type.
boost::json::array strength_groups_to_json(const std::vector<domain::StrengthGroup>& groups);
/// A month-end series.
boost::json::array monthly_strength_to_json(const std::vector<domain::MonthlyStrength>& series);
/// One target's progress, shortfall and forecasts.
boost::json::object target_forecast_to_json(const domain::TargetForecast& forecast);
/// The mandate on a date: the resolution in force, its end, days remaining, alerts and gaps.
boost::json::object mandate_status_to_json(const domain::MandateStatus& status);
/// Every mandate period, gap and note of a timeline.
boost::json::object mandate_timeline_to_json(const domain::MandateTimeline& timeline);
/// A position with its source.
boost::json::object position_to_json(const domain::Position& position);
/// The mission's identity.
boost::json::object mission_to_json(const domain::Mission& mission);
/// The whole summary: what GET /api/v1/missions/{slug}/summary returns and `mssops status --json` prints.
boost::json::object mission_summary_to_json(const domain::MissionSummary& summary);

}  // namespace mssops::app
