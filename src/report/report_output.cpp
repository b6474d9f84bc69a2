#include "report/report_output.hpp"

#include "report/html_renderer.hpp"
#include "report/markdown_renderer.hpp"
#include "report/report_facts.hpp"
#include "report/report_language.hpp"
#include "report/situation_report.hpp"

namespace mssops::report {

domain::Result<ReportFormat> parse_report_format(std::string_view text, std::string_view field) {
    if (text == "md") return ReportFormat::markdown;
    if (text == "html") return ReportFormat::html;
    if (text == "pdf") return ReportFormat::pdf;
    return domain::Error::invalid(std::string(field),
                                  "must be md, html or pdf, got \"" + std::string(text) + "\"");
}

domain::Result<SituationReport> situation_report(store::Store& store, const domain::ExchangeRateTable& rates,
                                                 const ReportRequest& request, std::chrono::sys_days today) {
    if (auto ok = domain::validate_evidence_options(request.evidence); !ok) return ok.error();
    ReportLanguageScope language(request.language);
    auto period = report_period(request.from, request.to, today);
    if (!period) return period.error();
    auto facts = gather_report_facts(store, rates, request.slug, *period);
    if (!facts) return facts.error();
    return build_situation_report(*facts, *period, request.evidence);
}

domain::Result<ReportOutput> render_report(const SituationReport& report, ReportFormat format,
                                           const std::string& language, const PdfOptions& pdf) {
    ReportLanguageScope scope(language);
    switch (format) {
        case ReportFormat::markdown:
            return ReportOutput{"text/markdown; charset=utf-8", "md", render_markdown(report)};
        case ReportFormat::html:
            return ReportOutput{"text/html; charset=utf-8", "html", render_html(report)};
        case ReportFormat::pdf:
            break;
    }
    auto bytes = print_pdf(render_html(report), pdf);
    if (!bytes) return bytes.error();
    return ReportOutput{"application/pdf", "pdf", std::move(bytes).value()};
}

domain::Result<ReportOutput> write_report(store::Store& store, const domain::ExchangeRateTable& rates,
                                          const ReportRequest& request, std::chrono::sys_days today,
                                          const PdfOptions& pdf) {
    auto report = situation_report(store, rates, request, today);
    if (!report) return report.error();
    return render_report(*report, request.format, request.language, pdf);
}

}  // namespace mssops::report
