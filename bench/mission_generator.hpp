#pragma once

#include <cstdint>
#include <filesystem>

namespace mssops::bench {

/// The seed of the synthetic mission records, fixed so every run loads the same data set.
inline constexpr std::uint64_t mission_seed = 20240625;

/// How many records of each kind a synthetic mission of `incidents` events carries beside them.
struct MissionSize {
    std::int64_t deployment_events;
    std::int64_t funding_flows;
};

/// One deployment event per 100 incidents and one funding flow per 1,000, so the mission summary's
/// inputs grow with the data set as the incidents do.
MissionSize mission_size_for(std::int64_t incidents);

/// Writes a SYNTHETIC data set folder for `mssops seed --dataset`: sources.json (one source marked
/// "synthetic": "yes"), deployment_events.json and funding_flows.json of the mission "mss-haiti",
/// which data/mss-haiti defines. Contributing countries are those of the real mission; counts, dates
/// and amounts are generated, and every record's notes say so. The same seed and size give the same
/// bytes. Returns false when a file cannot be written.
bool write_synthetic_mission(const std::filesystem::path& folder, MissionSize size,
                             std::uint64_t seed = mission_seed);

}  // namespace mssops::bench
