#include "report/footnote_list.hpp"

#include <algorithm>

#include "report/figure_format.hpp"
#include "report/report_language.hpp"

namespace mssops::report {

std::string citation_text(const SourceCitation& source) {
    // The publisher and title are data; the words around them are the report language's.
    std::string text = source.publisher + ", \"" + source.title + "\"";
    if (source.published)
        text = tr("footnote.published", {{"citation", text}, {"date", format_date(*source.published)}});
    text = tr("footnote.source", {{"citation", text}, {"key", source.key}});
    return source.synthetic ? tr("footnote.synthetic", {{"citation", text}}) : text;
}

int FootnoteList::cite(const std::string& source_id) {
    auto found = by_source_.find(source_id);
    if (found != by_source_.end()) return found->second;
    Footnote footnote;
    footnote.number = static_cast<int>(footnotes_.size()) + 1;
    footnote.source_id = source_id;
    auto source = sources_.find(source_id);
    if (source == sources_.end()) {
        footnote.text = tr("footnote.unknown_source", {{"key", source_id}});
    } else {
        footnote.text = citation_text(source->second);
        footnote.url = source->second.url;
        footnote.synthetic = source->second.synthetic;
    }
    footnotes_.push_back(footnote);
    by_source_.emplace(source_id, footnote.number);
    return footnote.number;
}

std::vector<int> FootnoteList::cite_all(const std::vector<std::string>& source_ids) {
    std::vector<int> numbers;
    for (const auto& source_id : source_ids) {
        if (source_id.empty()) continue;
        int number = cite(source_id);
        if (std::find(numbers.begin(), numbers.end(), number) == numbers.end()) numbers.push_back(number);
    }
    return numbers;
}

int FootnoteList::note(const std::string& text) {
    auto found = by_note_.find(text);
    if (found != by_note_.end()) return found->second;
    Footnote footnote;
    footnote.number = static_cast<int>(footnotes_.size()) + 1;
    footnote.text = text;
    footnotes_.push_back(footnote);
    by_note_.emplace(text, footnote.number);
    return footnote.number;
}

}  // namespace mssops::report
