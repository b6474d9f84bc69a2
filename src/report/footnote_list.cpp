#include "report/footnote_list.hpp"

#include <algorithm>

#include "report/figure_format.hpp"

namespace mssops::report {

std::string citation_text(const SourceCitation& source) {
    std::string text = source.synthetic ? "Synthetic data (not a publication): " : "";
    text += source.publisher + ", \"" + source.title + "\"";
    if (source.published) text += ", published " + format_date(*source.published);
    return text + " [source " + source.key + "]";
}

int FootnoteList::cite(const std::string& source_id) {
    auto found = by_source_.find(source_id);
    if (found != by_source_.end()) return found->second;
    Footnote footnote;
    footnote.number = static_cast<int>(footnotes_.size()) + 1;
    footnote.source_id = source_id;
    auto source = sources_.find(source_id);
    if (source == sources_.end()) {
        footnote.text = "Source \"" + source_id + "\": no source record with this key is stored.";
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
