#pragma once

#include <string>
#include <string_view>

#include "report/situation_report.hpp"

namespace mssops::report {

/// The report as one self-contained HTML5 page: inline CSS (print-ready, for PDF), no scripts and no
/// external assets (a Content-Security-Policy says so), every stored text escaped, footnote numbers
/// linked to the list of sources, and only http(s) URLs made into links.
std::string render_html(const SituationReport& report);

/// `text` with & < > " ' replaced by character references.
std::string escape_html(std::string_view text);

}  // namespace mssops::report
