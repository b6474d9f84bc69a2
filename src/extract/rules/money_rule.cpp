#include <algorithm>
#include <cctype>

#include "domain/kind_names.hpp"
#include "extract/rules/rules.hpp"

namespace mssops::extract {
namespace {

bool has(const std::string& segment, std::initializer_list<std::string_view> cues) {
    return std::any_of(cues.begin(), cues.end(),
                       [&](std::string_view cue) { return segment.find(cue) != std::string::npos; });
}

// The FTS status the verbs of a stretch of text give; "" when none.
std::string status_of(const std::string& segment) {
    if (has(segment, {" paid", " disbursed", " transferred", " contributed", " delivered", " deposited",
                      " provided", " donated", " gave ", " a versé"}))
        return "paid";
    if (has(segment, {" committed", " signed", " allocated", " approved"})) return "committed";
    if (has(segment, {" pledged", " promised", " will provide", " announced", " a promis"})) return "pledged";
    return "";
}

}  // namespace

void read_money(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out) {
    if (view.has("exchange rate") || view.has(" to the dollar") || view.has(" per dollar") ||
        view.has(" taux de change"))
        return;
    std::vector<const Quantity*> amounts;
    for (const auto& quantity : view.quantities)
        if (!quantity.currency.empty() && !is_off_mission_figure(view, quantity))
            amounts.push_back(&quantity);
    for (std::size_t n = 0; n < amounts.size(); ++n) {
        const auto& quantity = *amounts[n];
        // Each amount is read within its own stretch of the sentence, from the end of the amount before
        // to the start of the next: "X provided $A, while Y pledged $B last month".
        std::size_t from = n == 0 ? view.span.start : amounts[n - 1]->span.end;
        std::size_t to = n + 1 == amounts.size() ? view.span.end : amounts[n + 1]->span.start;
        std::string segment = " " + std::string(view.article.substr(from, to - from)) + " ";
        for (auto& c : segment) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto status = status_of(segment);
        if (status.empty()) continue;
        std::string donor;
        std::string recipient;
        for (const auto& mention : view.entities) {
            if (mention.span.start < from || mention.span.end > to) continue;
            bool party = mention.entity->kind == EntityKind::country ||
                         mention.entity->kind == EntityKind::organisation;
            if (mention.span.start < quantity.span.start && donor.empty() && party)
                donor = mention.entity->key;
            else if (mention.span.start > quantity.span.end && recipient.empty() &&
                     mention.entity->kind == EntityKind::organisation)
                recipient = mention.entity->key;
        }
        if (donor.empty()) continue;
        Candidate flow;
        flow.kind = domain::kinds::funding_flows;
        flow.rule = "money.flow";
        flow.confidence = 0.6;
        flow.fields["donor"] = donor;
        if (!recipient.empty()) flow.fields["recipient"] = recipient;
        if (!discourse.mission.empty()) flow.fields["mission"] = discourse.mission;
        flow.fields["amount"] = static_cast<double>(quantity.value);
        flow.fields["currency"] = quantity.currency;
        flow.fields["status"] = status;
        if (quantity.qualifier != "exact") flow.notes.push_back("amount: " + quantity.qualifier);
        if (!quantity.currency_explicit) flow.notes.push_back("currency: a bare $ read as USD");
        if (has(segment, {" on hold", " paused", " frozen", " suspended"}))
            flow.notes.push_back("status: on hold");
        const DateMention* date = nullptr;
        for (const auto& mention : view.dates)
            if (mention.date.resolved() && mention.span.start >= from && mention.span.end <= to) {
                date = &mention;
                break;
            }
        if (date)
            set_date(flow, "date", date->date);
        else if (!discourse.published.empty())
            set_date(flow, "date", ResolvedDate{discourse.published, DatePrecision::day});
        flow.evidence = {std::max(from, clause_start(view, quantity.span.start)), to};
        out.push_back(std::move(flow));
    }
}

}  // namespace mssops::extract
