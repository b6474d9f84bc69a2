#include "extract/rules/rules.hpp"

namespace mssops::extract {

void read_money(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out) {
    if (view.has("exchange rate") || view.has(" to the dollar") || view.has(" per dollar") ||
        view.has(" taux de change"))
        return;
    for (const auto& quantity : view.quantities) {
        if (quantity.currency.empty() || is_off_mission_figure(view, quantity)) continue;
        std::string status;
        if (view.has(" pledged") || view.has(" promised") || view.has(" will provide") ||
            view.has(" announced"))
            status = "pledged";
        if (view.has(" committed") || view.has(" signed") || view.has(" allocated") || view.has(" approved"))
            status = "committed";
        if (view.has(" paid") || view.has(" disbursed") || view.has(" transferred") ||
            view.has(" contributed") || view.has(" delivered") || view.has(" deposited") ||
            view.has(" provided") || view.has(" donated") || view.has(" gave "))
            status = "paid";
        if (status.empty()) continue;
        std::string donor;
        std::string recipient;
        for (const auto& mention : view.entities) {
            if (mention.span.start < quantity.span.start && donor.empty() &&
                (mention.entity->kind == EntityKind::country ||
                 mention.entity->kind == EntityKind::organisation))
                donor = mention.entity->key;
            else if (mention.span.start > quantity.span.end && recipient.empty() &&
                     mention.entity->kind == EntityKind::organisation)
                recipient = mention.entity->key;
        }
        if (donor.empty()) continue;
        Candidate flow;
        flow.kind = "funding_flows";
        flow.rule = "money.flow";
        flow.confidence = 0.6;
        flow.fields["donor"] = donor;
        if (!recipient.empty()) flow.fields["recipient"] = recipient;
        if (!discourse.mission.empty()) flow.fields["mission"] = discourse.mission;
        flow.fields["amount"] = static_cast<double>(quantity.value);
        flow.fields["currency"] = quantity.currency;
        flow.fields["status"] = status;
        if (!quantity.currency_explicit) flow.notes.push_back("currency: a bare $ read as USD");
        if (view.has(" on hold") || view.has(" paused") || view.has(" frozen") || view.has(" suspended"))
            flow.notes.push_back("status: on hold");
        if (auto* date = view.first_date())
            set_date(flow, "date", date->date);
        else if (!discourse.published.empty())
            set_date(flow, "date", ResolvedDate{discourse.published, DatePrecision::day});
        flow.evidence = {clause_start(view, quantity.span.start), view.span.end};
        out.push_back(std::move(flow));
    }
}

}  // namespace mssops::extract
