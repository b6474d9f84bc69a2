#include "report/markdown_renderer.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "unit/report/report_test_facts.hpp"

using namespace mssops;

namespace {

// A hand-made report whose stored texts carry Markdown and HTML.
report::SituationReport hostile_report() {
    report::SituationReport report;
    report.title = "Report *bold* #1";
    report.mission = "m_1";
    report.sections.push_back({"Part | one",
                               {"A [link](javascript:x) <b>"},
                               {{"Label_a", "`code`", "line\nbreak", {1}}},
                               {{"Caption", {"Col|1"}, {{{"a|b"}, {1}}}}}});
    report.footnotes.push_back({1, "src", "Publisher ~strike~", "https://example.org/a_b", false});
    return report;
}

}  // namespace

TEST(markdown_renderer, escapes_the_characters_markdown_gives_a_meaning_to) {
    EXPECT_EQ(report::escape_markdown("a*b_c[d](e)<f>|g#h~i`j\\k"),
              "a\\*b\\_c\\[d\\](e)\\<f\\>\\|g\\#h\\~i\\`j\\\\k");
    EXPECT_EQ(report::escape_markdown("two\nlines"), "two lines");
}

TEST(markdown_renderer, writes_stored_text_without_adding_markup) {
    std::string markdown = report::render_markdown(hostile_report());
    EXPECT_NE(markdown.find("# Report \\*bold\\* \\#1\n"), std::string::npos) << markdown;
    EXPECT_NE(markdown.find("## Part \\| one\n"), std::string::npos);
    EXPECT_NE(markdown.find("A \\[link\\](javascript:x) \\<b\\>"), std::string::npos);
    EXPECT_NE(markdown.find("- **Label\\_a:** \\`code\\`[^1] — line break\n"), std::string::npos) << markdown;
    EXPECT_NE(markdown.find("| Col\\|1 | Sources |\n| --- | --- |\n| a\\|b | [^1] |\n"), std::string::npos)
        << markdown;
    EXPECT_NE(markdown.find("[^1]: Publisher \\~strike\\~ <https://example.org/a_b>\n"), std::string::npos)
        << markdown;
}

TEST(markdown_renderer, gives_every_figure_a_footnote_that_is_defined) {
    std::string markdown = report::render_markdown(report_test::article_report());
    std::set<std::string> referenced;
    std::set<std::string> defined;
    std::regex reference(R"(\[\^(\d+)\](:?))");
    for (std::sregex_iterator it(markdown.begin(), markdown.end(), reference), end; it != end; ++it)
        ((*it)[2].length() ? defined : referenced).insert((*it)[1]);
    EXPECT_EQ(referenced, defined);
    EXPECT_EQ(defined.size(), 5u);
    // Every figure line carries a reference.
    std::regex figure_line(R"(\n- \*\*[^\n]*)");
    for (std::sregex_iterator it(markdown.begin(), markdown.end(), figure_line), end; it != end; ++it)
        EXPECT_NE(it->str().find("[^"), std::string::npos) << it->str();
}

TEST(markdown_renderer, writes_the_article_figures_and_their_sources) {
    std::string markdown = report::render_markdown(report_test::article_report());
    EXPECT_NE(markdown.find("- **Deployed on 31 December 2024:** about 400[^1]"), std::string::npos)
        << markdown;
    EXPECT_NE(markdown.find("- **Target:** 2,500 police by January 2025[^1]"), std::string::npos);
    EXPECT_NE(markdown.find("- **Mandate ends:** 2 October 2025[^3]"), std::string::npos);
    EXPECT_NE(markdown.find("[^1]: Example News, \"Mission at 400\", published about November 2024 \\[source "
                            "article\\] <https://news.example/400>"),
              std::string::npos);
    EXPECT_NE(markdown.find("[^2]: Synthetic data (not a publication): mssops tests, \"Arrivals\""),
              std::string::npos);
}
