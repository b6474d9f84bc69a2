#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace mssops::report {

/// The report's message catalogs as embedded at build time from src/report/i18n/<language>.json:
/// (language, JSON text) pairs.
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_report_catalogs();

}  // namespace mssops::report
