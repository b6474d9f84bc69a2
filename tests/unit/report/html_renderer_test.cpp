#include "report/html_renderer.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "unit/report/report_test_facts.hpp"

using namespace mssops;

namespace {

report::SituationReport hostile_report() {
    report::SituationReport report;
    report.title = "<script>alert(1)</script>";
    report.mission = "m&1";
    report.sections.push_back({"Part \"one\"", {"It's <b>bold</b>"}, {{"L<", "V>", "D&", {1}}}, {}});
    report.footnotes.push_back({1, "a", "Publisher & Co", "javascript:alert(1)", false});
    report.footnotes.push_back({2, "b", "Other", "https://example.org/?a=1&b=\"2\"", true});
    return report;
}

}  // namespace

TEST(html_renderer, escapes_the_five_special_characters) {
    EXPECT_EQ(report::escape_html("<a href=\"x\">Tom & Jerry's</a>"),
              "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(html_renderer, writes_stored_text_as_text) {
    std::string html = report::render_html(hostile_report());
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), std::string::npos);
    EXPECT_NE(html.find("<p>It&#39;s &lt;b&gt;bold&lt;/b&gt;</p>"), std::string::npos);
    EXPECT_NE(html.find("<dt>L&lt;</dt><dd><span class=\"value\">V&gt;</span>"), std::string::npos) << html;
}

TEST(html_renderer, links_only_web_addresses) {
    std::string html = report::render_html(hostile_report());
    EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
    EXPECT_NE(html.find("Publisher &amp; Co javascript:alert(1)</li>"), std::string::npos) << html;
    EXPECT_NE(html.find("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">"), std::string::npos);
    EXPECT_NE(html.find("<li id=\"source-2\"><span class=\"synthetic\">Synthetic.</span> Other"),
              std::string::npos);
}

TEST(html_renderer, is_one_page_that_loads_nothing) {
    std::string html = report::render_html(report_test::article_report());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<style>"), std::string::npos);
    EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src=\""), std::string::npos);
}

TEST(html_renderer, links_every_footnote_reference_to_a_listed_source) {
    std::string html = report::render_html(report_test::article_report());
    std::set<std::string> referenced;
    std::set<std::string> listed;
    std::regex reference("href=\"#source-([0-9]+)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), reference), end; it != end; ++it)
        referenced.insert((*it)[1]);
    std::regex item("<li id=\"source-([0-9]+)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), item), end; it != end; ++it)
        listed.insert((*it)[1]);
    EXPECT_EQ(referenced, listed);
    EXPECT_EQ(listed.size(), 5u);
    // Every figure's value is followed by at least one reference.
    std::regex figure(R"(<dd><span class="value">[^<]*</span>(<sup>)?)");
    for (std::sregex_iterator it(html.begin(), html.end(), figure), end; it != end; ++it)
        EXPECT_TRUE((*it)[1].matched) << it->str();
}
