#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace mssops::http::auth {

/// Where sign-in code reads the time, so tests can move it; the real one is system_clock::now.
using Clock = std::function<std::chrono::system_clock::time_point()>;

/// The system clock.
Clock system_clock();

/// A time as the store keeps it: "2026-11-26T23:16:35Z" (UTC, whole seconds), so text order is time order.
std::string utc_text(std::chrono::system_clock::time_point time);

/// Reads "YYYY-MM-DDTHH:MM:SSZ" back; nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> parse_utc_text(std::string_view text);

}  // namespace mssops::http::auth
