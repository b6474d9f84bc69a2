#include "domain/flow_history.hpp"

namespace mssops::domain {
namespace {

int rank(FlowStatus status) {
    return static_cast<int>(status);
}

bool same_money_and_date(const FlowVersion& a, const FlowVersion& b) {
    return a.amount == b.amount && a.currency == b.currency && a.amount_usd == b.amount_usd &&
           a.date == b.date;
}

}  // namespace

Result<void> validate_transition(FlowStatus from, FlowStatus to, Correction correction,
                                 std::string_view field) {
    if (rank(to) >= rank(from) || correction == Correction::yes) return {};
    return Error::invalid(std::string(field), std::string("cannot move a flow from ") + to_text(from) +
                                                  " back to " + to_text(to) +
                                                  "; mark the change as a correction to do that");
}

const char* to_text(StepKind kind) {
    switch (kind) {
        case StepKind::created:
            return "created";
        case StepKind::advanced:
            return "advanced";
        case StepKind::amended:
            return "amended";
        case StepKind::corrected:
            return "corrected";
    }
    return "created";
}

std::vector<FlowStep> flow_history(const std::vector<FlowVersion>& versions) {
    std::vector<FlowStep> steps;
    for (const FlowVersion& version : versions) {
        if (steps.empty()) {
            steps.push_back({StepKind::created, std::nullopt, version});
            continue;
        }
        const FlowVersion& last = steps.back().version;
        if (version.status == last.status) {
            if (same_money_and_date(version, last)) continue;
            steps.push_back({StepKind::amended, last.status, version});
        } else {
            StepKind kind =
                rank(version.status) > rank(last.status) ? StepKind::advanced : StepKind::corrected;
            steps.push_back({kind, last.status, version});
        }
    }
    return steps;
}

}  // namespace mssops::domain
