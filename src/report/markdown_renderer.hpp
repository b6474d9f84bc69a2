#pragma once

#include <string>
#include <string_view>

#include "report/situation_report.hpp"

namespace mssops::report {

/// The report as GitHub-flavoured Markdown: sections as headings, figures as a list, tables as pipe
/// tables with a Sources column, and footnotes as [^n] references with their definitions at the end.
std::string render_markdown(const SituationReport& report);

/// `text` with the characters Markdown gives a meaning to (\ ` * _ [ ] < > | # ~) backslash-escaped and
/// line breaks turned into spaces, so stored text reads as written and cannot add markup.
std::string escape_markdown(std::string_view text);

}  // namespace mssops::report
