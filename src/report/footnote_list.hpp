#pragma once

#include <map>
#include <string>
#include <vector>

#include "report/report_facts.hpp"
#include "report/situation_report.hpp"

namespace mssops::report {

/// Numbers the footnotes of a report in the order they are first cited; citing a source again gives
/// the number it already has, so one source is listed once however many figures rest on it.
class FootnoteList {
public:
    /// `sources` (every source record, by key) must outlive the list.
    explicit FootnoteList(const std::map<std::string, SourceCitation>& sources) : sources_(sources) {}

    /// The number of the footnote citing the source record `source_id`.
    int cite(const std::string& source_id);
    /// The numbers of `source_ids` in order, each once; "" is skipped.
    std::vector<int> cite_all(const std::vector<std::string>& source_ids);
    /// The number of a note that cites no source record; the same text keeps its number.
    int note(const std::string& text);
    /// The footnotes, numbered from 1.
    const std::vector<Footnote>& footnotes() const { return footnotes_; }

private:
    const std::map<std::string, SourceCitation>& sources_;
    std::map<std::string, int> by_source_;  // Source id to its footnote's number.
    std::map<std::string, int> by_note_;    // Note text to its footnote's number.
    std::vector<Footnote> footnotes_;
};

/// The footnote text of a source: `Publisher, "Title", published 26 September 2024 [source key]`,
/// led by "Synthetic data (not a publication):" for a source marked synthetic. The url goes apart.
std::string citation_text(const SourceCitation& source);

}  // namespace mssops::report
