#include "app/report_json.hpp"

#include <boost/json/array.hpp>

#include "domain/partial_date.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;

json::array texts(const std::vector<std::string>& items) {
    json::array out;
    for (const auto& item : items) out.emplace_back(item);
    return out;
}

json::array numbers(const std::vector<int>& items) {
    json::array out;
    for (int item : items) out.emplace_back(item);
    return out;
}

json::object section_json(const report::ReportSection& section) {
    json::array figures;
    for (const auto& figure : section.figures)
        figures.emplace_back(json::object{{"label", figure.label},
                                          {"value", figure.value},
                                          {"detail", figure.detail},
                                          {"footnotes", numbers(figure.footnotes)}});
    json::array tables;
    for (const auto& table : section.tables) {
        json::array rows;
        for (const auto& row : table.rows)
            rows.emplace_back(
                json::object{{"cells", texts(row.cells)}, {"footnotes", numbers(row.footnotes)}});
        tables.emplace_back(json::object{
            {"caption", table.caption}, {"columns", texts(table.columns)}, {"rows", std::move(rows)}});
    }
    return {{"title", section.title},
            {"statements", texts(section.statements)},
            {"figures", std::move(figures)},
            {"tables", std::move(tables)}};
}

}  // namespace

json::object situation_report_json(const report::SituationReport& report) {
    json::array sections;
    for (const auto& section : report.sections) sections.emplace_back(section_json(section));
    json::array footnotes;
    for (const auto& note : report.footnotes)
        footnotes.emplace_back(json::object{{"number", note.number},
                                            {"source_id", note.source_id},
                                            {"text", note.text},
                                            {"url", note.url},
                                            {"synthetic", note.synthetic}});
    return {{"title", report.title},
            {"mission", report.mission},
            {"period", json::object{{"from", domain::to_iso_day(report.period.from)},
                                    {"to", domain::to_iso_day(report.period.to)}}},
            {"preamble", texts(report.preamble)},
            {"sections", std::move(sections)},
            {"footnotes", std::move(footnotes)}};
}

}  // namespace mssops::app
