#include "domain/resolution.hpp"

#include "domain/field_reader.hpp"

namespace mssops::domain {

std::string Resolution::label() const {
    if (!symbol.empty()) return symbol;
    if (number) return "resolution " + std::to_string(*number);
    return key;
}

Message Resolution::label_message() const {
    // "none" marks an absent part, so each language's pattern chooses by a select.
    return message("resolution.label")
        .with("symbol", symbol.empty() ? "none" : symbol)
        .with("number", number ? std::to_string(*number) : "none")
        .with("key", key);
}

bool Resolution::has_recorded_vote() const {
    return !votes_yes.empty() || !votes_no.empty() || !votes_abstain.empty();
}

Result<Resolution> resolution_from(const Record& record) {
    FieldReader reader(record);
    Resolution resolution;
    resolution.key = record.key();
    auto body = reader.required_text("body");
    if (!body) return body.error();
    resolution.body = *body;
    resolution.number = reader.optional_integer("number");
    resolution.symbol = reader.optional_text("symbol");
    auto adopted = reader.required_date("adopted");
    if (!adopted) return adopted.error();
    resolution.adopted = *adopted;
    auto action = reader.choice<MandateAction>("action", {{"authorize", MandateAction::authorize},
                                                          {"extend", MandateAction::extend},
                                                          {"modify", MandateAction::modify},
                                                          {"terminate", MandateAction::terminate}});
    if (!action) return action.error();
    resolution.action = *action;
    auto outcome = reader.choice<VoteOutcome>(
        "outcome",
        {{"adopted", VoteOutcome::adopted}, {"failed", VoteOutcome::failed}, {"vetoed", VoteOutcome::vetoed}},
        VoteOutcome::adopted);
    if (!outcome) return outcome.error();
    resolution.outcome = *outcome;
    resolution.mission = reader.optional_text("mission");
    auto mandate_end = reader.optional_date("mandate_end");
    if (!mandate_end) return mandate_end.error();
    resolution.mandate_end = *mandate_end;
    resolution.penholders = reader.list("penholders");
    resolution.votes_yes = reader.list("votes_yes");
    resolution.votes_no = reader.list("votes_no");
    resolution.votes_abstain = reader.list("votes_abstain");
    resolution.unanimous = reader.optional_text("unanimous") == "yes";
    resolution.source_id = reader.optional_text("source_id");
    return resolution;
}

const char* to_text(MandateAction action) {
    switch (action) {
        case MandateAction::authorize:
            return "authorize";
        case MandateAction::extend:
            return "extend";
        case MandateAction::modify:
            return "modify";
        case MandateAction::terminate:
            return "terminate";
    }
    return "authorize";
}

const char* to_text(VoteOutcome outcome) {
    switch (outcome) {
        case VoteOutcome::adopted:
            return "adopted";
        case VoteOutcome::failed:
            return "failed";
        case VoteOutcome::vetoed:
            return "vetoed";
    }
    return "failed";
}

}  // namespace mssops::domain
