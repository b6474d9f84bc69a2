#include <algorithm>

#include "domain/kind_names.hpp"
#include "extract/rules/rules.hpp"

namespace mssops::extract {
namespace {

struct StanceCue {
    std::string_view phrase;
    std::string_view stance;
};

// Words that carry a stance. Abstaining is not opposing: "abstain" is no cue.
constexpr StanceCue stance_cues[] = {
    {" withdrew the suggestion", "withdrew_support"},
    {" withdrew the proposal", "withdrew_support"},
    {" withdrew its support", "withdrew_support"},
    {" dropped the proposal", "withdrew_support"},
    {" backed away from", "withdrew_support"},
    {" opposition from ", "opposes"},
    {" opposed", "opposes"},
    {" opposes", "opposes"},
    {" rejected ", "opposes"},
    {" objected to", "opposes"},
    {" no problem with", "open"},
    {" openness", "open"},
    {" open to ", "open"},
    {" willing to consider", "open"},
    {" advocated", "supports"},
    {" called for", "supports"},
    {" supports ", "supports"},
    {" backed ", "supports"},
    {" in favour of", "supports"},
    {" in favor of", "supports"},
    {" had proposed", "supports"},
    {" proposed ", "supports"},
    {" pushed for", "supports"},
    {" urged ", "supports"},
    {" to enhance the capability", "supports"},
    {" welcomed ", "supports"},
    {" resisted", "opposes"},
    {" blocked", "opposes"},
    {" asked for", "supports"},
    {" requested", "supports"},
    {" appealed for", "supports"},
    {" recommended", "supports"},
    {" undecided", "undecided"},
    {" soutient", "supports"},
    {" s'oppose", "opposes"},
};

// The subject: turning the mission into a UN peacekeeping operation, named or referred back to.
bool about_transition(const SentenceView& view, const Discourse& discourse) {
    bool peacekeeping = view.has("peacekeeping") || view.has("maintien de la paix");
    bool change = view.has("transition") || view.has("transform") || view.has(" into ") ||
                  view.has("convert") || view.has(" transit");
    if (peacekeeping && change) return true;
    bool refers_back = view.has(" this transition") || view.has(" the suggestion") || view.has(" the idea") ||
                       view.has(" the proposal");
    return refers_back && discourse.last_subject == "transition_to_un_pko" &&
           view.index - discourse.last_subject_sentence <= 2;
}

void add_position(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out,
                  const std::string& actor, std::string_view actor_kind, std::string_view stance,
                  Span evidence, const Quote* quote, std::string rule) {
    Candidate position;
    position.kind = domain::kinds::positions;
    position.rule = std::move(rule);
    position.confidence = stance == "supports" && quote ? 0.6 : 0.75;
    position.fields["actor"] = actor;
    position.fields["actor_kind"] = std::string(actor_kind);
    position.fields["subject"] = std::string("transition_to_un_pko");
    position.fields["stance"] = std::string(stance);
    if (!discourse.mission.empty()) position.fields["mission"] = discourse.mission;
    if (quote) position.fields["quote"] = std::string(view.text(quote->span));
    // The date: the sentence's own, else the engagement it was said in, else the article's month.
    std::optional<ResolvedDate> date;
    for (const auto& mention : view.dates)
        if (mention.date.resolved() && !view.quote_at(mention.span.start)) {
            date = mention.date;
            break;
        }
    if (!date && discourse.last_engagement && view.index - discourse.last_engagement->sentence <= 2 &&
        (quote || discourse.last_engagement->sentence == view.index)) {
        const auto& engagement = out[discourse.last_engagement->candidate];
        if (auto* value = domain::text_of(engagement.fields, "date"))
            date = ResolvedDate{*value, engagement.date_precision == "day"     ? DatePrecision::day
                                        : engagement.date_precision == "month" ? DatePrecision::month
                                                                               : DatePrecision::approximate};
    }
    if (!date) date = report_date(discourse);
    if (date)
        set_date(position, "date", *date);
    else
        set_date(position, "date",
                 ResolvedDate{{}, DatePrecision::unresolved, {}, {}, "needs the publication date"});
    position.evidence = evidence;
    out.push_back(std::move(position));
}

}  // namespace

void read_stances(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out) {
    if (!about_transition(view, discourse)) return;
    discourse.last_subject = "transition_to_un_pko";
    discourse.last_subject_sentence = view.index;
    std::size_t searched_from = 0;
    std::string clause_actor;
    std::string clause_actor_kind;
    // Cues in the order the sentence gives them: "X had proposed ... but later withdrew" needs X first.
    std::vector<std::pair<std::size_t, const StanceCue*>> found_cues;
    for (const auto& cue : stance_cues) {
        auto at = view.lower.find(cue.phrase, 0);
        bool inside_earlier = false;
        for (const auto& [other_at, other] : found_cues)
            if (at != std::string::npos && at >= other_at && at < other_at + other->phrase.size())
                inside_earlier = true;
        if (at != std::string::npos && !inside_earlier) found_cues.emplace_back(at, &cue);
    }
    std::sort(found_cues.begin(), found_cues.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [found, cue_pointer] : found_cues) {
        const auto& cue = *cue_pointer;
        (void)searched_from;
        std::size_t cue_offset = view.span.start + found;  // The padded space maps onto the word.
        const Quote* quote = view.quote_at(cue_offset);
        if (cue.phrase == " opposition from ") {
            std::size_t after = cue_offset + cue.phrase.size() - 1;
            for (const auto& mention : view.entities)
                if (mention.span.start >= after && mention.span.start < after + 40 &&
                    mention.entity->kind == EntityKind::country)
                    add_position(view, discourse, out, mention.entity->key, "country", cue.stance,
                                 {cue_offset, view.span.end}, nullptr, "stance.opposition_from");
            continue;
        }
        // The actor: names before the cue in its clause, else the speaker of the quotation, else the
        // subject of the clause before ("X had proposed ... but later withdrew").
        std::vector<const EntityMention*> actors;
        auto clause = clause_start(view, cue_offset);
        if (!quote) {
            for (const auto& mention : view.entities) {
                if (mention.span.start >= cue_offset) break;
                if (mention.entity->kind == EntityKind::mission || view.quote_at(mention.span.start))
                    continue;
                if (mention.span.start >= clause) actors.push_back(&mention);
            }
            // "The Haitian government, including the Transitional Presidential Council, also advocated".
            if (actors.empty()) {
                for (const auto& mention : view.entities)
                    if (mention.span.start < cue_offset && mention.entity->kind != EntityKind::mission &&
                        view.article.substr(view.span.start, mention.span.start - view.span.start)
                                .find(',') == std::string_view::npos)
                        actors.push_back(&mention);
                if (!actors.empty() &&
                    view.article.substr(actors.front()->span.end, 14).find(", including") == 0)
                    for (const auto& mention : view.entities)
                        if (mention.span.start > actors.front()->span.end &&
                            mention.span.start < cue_offset && mention.entity->kind != EntityKind::mission &&
                            &mention != actors.front())
                            actors.push_back(&mention);
            }
        }
        // "Haiti's Transitional Presidential Council": the country only says whose body it is.
        actors.erase(std::remove_if(actors.begin(), actors.end(),
                                    [&](const EntityMention* actor) {
                                        if (actor->entity->kind != EntityKind::country) return false;
                                        for (const auto& next : view.entities)
                                            if (next.first_word == actor->last_word + 1 &&
                                                next.entity->kind == EntityKind::organisation)
                                                return true;
                                        return false;
                                    }),
                     actors.end());
        Span evidence{quote ? quote->span.start : clause, view.span.end};
        if (!actors.empty()) {
            for (const auto* actor : actors) {
                if (actor->entity->kind == EntityKind::country && !actor->demonym &&
                    view.lower.find(" government") == std::string::npos && actor->span.start > clause &&
                    false)
                    continue;
                add_position(view, discourse, out, actor->entity->key, to_text(actor->entity->kind),
                             cue.stance, {std::min(actor->span.start, evidence.start), evidence.end}, nullptr,
                             "stance.named_actor");
                discourse.last_stance_actor = actor->entity->key;
                discourse.last_stance_actor_kind = std::string(to_text(actor->entity->kind));
            }
        } else if (quote && !quote->speaker_key.empty()) {
            add_position(view, discourse, out, quote->speaker_key, "person", cue.stance, evidence, quote,
                         "stance.quoted_speaker");
        } else if (!discourse.last_stance_actor.empty() && view.has(" later ")) {
            add_position(view, discourse, out, discourse.last_stance_actor, discourse.last_stance_actor_kind,
                         cue.stance, evidence, nullptr, "stance.same_actor_later");
        } else if (view.lower.find(" he ") < found || view.lower.find(" she ") < found ||
                   (found < view.lower.size() && !discourse.last_person_key.empty() &&
                    view.text(Span{clause, cue_offset}).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 0 &&
                    view.text(Span{clause, cue_offset}).find(' ') == std::string_view::npos)) {
            add_position(view, discourse, out, discourse.last_person_key, "person", cue.stance, evidence,
                         nullptr, "stance.last_person");
        }
        (void)clause_actor;
        (void)clause_actor_kind;
    }
}

}  // namespace mssops::extract
