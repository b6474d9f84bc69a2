#include <cctype>

#include "domain/kind_names.hpp"
#include "extract/rules/rules.hpp"

namespace mssops::extract {
namespace {

std::string action_of(const SentenceView& view) {
    if (view.has(" extend") || view.has(" renew") || view.has(" prolong") || view.has(" prorog"))
        return "extend";
    if (view.has(" terminat") || view.has(" end the mandate")) return "terminate";
    if (view.has(" authoriz") || view.has(" authoris") || view.has(" establish") ||
        view.has(" approved the deployment"))
        return "authorize";
    if (view.has(" modif") || view.has(" amend")) return "modify";
    return "";
}

}  // namespace

void read_council_votes(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out) {
    // Penholders named after the vote: "The resolution, which was led by the United States and Ecuador".
    if (discourse.last_resolution && view.has("resolution") &&
        (view.has(" led by") || view.has(" drafted by") || view.has(" penholder") ||
         view.has(" sponsored by"))) {
        domain::TextList penholders;
        for (const auto& mention : view.entities)
            if (mention.entity->kind == EntityKind::country) penholders.push_back(mention.entity->key);
        if (!penholders.empty()) out[*discourse.last_resolution].fields["penholders"] = penholders;
        discourse.last_resolution.reset();
        return;
    }
    bool council = view.has("security council") || view.has(" unsc") || view.has("conseil de sécurité");
    bool vote = view.has(" voted") || view.has(" adopted") || view.has(" unanimous") ||
                view.has(" vote of") || view.has(" in favour") || view.has(" in favor") ||
                view.has(" a adopté");
    if (!council || !vote || is_future_or_hypothetical(view)) return;
    auto action = action_of(view);
    if (action.empty()) return;
    Candidate resolution;
    resolution.kind = domain::kinds::resolutions;
    resolution.rule = "council.vote";
    resolution.confidence = 0.7;
    resolution.fields["body"] = std::string("unsc");
    resolution.fields["action"] = action;
    if (!discourse.mission.empty()) resolution.fields["mission"] = discourse.mission;
    // "resolution 2751".
    for (std::size_t k = 0; k + 1 < view.words.size(); ++k)
        if (view.words[k].lower == "resolution" && view.words[k + 1].number)
            resolution.fields["number"] = static_cast<std::int64_t>(std::stoll(view.words[k + 1].lower));
    // Dates: "until <date>" is the mandate's end; another is the vote's.
    for (const auto& mention : view.dates) {
        if (!mention.date.resolved()) continue;
        auto before = view.article.substr(mention.span.start >= 7 ? mention.span.start - 7 : 0, 7);
        if (before.find("until") != std::string_view::npos ||
            before.find("through") != std::string_view::npos ||
            before.find("jusqu") != std::string_view::npos)
            set_date(resolution, "mandate_end", mention.date);
        else
            set_date(resolution, "adopted", mention.date);
    }
    // Votes: "unanimously" is all fifteen members; "12 in favour ... 3 abstaining" are counts.
    if (view.has(" unanimous") || view.has(" à l'unanimité")) {
        resolution.vote_counts = VoteCounts{15, 0, 0};
        resolution.fields["unanimous"] = std::string("yes");
        resolution.notes.push_back("votes: unanimously, so 15 in favour, none against, no abstention");
    }
    VoteCounts counts{};
    bool counted = false;
    for (const auto& quantity : view.quantities) {
        auto after = std::string(view.article.substr(quantity.span.end, 24));
        for (auto& c : after) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (after.starts_with(" in favour") || after.starts_with(" in favor") ||
            after.starts_with(" votes in") || after.starts_with(" for"))
            counts.yes = static_cast<int>(quantity.value), counted = true;
        else if (after.starts_with(" against"))
            counts.no = static_cast<int>(quantity.value), counted = true;
        else if (after.starts_with(" abstention") || after.starts_with(" abstaining") ||
                 after.starts_with(" abstain"))
            counts.abstain = static_cast<int>(quantity.value), counted = true;
    }
    // Named abstainers: "with China, Russia and Pakistan abstaining".
    auto abstaining = view.lower.find(" abstaining");
    auto with = view.lower.rfind(" with ", abstaining);
    if (abstaining != std::string::npos && with != std::string::npos) {
        domain::TextList abstainers;
        for (const auto& mention : view.entities)
            if (mention.entity->kind == EntityKind::country && mention.span.start >= view.span.start + with &&
                mention.span.end <= view.span.start + abstaining)
                abstainers.push_back(mention.entity->key);
        if (!abstainers.empty()) {
            resolution.fields["votes_abstain"] = abstainers;
            if (counts.abstain == 0) counts.abstain = static_cast<int>(abstainers.size());
            counted = true;
            if (counts.yes == 0) counts.yes = 15 - counts.abstain - counts.no;
        }
    }
    // Named in brackets after the count: "three abstentions (China, Russia, Pakistan)".
    if (auto at = view.lower.find(" abstention");
        at != std::string::npos && !resolution.fields.contains("votes_abstain")) {
        auto open = view.lower.find('(', at);
        auto close = open == std::string::npos ? std::string::npos : view.lower.find(')', open);
        if (open != std::string::npos && close != std::string::npos && open < at + 16) {
            domain::TextList abstainers;
            for (const auto& mention : view.entities)
                if (mention.entity->kind == EntityKind::country &&
                    mention.span.start + 1 > view.span.start + open &&
                    mention.span.end <= view.span.start + close)
                    abstainers.push_back(mention.entity->key);
            if (!abstainers.empty()) resolution.fields["votes_abstain"] = abstainers;
        }
    }
    if (counted) resolution.vote_counts = counts;
    if (!resolution.fields.contains("adopted") && !discourse.published.empty()) {
        resolution.notes.push_back("adopted: the text does not date the vote");
    }
    resolution.evidence = view.span;
    discourse.last_resolution = out.size();
    out.push_back(std::move(resolution));
}

}  // namespace mssops::extract
