#include "app/funding_json.hpp"

#include "domain/money.hpp"
#include "store/record_json.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;
using domain::format_cents;

json::object totals_json(const domain::StatusTotals& totals) {
    return {{"pledged", format_cents(totals.pledged)},
            {"committed", format_cents(totals.committed)},
            {"paid", format_cents(totals.paid)},
            {"total", format_cents(totals.total())},
            {"unpaid", format_cents(totals.unpaid())}};
}

json::value optional_cents(const std::optional<domain::Cents>& amount) {
    if (!amount) return nullptr;
    return json::string(format_cents(*amount));
}

}  // namespace

std::string tenths_text(std::int64_t tenths) {
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

json::object summary_json(const std::string& mission, const domain::FundingSummary& summary,
                          const domain::SummaryOptions& options,
                          const std::optional<report::DeployedCount>& deployed) {
    json::object out;
    out["mission"] = mission;
    out["currency"] = "USD";
    out["as_of"] = options.as_of ? json::value(domain::to_text(*options.as_of)) : json::value(nullptr);
    out["totals"] = totals_json(summary.all);
    json::array donors;
    for (const auto& donor : summary.by_donor) {
        json::object row{{"donor", donor.donor}};
        for (const auto& member : totals_json(donor.totals)) row.emplace(member.key(), member.value());
        donors.push_back(std::move(row));
    }
    out["by_donor"] = std::move(donors);
    json::array months;
    for (const auto& month : summary.spending) {
        json::object categories;
        for (const auto& [category, amount] : month.by_category) categories[category] = format_cents(amount);
        months.push_back(json::object{{"month", domain::to_text(month.month)},
                                      {"amount", format_cents(month.amount)},
                                      {"by_category", std::move(categories)}});
    }
    out["spending"] = std::move(months);
    out["spent"] = format_cents(summary.spent);
    out["cash_on_hand"] = format_cents(summary.cash_on_hand);
    if (summary.burn) {
        out["burn"] = json::object{{"first_month", domain::to_text(summary.burn->first)},
                                   {"last_month", domain::to_text(summary.burn->last)},
                                   {"months", summary.burn->months},
                                   {"window_months", options.burn_window_months},
                                   {"spent", format_cents(summary.burn->spent)},
                                   {"per_month", format_cents(summary.burn->per_month)}};
    } else {
        out["burn"] = nullptr;
    }
    out["runway_months"] =
        summary.runway_tenths ? json::value(tenths_text(*summary.runway_tenths)) : json::value(nullptr);
    if (deployed)
        out["deployed"] =
            json::object{{"count", deployed->count}, {"basis", deployed->basis}, {"rule", deployed->rule}};
    else
        out["deployed"] = nullptr;
    out["cost_per_officer_month"] = optional_cents(summary.cost_per_officer_month);
    out["notes"] = json::array{
        "Each flow counts once, under its current status; total = pledged + committed + paid, unpaid = "
        "pledged + "
        "committed.",
        "Burn is spending over the last window_months calendar months up to the latest month with spending, "
        "a "
        "month without records counting as 0; runway is cash on hand (paid - spent) over that burn.",
        "Amounts are US dollars as decimal strings; amount_usd is the value at each flow's date."};
    return out;
}

json::object history_json(const FlowHistoryResult& result) {
    json::array items;
    for (const auto& step : result.steps) {
        const domain::FlowVersion& version = step.version;
        items.push_back(json::object{
            {"step", domain::to_text(step.kind)},
            {"from", step.from ? json::value(domain::to_text(*step.from)) : json::value(nullptr)},
            {"status", domain::to_text(version.status)},
            {"date", version.date.to_text()},
            {"amount", format_cents(version.amount)},
            {"currency", version.currency},
            {"amount_usd", optional_cents(version.amount_usd)},
            {"recorded_at", version.recorded_at},
            {"recorded_by", version.actor}});
    }
    return {{"flow", store::record_to_json(result.flow)}, {"history", std::move(items)}};
}

json::object assessed_json(const std::string& mission, domain::Cents budget,
                           const domain::AssessmentScale& scale, const domain::Apportionment& apportioned,
                           const std::vector<domain::AssessedVersusGiven>& rows) {
    json::array members;
    domain::Cents assessed_total = 0;
    for (const auto& row : rows) {
        assessed_total += row.assessed;
        json::object item{{"member", row.member},
                          {"name", row.name},
                          {"in_scale", row.in_scale},
                          {"assessed", format_cents(row.assessed)},
                          {"given", totals_json(row.given)},
                          {"paid_minus_assessed", format_cents(row.paid_minus_assessed)}};
        members.push_back(std::move(item));
    }
    constexpr std::int64_t hundred = 100 * 1000000LL;
    bool partial =
        apportioned.unassigned > 0 || apportioned.rate_total_e6 < hundred - domain::scale_total_tolerance_e6;
    return {
        {"mission", mission},
        {"currency", "USD"},
        {"budget", format_cents(budget)},
        {"assessed_total", format_cents(assessed_total)},
        {"unassigned", format_cents(apportioned.unassigned)},
        {"scale_rate_total_percent", domain::format_percent_e6(apportioned.rate_total_e6)},
        {"scale_source", scale.source},
        {"scale_label", scale.label},
        {"method", partial ? "Each member's published rate applied to the budget (the scale covers only " +
                                 domain::format_percent_e6(apportioned.rate_total_e6) +
                                 " %; the rest is left unassigned); cents by largest remainder, ties to "
                                 "the member code that sorts first."
                           : "Each member's rate over the sum of rates; cents by largest remainder, ties "
                             "to the member code that sorts first."},
        {"members", std::move(members)}};
}

json::object import_report_json(const ingest::FundingImportReport& report) {
    json::array errors;
    for (const auto& error : report.errors)
        errors.push_back(json::object{{"field", error.field}, {"message", error.message}});
    return {{"committed", report.committed},
            {"rows", report.rows},
            {"bad_rows", report.bad_rows},
            {"created", report.written.created},
            {"updated", report.written.updated},
            {"unchanged", report.written.unchanged},
            {"hxl", report.hxl},
            {"errors", std::move(errors)}};
}

json::array flows_json(const std::vector<domain::Record>& flows) {
    json::array items;
    for (const auto& flow : flows) items.push_back(store::record_to_json(flow));
    return items;
}

json::object flows_page_json(const FlowsResult& page) {
    return {{"items", flows_json(page.items)},
            {"total", page.total},
            {"limit", page.limit},
            {"offset", page.offset}};
}

}  // namespace mssops::app
