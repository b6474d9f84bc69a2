#include "domain/funding_flow.hpp"
#include "domain/kind_names.hpp"

namespace mssops::domain {
namespace {

Result<std::string> required_text(const Record& record, std::string_view name) {
    if (const std::string* value = record.text(name)) return *value;
    return Error::invalid(std::string(name), "is required on a funding flow");
}

std::string optional_text(const Record& record, std::string_view name) {
    const std::string* value = record.text(name);
    return value ? *value : std::string{};
}

}  // namespace

const char* to_text(FlowStatus status) {
    switch (status) {
        case FlowStatus::pledged:
            return "pledged";
        case FlowStatus::committed:
            return "committed";
        case FlowStatus::paid:
            return "paid";
    }
    return "pledged";
}

Result<FlowStatus> parse_flow_status(std::string_view text, std::string_view field) {
    for (FlowStatus status : {FlowStatus::pledged, FlowStatus::committed, FlowStatus::paid})
        if (text == to_text(status)) return status;
    return Error::invalid(std::string(field),
                          "must be one of pledged, committed, paid, got \"" + std::string(text) + "\"");
}

Result<FundingFlow> funding_flow_from(const Record& record) {
    if (record.kind != kinds::funding_flows)
        return Error::invalid("kind", "must be funding_flows, got \"" + record.kind + "\"");
    FundingFlow flow;
    flow.id = record.id;
    flow.key = record.key();
    auto donor = required_text(record, "donor");
    if (!donor) return donor.error();
    flow.donor = std::move(donor.value());
    auto recipient = required_text(record, "recipient");
    if (!recipient) return recipient.error();
    flow.recipient = std::move(recipient.value());
    flow.mission = optional_text(record, "mission");
    auto amount = record.number("amount");
    if (!amount) return Error::invalid("amount", "is required on a funding flow");
    flow.amount = cents_from_number(*amount);
    auto currency = required_text(record, "currency");
    if (!currency) return currency.error();
    flow.currency = std::move(currency.value());
    if (auto usd = record.number("amount_usd")) flow.amount_usd = cents_from_number(*usd);
    auto status_text = required_text(record, "status");
    if (!status_text) return status_text.error();
    auto status = parse_flow_status(status_text.value(), "status");
    if (!status) return status.error();
    flow.status = status.value();
    auto date_text = required_text(record, "date");
    if (!date_text) return date_text.error();
    auto date = PartialDate::parse(date_text.value(), "date");
    if (!date) return date.error();
    flow.date = date.value();
    flow.description = optional_text(record, "description");
    flow.source_id = optional_text(record, "source_id");
    return flow;
}

}  // namespace mssops::domain
