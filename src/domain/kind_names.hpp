#pragma once

#include <string_view>

/// The name of each record kind, as the URL and the store spell it. Production code names a kind
/// through these constants so a typo fails to compile and every use of a kind can be found.
namespace mssops::domain::kinds {

inline constexpr std::string_view sources = "sources";
inline constexpr std::string_view countries = "countries";
inline constexpr std::string_view organisations = "organisations";
inline constexpr std::string_view admin_units = "admin_units";
inline constexpr std::string_view missions = "missions";
inline constexpr std::string_view persons = "persons";
inline constexpr std::string_view resolutions = "resolutions";
inline constexpr std::string_view council_memberships = "council_memberships";
inline constexpr std::string_view strength_targets = "strength_targets";
inline constexpr std::string_view deployment_events = "deployment_events";
inline constexpr std::string_view strength_reports = "strength_reports";
inline constexpr std::string_view funding_flows = "funding_flows";
inline constexpr std::string_view expenditures = "expenditures";
inline constexpr std::string_view incidents = "incidents";
inline constexpr std::string_view engagements = "engagements";
inline constexpr std::string_view positions = "positions";

}  // namespace mssops::domain::kinds
