#include "extract/segmenter.hpp"

#include <gtest/gtest.h>

namespace mssops::extract {
namespace {

std::vector<std::string> sentences_of(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& sentence : split_sentences(text))
        out.emplace_back(text.substr(sentence.span.start, sentence.span.size()));
    return out;
}

TEST(split_sentences, does_not_break_after_an_initial_or_an_abbreviation) {
    auto sentences = sentences_of("She met Antony J. Blinken in New York. The U.N. team waited. It rained.");
    ASSERT_EQ(sentences.size(), 3u);
    EXPECT_EQ(sentences[0], "She met Antony J. Blinken in New York.");
    EXPECT_EQ(sentences[1], "The U.N. team waited.");
}

TEST(split_sentences, keeps_a_quotation_whole_with_its_speaker) {
    auto sentences = sentences_of("\"Why us? Why not us? We are ready,\" the minister said. Then she left.");
    ASSERT_EQ(sentences.size(), 2u);
    EXPECT_EQ(sentences[0], "\"Why us? Why not us? We are ready,\" the minister said.");
}

TEST(split_sentences, breaks_at_every_line_and_numbers_paragraphs) {
    auto sentences = split_sentences("A headline\nFirst sentence. Second one.");
    ASSERT_EQ(sentences.size(), 3u);
    EXPECT_EQ(sentences[0].paragraph, 0u);
    EXPECT_EQ(sentences[2].paragraph, 1u);
}

TEST(split_words, lowercases_drops_possessives_and_marks_numbers) {
    std::string text = "Jamaica\u2019s 2,500 Officers in Haïti";
    auto words = split_words(text, {0, text.size()});
    ASSERT_EQ(words.size(), 5u);
    EXPECT_EQ(words[0].lower, "jamaica");
    EXPECT_EQ(words[1].lower, "2,500");
    EXPECT_TRUE(words[1].number);
    EXPECT_TRUE(words[2].capitalised);
    EXPECT_EQ(words[4].lower, "haïti");
}

}  // namespace
}  // namespace mssops::extract

namespace mssops::extract {
namespace {

TEST(split_words, keeps_offsets_in_step_across_ill_formed_utf8) {
    std::string text = "Bad \xFF\xFE bytes then 400 officers.";
    auto words = split_words(text, {0, text.size()});
    ASSERT_FALSE(words.empty());
    EXPECT_EQ(text.substr(words.back().span.start, words.back().span.size()), "officers");
    for (const auto& word : words) EXPECT_LE(word.span.end, text.size());
}

}  // namespace
}  // namespace mssops::extract
