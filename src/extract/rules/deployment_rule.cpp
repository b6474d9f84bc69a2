#include "domain/kind_names.hpp"
#include "extract/rules/rules.hpp"

namespace mssops::extract {
namespace {

// Which movement the verb says. Pledges are future by nature; arrivals and departures past.
std::string event_of(const SentenceView& view) {
    for (std::string_view cue :
         {" pledged", " promised", " committed to send", " committed to deploy", " will deploy", " will send",
          " to send ", " offered to", " pledge ", " a promis", " s'est engagé"})
        if (view.has(cue)) return "pledged";
    if (is_future_or_hypothetical(view)) return "";
    for (std::string_view cue :
         {" rotated out", " returned home", " returning home", " repatriated", " rotation"})
        if (view.has(cue)) return "rotated_out";
    for (std::string_view cue : {" withdrew its", " withdrawn from", " pulled out"})
        if (view.has(cue)) return "withdrawn";
    for (std::string_view cue :
         {" arrived", " arrive in", " arrives", " landed", " touched down", " sont arrivés", " est arrivé",
          " deployed", " débarqué", " sent ", " dispatched"})
        if (view.has(cue)) return "arrived";
    return "";
}

// A count of a total or a target is not a movement: "brings the total to 744", "target of 2,500".
bool is_total_or_target(const SentenceView& view, const Quantity& quantity) {
    std::size_t from = quantity.first_word >= 6 ? quantity.first_word - 6 : 0;
    for (std::size_t k = from; k < quantity.first_word; ++k) {
        const auto& w = view.words[k].lower;
        for (std::string_view cue : {"total", "target", "planned", "goal", "ceiling", "authorized",
                                     "authorised", "full", "strength", "all"}) {
            // "the full 1,000 officers it pledged" is a country's pledge; "the target of all the 2,500" is
            // not.
            if (w == cue && (cue == "full" || cue == "all") && view.has(" pledged")) continue;
            if (w == cue) return true;
        }
    }
    return view.has(" comprised of") || view.has(" now has") || view.has(" currently") ||
           view.has(" so far") || view.has(" to date") || view.has(" in total") || view.has(" already") ||
           (quantity.qualifier == "at_most" && view.has(" authori"));
}

// A country named as where they go or come from ("arrived in Haiti", "left Kenya for") is not
// the contributor.
bool is_destination(const SentenceView& view, const EntityMention& mention) {
    if (mention.demonym || mention.first_word == 0) return false;
    const auto& before = view.words[mention.first_word - 1].lower;
    return before == "in" || before == "to" || before == "for" || before == "from" || before == "into" ||
           before == "en" || before == "à" || before == "au" || before == "vers";
}

// The contributing country: a demonym or country named in the quantity's clause, else the subject.
std::string country_for(const SentenceView& view, const Quantity& quantity) {
    std::string best;
    auto clause = clause_start(view, quantity.span.start);
    for (const auto& mention : view.entities) {
        if (mention.entity->kind != EntityKind::country || is_destination(view, mention)) continue;
        if (mention.span.start > quantity.span.end + 40) break;
        // French puts the demonym after the noun: "75 policiers jamaïcains".
        if (mention.demonym && mention.first_word == quantity.last_word + 1) return mention.entity->key;
        if (mention.span.start <= quantity.span.end && (mention.span.start >= clause || best.empty()))
            best = mention.entity->key;
    }
    return best;
}

void add_event(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out,
               const std::string& country, const std::string& event, const std::string& personnel,
               const Quantity* quantity, const std::optional<ResolvedDate>& date, Span evidence,
               std::string rule, double confidence) {
    Candidate candidate;
    candidate.kind = domain::kinds::deployment_events;
    candidate.rule = std::move(rule);
    candidate.confidence = confidence;
    if (!discourse.mission.empty()) candidate.fields["mission"] = discourse.mission;
    candidate.fields["country"] = country;
    candidate.fields["personnel_type"] = personnel;
    candidate.fields["event"] = event;
    if (quantity) {
        candidate.fields["count"] = quantity->value;
        if (quantity->qualifier != "exact") candidate.notes.push_back("count: " + quantity->qualifier);
    } else {
        candidate.notes.push_back("count: not stated");
    }
    if (date)
        set_date(candidate, "date", *date);
    else
        set_date(candidate, "date",
                 ResolvedDate{{}, DatePrecision::unresolved, {}, {}, "the text gives no date"});
    candidate.evidence = evidence;
    out.push_back(std::move(candidate));
}

std::string personnel_or_default(const SentenceView& view, const Quantity* quantity) {
    if (quantity && (quantity->personnel == "police" || quantity->personnel == "military" ||
                     quantity->personnel == "civilian"))
        return quantity->personnel;
    if (view.has(" police")) return "police";
    if (view.has(" soldiers") || view.has(" troops") || view.has(" military")) return "military";
    return "police";
}

}  // namespace

void read_deployments(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out) {
    auto event = event_of(view);
    std::optional<ResolvedDate> date;
    std::optional<ResolvedDate> for_date;
    for (const auto& mention : view.dates) {
        if (!mention.date.resolved()) continue;
        // "by January next year" is when a pledge is to be met, not when it was made.
        auto before = view.article.substr(mention.span.start >= 6 ? mention.span.start - 6 : 0, 6);
        bool deadline =
            before.find("by ") != std::string_view::npos || before.find("until ") != std::string_view::npos;
        if (event == "pledged" && deadline) {
            if (!for_date) for_date = mention.date;
            continue;
        }
        if (!date) date = mention.date;
    }
    // "departed on Friday, March 14, and arrived on Saturday, March 15": the date after the verb.
    if (event == "arrived") {
        for (std::string_view verb : {" arrived", " landed", " arrive"}) {
            auto at = view.lower.find(verb);
            if (at == std::string::npos) continue;
            for (const auto& mention : view.dates)
                if (mention.date.resolved() && mention.span.start >= view.span.start + at) {
                    date = mention.date;
                    break;
                }
            break;
        }
    }
    // For a pledge made in a speech, the speech's date ("said in a speech at the General Assembly").
    if (event == "pledged" && !date && discourse.last_engagement &&
        discourse.last_engagement->sentence == view.index) {
        const auto& fields = out[discourse.last_engagement->candidate].fields;
        if (auto* value = domain::text_of(fields, "date")) {
            auto precision = out[discourse.last_engagement->candidate].date_precision;
            date = ResolvedDate{*value, precision == "day" ? DatePrecision::day : DatePrecision::month};
        }
    }
    std::vector<const Quantity*> counts;
    std::vector<Quantity> inherited;
    inherited.reserve(view.quantities.size());
    const Quantity* previous = nullptr;
    for (const auto& original : view.quantities) {
        // "pledged 150 soldiers, and the Bahamas committed to send 150 more": the noun of the count before.
        const Quantity* counted = &original;
        if (original.personnel.empty() && original.currency.empty() && previous &&
            original.last_word + 1 < view.words.size() &&
            view.words[original.last_word + 1].lower == "more") {
            inherited.push_back(original);
            inherited.back().personnel = previous->personnel;
            counted = &inherited.back();
        }
        if (!original.personnel.empty()) previous = &original;
        const auto& quantity = *counted;
        if (!quantity.currency.empty() || quantity.personnel.empty() || is_off_mission_figure(view, quantity))
            continue;
        if (is_total_or_target(view, quantity)) continue;
        counts.push_back(&quantity);
    }
    // A count that completes an arrival read just before: "The group, consisting of 20 soldiers...".
    auto& pending = discourse.pending_arrival;
    if (pending && !pending->used && view.index - pending->sentence <= 2 && !counts.empty() &&
        (event.empty() || event == "arrived") && !is_future_or_hypothetical(view)) {
        for (const auto* quantity : counts) {
            auto country = country_for(view, *quantity);
            if (!country.empty() && country != pending->country) continue;
            Span evidence{view.span.start, counts.back()->span.end};
            add_event(view, discourse, out, pending->country, pending->event,
                      personnel_or_default(view, quantity), quantity, pending->date, evidence,
                      "deployment.count_of_arrival", 0.8);
        }
        pending->used = true;
        return;
    }
    if (event.empty()) return;
    if (event != "pledged" && view.quote_at(view.span.start + 1) &&
        view.quotes.front().span.end >= view.span.end - 2)
        return;
    if (counts.empty()) {
        // An arrival without a count waits for the next sentence; a pledge without one is still a
        // pledge ("Kenya will deploy the additional contingent").
        std::string country;
        for (const auto& mention : view.entities)
            if (mention.entity->kind == EntityKind::country && mention.demonym) {
                country = mention.entity->key;
                break;
            }
        for (const auto& mention : view.entities)
            if (country.empty() && mention.entity->kind == EntityKind::country &&
                !is_destination(view, mention) && mention.span.start < view.span.start + 60)
                country = mention.entity->key;
        if (country.empty()) return;
        if (event == "pledged") {
            if (!view.has(" contingent") && !view.has(" officers") && !view.has(" troops") &&
                !view.has(" personnel"))
                return;
            auto clause_end = view.span.end;
            for (const auto& quantity : view.quantities) clause_end = std::max(clause_end, quantity.span.end);
            Span evidence{
                view.quotes.empty() ? view.span.start : view.quotes.front().span.start,
                std::min(view.span.end, view.quotes.empty() ? view.span.end : view.quotes.front().span.end)};
            add_event(view, discourse, out, country, event, personnel_or_default(view, nullptr), nullptr,
                      date, evidence, "deployment.pledge_without_count", 0.55);
            if (for_date) out.back().notes.push_back("for: " + for_date->value);
            return;
        }
        if (event == "arrived" && date) {
            discourse.pending_arrival = Discourse::PendingArrival{country, event, *date, view.index, false};
            discourse.event_date = *date;
        }
        return;
    }
    for (const auto* quantity : counts) {
        auto country = country_for(view, *quantity);
        if (country.empty() && pending && view.index - pending->sentence <= 2) country = pending->country;
        if (country.empty()) continue;
        auto event_date = date;
        if (!event_date && pending && view.index - pending->sentence <= 2 && event == "arrived")
            event_date = pending->date;
        std::size_t start = clause_start(view, quantity->span.start);
        for (const auto& mention : view.entities)
            if (mention.entity->key == country && mention.span.start < start &&
                mention.span.start >= view.span.start && start - mention.span.start < 40)
                start = mention.span.start;
        std::size_t end = quantity->span.end;
        for (const auto& mention : view.dates)
            if (mention.span.start >= end && mention.span.start < end + 40) end = mention.span.end;
        auto verb_end = view.lower.find(event == "arrived" ? " arrived" : " pledged");
        (void)verb_end;
        add_event(view, discourse, out, country, event, personnel_or_default(view, quantity), quantity,
                  event_date, {start, end}, "deployment." + event, event == "pledged" ? 0.75 : 0.8);
        if (event_date && event != "pledged") discourse.event_date = event_date;
        if (pending) pending->used = true;
    }
}

}  // namespace mssops::extract
