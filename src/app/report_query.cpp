#include "app/report_query.hpp"

#include "report/report_output.hpp"

namespace mssops::app {

domain::Result<report::SituationReport> situation_report(store::Store& store,
                                                         const domain::ExchangeRateTable& rates,
                                                         const ReportQuery& query,
                                                         std::chrono::sys_days today) {
    report::ReportRequest request{query.slug, query.from, query.to, report::ReportFormat::markdown};
    request.language = query.language;
    request.evidence = query.evidence;
    return report::situation_report(store, rates, request, today);
}

}  // namespace mssops::app
