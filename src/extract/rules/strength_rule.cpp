#include "domain/kind_names.hpp"
#include "extract/rules/rules.hpp"

namespace mssops::extract {
namespace {

bool says_current(const SentenceView& view) {
    for (std::string_view cue : {" currently",         " now ",
                                 " brings the total",  " bringing the total",
                                 " total of",          " are working",
                                 " are deployed",      " are now",
                                 " on the ground",     " stands at",
                                 " has approximately", " has about",
                                 " has some",          " have been deployed",
                                 " there are ",        " so far",
                                 " to date",           " in total",
                                 " already",           " actuellement",
                                 " au total"})
        if (view.has(cue)) return true;
    return false;
}

bool says_target(const SentenceView& view, const Quantity& quantity) {
    std::size_t from = quantity.first_word >= 6 ? quantity.first_word - 6 : 0;
    for (std::size_t k = from; k < quantity.first_word; ++k)
        for (std::string_view cue : {"target", "planned", "goal", "ceiling", "full", "objectif"}) {
            // "the full 1,000 officers it pledged": a country's pledge, read by the deployment rule.
            if (cue == "full" && view.has(" pledged")) continue;
            if (view.words[k].lower == cue) return true;
        }
    // "authorizes a force of up to 5,500 personnel": a Council ceiling.
    return quantity.qualifier == "at_most" && (view.has(" authoriz") || view.has(" authoris"));
}

std::string country_of(const SentenceView& view, const Quantity& quantity) {
    for (const auto& mention : view.entities)
        if (mention.entity->kind == EntityKind::country && mention.demonym &&
            mention.first_word >= quantity.number_word && mention.last_word <= quantity.last_word + 1)
            return mention.entity->key;
    // "the total number of Kenyan police in Haiti to 744": the demonym before the number.
    for (const auto& mention : view.entities)
        if (mention.entity->kind == EntityKind::country && mention.demonym &&
            mention.span.end <= quantity.span.start)
            return mention.entity->key;
    return "";
}

std::string personnel_before(const SentenceView& view, const Quantity& quantity) {
    for (std::size_t k = quantity.first_word; k-- > 0 && k + 12 > quantity.first_word;) {
        const auto& w = view.words[k].lower;
        if (w == "police" || w == "officers" || w == "policemen") return "police";
        if (w == "soldiers" || w == "troops" || w == "military") return "military";
        if (w == "personnel") return "personnel";
    }
    return "";
}

}  // namespace

void read_strength(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out) {
    for (auto quantity : view.quantities) {
        // "the total number of Kenyan police in Haiti to 744": the noun comes before the number.
        if (quantity.personnel.empty() && quantity.currency.empty() &&
            (view.has(" total number of") || view.has(" total of") || view.has(" brings the total")))
            quantity.personnel = personnel_before(view, quantity);
        if (!quantity.currency.empty() || quantity.personnel.empty() || is_off_mission_figure(view, quantity))
            continue;
        std::string personnel = quantity.personnel == "personnel" ? "all" : quantity.personnel;
        if (says_target(view, quantity)) {
            Candidate target;
            target.kind = domain::kinds::strength_targets;
            target.rule = "strength.target";
            target.confidence = 0.8;
            if (!discourse.mission.empty()) target.fields["mission"] = discourse.mission;
            target.fields["personnel_type"] = personnel;
            target.fields["number"] = quantity.value;
            std::optional<ResolvedDate> by;
            for (const auto& mention : view.dates)
                if (mention.span.start > quantity.span.start && mention.date.resolved()) {
                    by = mention.date;
                    break;
                }
            if (by)
                set_date(target, "by_date", *by);
            else
                set_date(target, "by_date",
                         ResolvedDate{{}, DatePrecision::unresolved, {}, {}, "no date stated"});
            // Who stated it: "as indicated by Ruto", the quotation's speaker, or the person last named.
            std::string stated_by;
            for (const auto& mention : view.entities)
                if (mention.entity->kind == EntityKind::person && mention.span.start > quantity.span.end)
                    stated_by = mention.entity->key;
            if (stated_by.empty() && !view.quotes.empty()) stated_by = view.quotes.front().speaker_key;
            if (!stated_by.empty()) target.fields["stated_by"] = stated_by;
            target.evidence = {clause_start(view, quantity.span.start), view.span.end};
            // From the word that makes it a target: "the planned 2,500 officers", "the target of".
            for (std::size_t k = quantity.first_word >= 6 ? quantity.first_word - 6 : 0;
                 k < quantity.first_word; ++k)
                for (std::string_view cue : {"target", "planned", "goal", "ceiling", "full", "objectif"})
                    if (view.words[k].lower == cue && view.words[k].span.start >= target.evidence.start) {
                        target.evidence.start = view.words[k].span.start;
                        k = quantity.first_word;
                        break;
                    }
            for (const auto& mention : view.dates)
                if (mention.span.start > quantity.span.start)
                    target.evidence.end = std::max(quantity.span.end, mention.span.end);
            for (const auto& mention : view.entities)
                if (mention.entity->kind == EntityKind::person && mention.span.start > quantity.span.end)
                    target.evidence.end = mention.span.end;
            if (auto* quote = view.quote_at(quantity.span.start))
                target.evidence.start = std::max(target.evidence.start, quote->span.start);
            out.push_back(std::move(target));
            continue;
        }
        if (!says_current(view) || is_future_or_hypothetical(view)) continue;
        if (view.quote_at(quantity.span.start)) continue;
        Candidate report;
        report.kind = domain::kinds::strength_reports;
        report.rule = "strength.report";
        report.confidence = 0.75;
        if (!discourse.mission.empty()) report.fields["mission"] = discourse.mission;
        report.fields["personnel_type"] = personnel == "personnel" ? "all" : personnel;
        report.fields["count"] = quantity.value;
        report.fields["qualifier"] = quantity.qualifier;
        if (auto country = country_of(view, quantity); !country.empty()) report.fields["country"] = country;
        // "brings the total to 744" dates the count by the movement just reported; "currently" by
        // the article.
        bool after_event =
            view.has(" brings the total") || view.has(" bringing the total") || view.has(" this now");
        if (after_event && discourse.event_date) {
            set_date(report, "date", *discourse.event_date);
        } else if (!discourse.published.empty()) {
            ResolvedDate date{discourse.published, DatePrecision::day};
            date.note = "the present tense of the text: the count on the publication date";
            set_date(report, "date", date);
        } else if (discourse.event_date) {
            set_date(report, "date", *discourse.event_date);
        } else {
            set_date(report, "date",
                     ResolvedDate{{}, DatePrecision::unresolved, {}, {}, "needs the publication date"});
        }
        report.evidence = {clause_start(view, quantity.span.start), view.span.end};
        if (view.article.substr(report.evidence.start, 4) == "and ") report.evidence.start += 4;
        out.push_back(std::move(report));
    }
}

}  // namespace mssops::extract
