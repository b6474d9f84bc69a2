#pragma once

#include <string>

namespace mssops::store {

/// The current UTC time as records and audit rows stamp it: "2026-11-26T23:16:35Z".
std::string utc_timestamp_now();

}  // namespace mssops::store
