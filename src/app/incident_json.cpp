#include "app/incident_json.hpp"

#include <boost/json/array.hpp>

namespace mssops::app {

namespace json = boost::json;

namespace {

const char* by_text(store::AggregateBy by) {
    switch (by) {
        case store::AggregateBy::none:
            return "none";
        case store::AggregateBy::adm1:
            return "adm1";
        case store::AggregateBy::adm2:
            return "adm2";
    }
    return "none";
}

json::value optional_text(const std::optional<std::string>& text) {
    return text ? json::value(*text) : json::value(nullptr);
}

}  // namespace

json::object aggregate_to_json(const store::AggregateQuery& query,
                               const std::vector<store::AggregateRow>& rows) {
    json::array items;
    items.reserve(rows.size());
    for (const auto& row : rows)
        items.push_back(json::object{{"period", row.period},
                                     {"period_start", row.period_start},
                                     {"pcode", row.pcode},
                                     {"unit", row.unit},
                                     {"event_type", row.event_type},
                                     {"events", row.events},
                                     {"fatalities", row.fatalities}});
    json::array types;
    for (const auto& type : query.event_types) types.push_back(json::value(type));
    return json::object{{"by", by_text(query.by)},           {"period", domain::to_text(query.period)},
                        {"from", optional_text(query.from)}, {"to", optional_text(query.to)},
                        {"event_types", std::move(types)},   {"actor", optional_text(query.actor)},
                        {"rows", std::move(items)}};
}

json::object import_report_to_json(const ingest::IncidentImportReport& report) {
    json::array errors;
    for (const auto& error : report.errors)
        errors.push_back(json::object{{"field", error.field}, {"message", error.message}});
    return json::object{{"committed", report.committed},
                        {"hxl", report.hxl},
                        {"rows", report.rows},
                        {"created", report.counts.created},
                        {"updated", report.counts.updated},
                        {"unchanged", report.counts.unchanged},
                        {"retired", report.counts.retired},
                        {"skipped", report.skipped},
                        {"located", report.located},
                        {"outside_units", report.outside_units},
                        {"outside_keys", json::array(report.outside_keys.begin(), report.outside_keys.end())},
                        {"errors", std::move(errors)}};
}

}  // namespace mssops::app
