#pragma once

#include <chrono>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// Refuses a fact that claims to have happened after `today`: a deployment event other than a pledge
/// (an arrival, rotation or withdrawal) or a strength report dated after it (by the first day its date
/// stands for). A pledge or a target may lie in the future. invalid_input on "date":
/// `must not be after today (2026-12-06) for an arrived deployment event, got 2030-01-01`.
Result<void> check_not_in_future(std::string_view kind, const Fields& fields, std::chrono::sys_days today);

}  // namespace mssops::domain
