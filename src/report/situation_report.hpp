#pragma once

#include <string>
#include <vector>

#include "domain/evidence_age.hpp"
#include "domain/result.hpp"
#include "report/report_facts.hpp"
#include "report/report_period.hpp"

namespace mssops::report {

/// A numbered footnote: the source record a figure rests on, or a note on stored records that name
/// no source record.
struct Footnote {
    int number = 0;
    std::string source_id;   // "" for a note.
    std::string text;        // The citation (publisher, title, date and key), or the note.
    std::string url;         // Where to read the source; "" when the record gives none.
    bool synthetic = false;  // The source is marked synthetic: generated demo or load data.
};

/// One figure and the footnotes it rests on (at least one).
struct Figure {
    std::string label;
    std::string value;
    std::string detail;  // How the figure was found, in a sentence; "" when the value says it all.
    std::vector<int> footnotes;
};

/// One row of a table of figures, with the footnotes of its figures.
struct FigureRow {
    std::vector<std::string> cells;  // One per column.
    std::vector<int> footnotes;
};

/// A table of figures, one item per row.
struct FigureTable {
    std::string caption;
    std::vector<std::string> columns;
    std::vector<FigureRow> rows;
};

/// One part of the report: plain statements first (what is not stored, how to read what follows),
/// then figures, then tables.
struct ReportSection {
    std::string title;
    std::vector<std::string> statements;
    std::vector<Figure> figures;
    std::vector<FigureTable> tables;
};

/// A situation report on a mission for a period, each figure footnoted with its source.
struct SituationReport {
    std::string title;    // "Situation report: <mission name> (<acronym>)".
    std::string mission;  // The mission's key.
    ReportPeriod period;
    std::vector<std::string> preamble;    // The period and how the figures are taken, in sentences.
    std::vector<ReportSection> sections;  // Strength, mandate, Council, funding, incidents.
    std::vector<Footnote> footnotes;      // Numbered from 1 in the order first cited; a source cited again
                                          // keeps its number.
};

/// Assembles the report from `facts` for `period`: strength, the mandate and the Council's outlook as
/// they stand on the period's last day, funding as of that day's month, and incidents counted over the
/// period against the period of the same length before it. Pure: no I/O. Errors as the funding
/// summary (a flow without an exchange rate is invalid_input naming it). A figure whose newest evidence is
/// older than evidence.stale_after_days on the last day is warned about in the preamble.
domain::Result<SituationReport> build_situation_report(const ReportFacts& facts, const ReportPeriod& period,
                                                       const domain::EvidenceOptions& evidence = {});

}  // namespace mssops::report
