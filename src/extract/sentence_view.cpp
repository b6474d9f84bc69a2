#include "extract/sentence_view.hpp"

#include <algorithm>

namespace mssops::extract {

const DateMention* SentenceView::first_date() const {
    for (const auto& date : dates)
        if (date.date.resolved()) return &date;
    return nullptr;
}

const Quote* SentenceView::quote_at(std::size_t offset) const {
    for (const auto& quote : quotes)
        if (quote.span.start <= offset && offset < quote.span.end) return &quote;
    return nullptr;
}

void set_date(Candidate& candidate, std::string_view field, const ResolvedDate& date) {
    if (!date.value.empty()) candidate.fields[std::string(field)] = date.value;
    candidate.date_precision = std::string(to_text(date.precision));
    if (!date.note.empty()) candidate.notes.push_back(std::string(field) + ": " + date.note);
    if (!date.range_from.empty())
        candidate.notes.push_back(std::string(field) + ": between " + date.range_from + " and " +
                                  date.range_to);
    if (!date.resolved()) candidate.notes.push_back(std::string(field) + ": unresolved");
}

std::optional<ResolvedDate> report_date(const Discourse& discourse) {
    if (discourse.published.size() < 7) return std::nullopt;
    ResolvedDate date{discourse.published.substr(0, 7) + "~", DatePrecision::approximate};
    date.note = "the article's date: the text does not date it";
    return date;
}

std::size_t clause_start(const SentenceView& view, std::size_t offset) {
    auto text = view.article.substr(view.span.start, offset - view.span.start);
    std::size_t best = 0;
    for (std::string_view separator : {",", ";", ":", " and ", " but ", ". "}) {
        auto found = text.rfind(separator);
        if (found != std::string_view::npos) best = std::max(best, found + separator.size());
    }
    while (best < text.size() && text[best] == ' ') ++best;
    return view.span.start + best;
}

}  // namespace mssops::extract
