#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace mssops::domain {

/// The time bucket incidents are counted in. Weeks are ISO 8601 weeks: they start on Monday and
/// belong to the year that holds their Thursday ("2025-W01" starts on Monday 2024-12-30).
enum class IncidentPeriod { day, week, month };

/// "day", "week", "month"; nullopt for anything else.
std::optional<IncidentPeriod> incident_period_from_text(std::string_view text);
const char* to_text(IncidentPeriod period);

/// The first day of the period holding `day`: the day itself, its Monday, or the 1st of its month.
std::chrono::sys_days period_start(std::chrono::sys_days day, IncidentPeriod period);
/// The period's name from its first day: "2024-10-03", "2024-W40", "2024-10".
std::string period_label(std::chrono::sys_days start, IncidentPeriod period);

}  // namespace mssops::domain
