#include "report/footnote_list.hpp"

#include <gtest/gtest.h>

#include "report/report_language.hpp"

using namespace mssops;

namespace {

std::map<std::string, report::SourceCitation> sources() {
    report::SourceCitation real{"un-press",
                                "United Nations",
                                "Council extends mission",
                                "https://press.un.org/x",
                                domain::PartialDate::parse("2024-09-30", "published").value(),
                                false};
    report::SourceCitation generated{"demo-flows", "mssops demo", "Illustrative flows",
                                     "",           std::nullopt,  true};
    return {{real.key, real}, {generated.key, generated}};
}

}  // namespace

TEST(footnote_list, numbers_sources_in_the_order_first_cited) {
    auto known = sources();
    report::FootnoteList footnotes(known);
    EXPECT_EQ(footnotes.cite("demo-flows"), 1);
    EXPECT_EQ(footnotes.cite("un-press"), 2);
    EXPECT_EQ(footnotes.cite("demo-flows"), 1);
    ASSERT_EQ(footnotes.footnotes().size(), 2u);
    EXPECT_EQ(footnotes.footnotes()[1].number, 2);
    EXPECT_EQ(footnotes.footnotes()[1].source_id, "un-press");
}

TEST(footnote_list, cites_each_source_of_a_figure_once) {
    auto known = sources();
    report::FootnoteList footnotes(known);
    EXPECT_EQ(footnotes.cite_all({"un-press", "", "demo-flows", "un-press"}), (std::vector<int>{1, 2}));
}

TEST(footnote_list, writes_publisher_title_date_and_url) {
    auto known = sources();
    report::FootnoteList footnotes(known);
    footnotes.cite("un-press");
    const auto& footnote = footnotes.footnotes().front();
    EXPECT_EQ(footnote.text,
              "United Nations, \"Council extends mission\", published 30 September 2024 [source un-press]");
    EXPECT_EQ(footnote.url, "https://press.un.org/x");
    EXPECT_FALSE(footnote.synthetic);
}

TEST(footnote_list, marks_a_synthetic_source) {
    auto known = sources();
    report::FootnoteList footnotes(known);
    footnotes.cite("demo-flows");
    const auto& footnote = footnotes.footnotes().front();
    EXPECT_TRUE(footnote.synthetic);
    EXPECT_EQ(footnote.text,
              "Synthetic data (not a publication): mssops demo, \"Illustrative flows\" [source demo-flows]");
}

TEST(footnote_list, says_when_a_cited_source_is_not_stored) {
    auto known = sources();
    report::FootnoteList footnotes(known);
    footnotes.cite("lost");
    EXPECT_EQ(footnotes.footnotes().front().text,
              "Source \"lost\": no source record with this key is stored.");
}

TEST(footnote_list, gives_a_note_one_number_however_often_cited) {
    auto known = sources();
    report::FootnoteList footnotes(known);
    EXPECT_EQ(footnotes.note("Stored incidents."), 1);
    EXPECT_EQ(footnotes.cite("un-press"), 2);
    EXPECT_EQ(footnotes.note("Stored incidents."), 1);
    EXPECT_EQ(footnotes.footnotes().front().source_id, "");
}

TEST(footnote_list, writes_the_words_around_a_citation_in_the_report_language) {
    auto known = sources();
    report::ReportLanguageScope french("fr");
    report::FootnoteList footnotes(known);
    footnotes.cite("un-press");
    footnotes.cite("demo-flows");
    footnotes.cite("missing");
    EXPECT_EQ(
        footnotes.footnotes()[0].text,
        "United Nations, \"Council extends mission\", publication : 30 septembre 2024 [source un-press]");
    EXPECT_EQ(footnotes.footnotes()[1].text,
              "Données synthétiques (pas une publication) : mssops demo, \"Illustrative flows\" [source "
              "demo-flows]");
    EXPECT_EQ(footnotes.footnotes()[2].text,
              "Source « missing » : aucune source enregistrée ne porte cette clé.");
}

TEST(footnote_list, says_that_a_source_is_unknown_in_creole) {
    auto known = sources();
    report::ReportLanguageScope creole("ht");
    report::FootnoteList footnotes(known);
    footnotes.cite("un-press");
    EXPECT_EQ(footnotes.footnotes()[0].text,
              "United Nations, \"Council extends mission\", pibliye 30 septanm 2024 [sous un-press]");
}
