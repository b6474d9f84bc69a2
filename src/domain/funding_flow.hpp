#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/money.hpp"
#include "domain/partial_date.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// OCHA FTS statuses, in the order money normally moves through them.
enum class FlowStatus { pledged, committed, paid };

/// "pledged", "committed" or "paid".
const char* to_text(FlowStatus status);
/// Reads a status; invalid_input naming `field` and listing the choices otherwise.
Result<FlowStatus> parse_flow_status(std::string_view text, std::string_view field);

/// A funding_flows record as the funding computations use it.
struct FundingFlow {
    std::int64_t id = 0;
    std::string key;    // Stable identifier; "" when the record has none.
    std::string donor;  // ISO3 code or organisation key.
    std::string recipient;
    std::string mission;              // Mission key; "" when not given.
    Cents amount = 0;                 // In `currency`, hundredths of a unit.
    std::string currency;             // ISO 4217.
    std::optional<Cents> amount_usd;  // As stored; absent when it is to be computed.
    FlowStatus status = FlowStatus::pledged;
    PartialDate date;  // Date of the current status.
    std::string description;
    std::string source_id;
};

/// Reads a funding_flows record. invalid_input naming the field when a required field is
/// missing or of the wrong type (the store validates on write, so this guards against other kinds).
Result<FundingFlow> funding_flow_from(const Record& record);

}  // namespace mssops::domain
