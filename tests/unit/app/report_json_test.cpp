#include "app/report_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

using namespace mssops;

namespace {

report::SituationReport one_figure_report() {
    report::SituationReport built;
    built.title = "Situation report: Test Mission (TM)";
    built.mission = "test-mission";
    built.period.from = std::chrono::sys_days{std::chrono::year{2024} / 10 / 1};
    built.period.to = std::chrono::sys_days{std::chrono::year{2024} / 12 / 31};
    built.preamble = {"Figures as stored on 31 December 2024."};
    report::ReportSection strength;
    strength.title = "Strength";
    strength.statements = {"No target is stored."};
    strength.figures.push_back({"Deployed", "about 400", "", {1}});
    strength.tables.push_back({"By country", {"Country", "Officers"}, {{{"KEN", "400"}, {1}}}});
    built.sections.push_back(strength);
    built.footnotes.push_back(
        {1, "test-source", "Test publisher, Test title", "https://example.org/a", true});
    return built;
}

}  // namespace

TEST(situation_report_json, gives_each_figure_and_row_with_its_footnote_numbers_and_the_footnotes) {
    auto json = app::situation_report_json(one_figure_report());
    EXPECT_EQ(boost::json::serialize(json),
              R"j({"title":"Situation report: Test Mission (TM)","mission":"test-mission",)j"
              R"j("period":{"from":"2024-10-01","to":"2024-12-31"},)j"
              R"j("preamble":["Figures as stored on 31 December 2024."],)j"
              R"j("sections":[{"title":"Strength","statements":["No target is stored."],)j"
              R"j("figures":[{"label":"Deployed","value":"about 400","detail":"","footnotes":[1]}],)j"
              R"j("tables":[{"caption":"By country","columns":["Country","Officers"],)j"
              R"j("rows":[{"cells":["KEN","400"],"footnotes":[1]}]}]}],)j"
              R"j("footnotes":[{"number":1,"source_id":"test-source","text":"Test publisher, Test title",)j"
              R"j("url":"https://example.org/a","synthetic":true}]})j");
}
