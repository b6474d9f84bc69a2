#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/mandate_timeline.hpp"
#include "domain/mission.hpp"
#include "domain/resolution.hpp"

namespace mssops::domain {

/// Whether `mission` is in force on day `at`: it has started (a mission with no start date counts as
/// started) and has not ended (no end date, or `at` is on or before the last day it stands for).
bool in_force_on(const Mission& mission, std::chrono::sys_days at);

/// The mission in force on day `at` among `missions`, only those hosted by `host_country` when it is
/// not "". Of several in force (a successor starts before its predecessor's mandate runs out), the one
/// that started last. nullopt when none is in force.
std::optional<Mission> mission_in_force(const std::vector<Mission>& missions, std::chrono::sys_days at,
                                        std::string_view host_country = {});

/// The mission to show when none is named: the one in force on `at`, else the one that started last
/// on or before `at`, else the first to start. nullopt only when `missions` is empty.
std::optional<Mission> default_mission(const std::vector<Mission>& missions, std::chrono::sys_days at);

/// The mission that names `slug` as its predecessor (of several, the first to start); nullopt when none.
std::optional<Mission> successor_of(const std::vector<Mission>& missions, std::string_view slug);

/// The mission `mission` names as its predecessor; nullopt when it names none or it is not stored.
std::optional<Mission> predecessor_of(const std::vector<Mission>& missions, const Mission& mission);

/// The recorded vote of `resolution` in counts; member codes become names where `names` (ISO3 to name)
/// has them. nullopt when the resolution carries no recorded vote.
std::optional<VoteCount> vote_count(const Resolution& resolution,
                                    const std::map<std::string, std::string>& names);

/// How `mission` was succeeded: its successor among `missions`, and the resolution the successor names
/// as its succession_resolution, found among `resolutions` by key. nullopt when no stored mission names
/// `mission` as its predecessor. The text reads "succeeded by the Gang Suppression Force in Haiti
/// (S/RES/2793 (2025)), adopted on 2025-09-30 by 12-0-3, China, Russian Federation and Pakistan
/// abstaining"; without a recorded resolution it names the successor and its start.
std::optional<MandateSuccession> succession_of(const Mission& mission, const std::vector<Mission>& missions,
                                               const std::vector<Resolution>& resolutions,
                                               const std::map<std::string, std::string>& country_names);

/// "China, Russian Federation and Pakistan": a list as a sentence says it.
std::string joined_in_words(const std::vector<std::string>& items);

}  // namespace mssops::domain
