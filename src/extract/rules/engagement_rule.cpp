#include <algorithm>

#include "domain/kind_names.hpp"
#include "extract/rules/rules.hpp"

namespace mssops::extract {
namespace {

struct Cue {
    std::string_view phrase;
    std::string_view kind;
    double confidence;
};

// Earlier cues win: "spoke by phone" is a call before "spoke" is anything.
constexpr Cue cues[] = {
    {" wrote on x", "post", 0.9},      {" posted on ", "post", 0.9},
    {" tweeted", "post", 0.85},        {" wrote on ", "post", 0.7},
    {" in a post", "post", 0.85},      {" phone call", "call", 0.9},
    {" by phone", "call", 0.9},        {" telephone", "call", 0.85},
    {" spoke with ", "call", 0.7},     {" spoke to ", "call", 0.6},
    {" held talks", "meeting", 0.7},   {" met with ", "meeting", 0.8},
    {" met ", "meeting", 0.6},         {" meeting with ", "meeting", 0.8},
    {" in a speech", "speech", 0.9},   {" addressing ", "speech", 0.8},
    {" addressed ", "speech", 0.8},    {" seeing the ", "speech", 0.6},
    {" flagging off", "speech", 0.7},  {" send-off", "speech", 0.7},
    {" visit to ", "visit", 0.85},     {" visited ", "visit", 0.85},
    {" trip to ", "visit", 0.75},      {" visite ", "visit", 0.75},
    {" s'est entretenu", "call", 0.7}, {" entretien téléphonique", "call", 0.9},
};

// The UN General Assembly's general debate is held in September: a speech there with no date
// stated is dated to the September before publication, by month.
std::optional<ResolvedDate> general_assembly_date(const SentenceView& view, const Discourse& discourse) {
    if (!view.has("general assembly") && !view.has(" unga")) return std::nullopt;
    if (discourse.published.size() < 7) return std::nullopt;
    int year = std::stoi(discourse.published.substr(0, 4));
    int month = std::stoi(discourse.published.substr(5, 2));
    if (month < 9) --year;
    ResolvedDate date{std::to_string(year) + "-09", DatePrecision::month};
    date.note = "the General Assembly's general debate is held in September";
    return date;
}

}  // namespace

void read_engagements(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out) {
    if (is_future_or_hypothetical(view) && view.quotes.empty()) return;
    const Cue* cue = nullptr;
    std::size_t cue_at = std::string::npos;
    for (const auto& candidate : cues) {
        auto found = view.lower.find(candidate.phrase);
        if (found == std::string::npos) continue;
        // A cue inside a quotation is what someone said, not what happened.
        if (view.quote_at(view.span.start + (found > 0 ? found - 1 : 0) + 1)) continue;
        cue = &candidate;
        cue_at = found;
        break;
    }
    const Quote* quote = view.quotes.empty() ? nullptr : &view.quotes.front();
    if (!cue) {
        // A quotation with a speaker and no other engagement in the sentence: it belongs to the
        // speaker's engagement of the sentences just before ("he added", "he said"), or is a statement.
        if (!quote || quote->speaker_key.empty()) return;
        if (discourse.last_engagement && discourse.last_engagement->person == quote->speaker_key &&
            view.index - discourse.last_engagement->sentence <= 3) {
            auto& engagement = out[discourse.last_engagement->candidate];
            if (!engagement.fields.contains("quote"))
                engagement.fields["quote"] = std::string(view.text(quote->span));
            return;
        }
        Candidate statement;
        statement.kind = domain::kinds::engagements;
        statement.rule = "engagement.quoted_statement";
        statement.confidence = 0.5;
        statement.fields["engagement_kind"] = std::string("statement");
        statement.fields["participants"] = domain::TextList{quote->speaker_key};
        statement.fields["quote"] = std::string(view.text(quote->span));
        statement.fields["summary"] = quote->speaker_name + " " + quote->verb + ": \"" +
                                      std::string(view.text(quote->span)).substr(0, 120) + "\"";
        if (auto* date = view.first_date())
            set_date(statement, "date", date->date);
        else if (discourse.event_date) {
            auto date = *discourse.event_date;
            if (!date.value.ends_with("~")) date.value += "~";
            date.precision = DatePrecision::approximate;
            set_date(statement, "date", date);
        } else if (!discourse.published.empty()) {
            ResolvedDate date{discourse.published + "~", DatePrecision::approximate};
            date.note = "the article's date: the text does not date the statement";
            set_date(statement, "date", date);
        } else {
            set_date(statement, "date", ResolvedDate{});
        }
        statement.evidence = view.span;
        if (!discourse.mission.empty()) statement.fields["mission"] = discourse.mission;
        discourse.last_engagement = Discourse::RecentEngagement{out.size(), view.index, quote->speaker_key};
        out.push_back(std::move(statement));
        return;
    }
    Candidate engagement;
    engagement.kind = domain::kinds::engagements;
    engagement.rule = "engagement." + std::string(cue->kind);
    engagement.confidence = cue->confidence;
    engagement.fields["engagement_kind"] = std::string(cue->kind);
    // Participants: the persons, countries and bodies named outside quotations, then the speaker.
    domain::TextList participants;
    std::string lead;
    for (const auto& mention : view.entities) {
        if (view.quote_at(mention.span.start) || mention.entity->kind == EntityKind::mission) continue;
        if (mention.demonym) continue;
        // A visit's host country is a participant; for a call or post, a country named in passing is not.
        if (mention.entity->kind == EntityKind::country && cue->kind != "visit") continue;
        if (std::find(participants.begin(), participants.end(), mention.entity->key) == participants.end())
            participants.push_back(mention.entity->key);
        if (lead.empty() && mention.entity->kind == EntityKind::person) lead = mention.entity->key;
    }
    std::string speaker = quote && !quote->speaker_key.empty() ? quote->speaker_key : "";
    if (!speaker.empty() &&
        std::find(participants.begin(), participants.end(), speaker) == participants.end())
        participants.insert(participants.begin(), speaker);
    if (participants.empty() || (lead.empty() && speaker.empty())) {
        // "he said in a speech", "During a visit to Haiti, Ruto...": the person last named.
        if (!discourse.last_person_key.empty() && std::find(participants.begin(), participants.end(),
                                                            discourse.last_person_key) == participants.end())
            participants.insert(participants.begin(), discourse.last_person_key);
    }
    if (participants.empty()) return;
    if (lead.empty()) lead = speaker.empty() ? participants.front() : speaker;
    engagement.fields["participants"] = participants;
    if (quote) engagement.fields["quote"] = std::string(view.text(quote->span));
    // The date: one the sentence gives; for a speech at the General Assembly its September; for a
    // post reporting a call, the call's date, approximately.
    const DateMention* date = nullptr;
    for (const auto& mention : view.dates)
        if (mention.date.resolved() && !view.quote_at(mention.span.start)) {
            date = &mention;
            break;
        }
    if (date) {
        set_date(engagement, "date", date->date);
        discourse.event_date = date->date;
    } else if (auto assembly =
                   cue->kind == "speech" ? general_assembly_date(view, discourse) : std::nullopt) {
        set_date(engagement, "date", *assembly);
    } else if (cue->kind == "post" && discourse.event_date) {
        auto reported = *discourse.event_date;
        reported.value += "~";
        reported.precision = DatePrecision::approximate;
        reported.note = "the post is dated by the event it reports";
        set_date(engagement, "date", reported);
    } else {
        set_date(engagement, "date",
                 ResolvedDate{{}, DatePrecision::unresolved, {}, {}, "the text gives no date"});
        engagement.confidence -= 0.2;
    }
    auto sentence = std::string(view.text());
    engagement.fields["summary"] = sentence.size() > 240 ? sentence.substr(0, 240) : sentence;
    if (!discourse.mission.empty()) engagement.fields["mission"] = discourse.mission;
    // "the peacekeeping mission" alone is loose wording for the mission, not the transition topic.
    if (view.has("peacekeeping") && (view.has("transition") || view.has("transform") || view.has(" into ")))
        engagement.fields["topics"] = domain::TextList{"transition_to_un_pko"};
    // Evidence: from the clause's start to the end of the cue's clause, quotations left out.
    std::size_t cue_offset = view.span.start + (cue_at > 0 ? cue_at - 1 : 0);
    std::size_t start = quote && quote->span.end <= cue_offset ? quote->span.end + 1 : view.span.start;
    start = std::min(start, cue_offset);
    while (start < view.span.end &&
           (view.article[start] == ' ' || view.article[start] == '"' || view.article[start] == ',' ||
            static_cast<unsigned char>(view.article[start]) >= 0x80))
        ++start;
    engagement.evidence = {start, view.span.end};
    discourse.last_engagement = Discourse::RecentEngagement{out.size(), view.index, lead};
    out.push_back(std::move(engagement));
}

}  // namespace mssops::extract
