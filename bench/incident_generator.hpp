#pragma once

#include <cstdint>
#include <ostream>

namespace mssops::bench {

/// The seed every benchmark run uses, so runs compare like with like.
inline constexpr std::uint64_t incident_seed = 20240101;

/// Writes `count` SYNTHETIC incident events as an ACLED-column CSV (header included): Haiti-like
/// departments, communes, coordinates, event types, actors and fatalities in proportions close to
/// ACLED's 2024-2025 Haiti data, dated 2024-01-01..2025-12-31. Every row says it is synthetic
/// (event_id_cnty "SYN<n>", source "mssops synthetic generator", notes "SYNTHETIC ..."). The same
/// seed and count give the same bytes.
void write_synthetic_incidents(std::ostream& out, std::int64_t count, std::uint64_t seed = incident_seed);

}  // namespace mssops::bench
