#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/funding_flow.hpp"
#include "domain/money.hpp"
#include "domain/partial_date.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// Whether a change that moves a flow back to an earlier status is a deliberate correction.
enum class Correction { no, yes };

/// A pledge becomes committed and then paid; skipping ahead (pledged -> paid) is allowed and
/// staying put is allowed. Going back (paid -> committed, committed -> pledged...) is refused
/// unless `correction` is yes: money once paid is not un-paid, a wrong record is corrected.
/// invalid_input naming `field` otherwise.
Result<void> validate_transition(FlowStatus from, FlowStatus to, Correction correction,
                                 std::string_view field);

/// One stored version of a flow, as its audit entry recorded it.
struct FlowVersion {
    std::string recorded_at;  // When the version was written (audit timestamp, UTC ISO 8601).
    std::string actor;        // Who wrote it.
    FlowStatus status = FlowStatus::pledged;
    Cents amount = 0;
    std::string currency;
    std::optional<Cents> amount_usd;
    PartialDate date;
};

/// What a step did to the flow.
enum class StepKind {
    created,    // The first version.
    advanced,   // Status moved forward: pledged -> committed -> paid.
    amended,    // Same status, different amount, currency or date.
    corrected,  // Status moved back: only a correction does that.
};

/// "created", "advanced", "amended" or "corrected".
const char* to_text(StepKind kind);

/// One step in a flow's life: the status it left (none for the first) and the version it reached.
struct FlowStep {
    StepKind kind = StepKind::created;
    std::optional<FlowStatus> from;
    FlowVersion version;
};

/// Reduces a flow's versions, oldest first, to its history: the first version, then each
/// version whose status, amount, currency or date differs from the one before. Versions that
/// changed nothing of those (a description edit) are left out.
std::vector<FlowStep> flow_history(const std::vector<FlowVersion>& versions);

}  // namespace mssops::domain
