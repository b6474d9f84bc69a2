#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "domain/evidence_age.hpp"
#include "domain/exchange_rates.hpp"
#include "domain/result.hpp"
#include "report/pdf_printer.hpp"
#include "report/situation_report.hpp"
#include "store/store.hpp"

namespace mssops::report {

/// The forms a situation report is written in.
enum class ReportFormat { markdown, html, pdf };

/// Reads "md", "html" or "pdf"; invalid_input naming `field` otherwise.
domain::Result<ReportFormat> parse_report_format(std::string_view text, std::string_view field);

/// What the CLI and the API ask for: a mission, a period ("" for the defaults of report_period) and a form.
struct ReportRequest {
    std::string slug;
    std::string from;
    std::string to;
    ReportFormat format = ReportFormat::markdown;
    std::string language = "en";       // A report language (report_language.hpp): the words, dates and paper.
    domain::EvidenceOptions evidence;  // When the period's last day calls a figure's evidence old.
};

/// A written report and its media type.
struct ReportOutput {
    std::string
        content_type;       // "text/markdown; charset=utf-8", "text/html; charset=utf-8", "application/pdf".
    std::string extension;  // "md", "html", "pdf".
    std::string body;
};

/// The situation report asked for (its format aside), read from `store` (gather_report_facts) and
/// built (build_situation_report); `today` sets the default period. Errors as report_period (naming
/// "from" or "to"), the gathering and the building.
domain::Result<SituationReport> situation_report(store::Store& store, const domain::ExchangeRateTable& rates,
                                                 const ReportRequest& request, std::chrono::sys_days today);

/// `report` written in `format` with the words of `language` (a report language). Errors for PDF as
/// print_pdf; markdown and HTML always succeed.
domain::Result<ReportOutput> render_report(const SituationReport& report, ReportFormat format,
                                           const std::string& language, const PdfOptions& pdf);

/// The situation report asked for, read from `store` (gather_report_facts), built
/// (build_situation_report) and written in the form asked for; `today` sets the default period.
/// Errors as report_period (naming "from" or "to"), the gathering and the building; for PDF as print_pdf.
domain::Result<ReportOutput> write_report(store::Store& store, const domain::ExchangeRateTable& rates,
                                          const ReportRequest& request, std::chrono::sys_days today,
                                          const PdfOptions& pdf);

}  // namespace mssops::report
