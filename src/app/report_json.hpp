#pragma once

#include <boost/json/object.hpp>

#include "report/situation_report.hpp"

namespace mssops::app {

/// The situation report as JSON, as `mssops report --json` prints it: title, mission, period (from,
/// to), preamble, sections (statements, figures with their footnote numbers, tables) and footnotes
/// (number, source_id, text, url, synthetic).
boost::json::object situation_report_json(const report::SituationReport& report);

}  // namespace mssops::app
