#include "domain/text_encoding.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

std::string decoded(std::string_view text, TextEncoding encoding) {
    std::string out;
    auto bad = append_decoded(text, encoding, out);
    EXPECT_FALSE(bad) << describe(*bad, encoding);
    return out;
}

}  // namespace

TEST(find_invalid_utf8, accepts_ascii_and_well_formed_sequences) {
    EXPECT_FALSE(find_invalid_utf8("Nord-Ouest"));
    EXPECT_FALSE(
        find_invalid_utf8("N\xC3\xB2"
                          "dw\xC3\xA8s"));                             // Nòdwès
    EXPECT_FALSE(find_invalid_utf8("\xE2\x82\xAC \xF0\x9F\x97\xBA"));  // € and a 4-byte map emoji
    EXPECT_FALSE(find_invalid_utf8(std::string_view("a\0b", 3)));
}

TEST(find_invalid_utf8, names_the_first_latin1_byte) {
    auto bad = find_invalid_utf8(
        "N\xF2"
        "dw\xE8s");
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->offset, 1u);
    EXPECT_EQ(bad->byte, 0xF2);
    EXPECT_EQ(describe(*bad, TextEncoding::utf_8), "byte 0xF2 at offset 1 is not valid UTF-8");
}

TEST(find_invalid_utf8, rejects_overlong_surrogate_truncated_and_out_of_range_sequences) {
    EXPECT_EQ(find_invalid_utf8("\xC0\xAF")->offset, 0u);          // Overlong '/'.
    EXPECT_EQ(find_invalid_utf8("a\xE0\x80\xAF")->offset, 1u);     // Overlong in three bytes.
    EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80")->offset, 0u);      // A UTF-16 surrogate.
    EXPECT_EQ(find_invalid_utf8("ab\xE2\x82")->offset, 2u);        // Cut short at the end.
    EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80")->offset, 0u);  // Above U+10FFFF.
    EXPECT_EQ(find_invalid_utf8("\x80")->offset, 0u);              // A lone continuation byte.
    EXPECT_EQ(find_invalid_utf8("\xFF")->offset, 0u);
}

TEST(append_decoded, reads_windows_1252_letters_and_punctuation) {
    EXPECT_EQ(decoded("N\xF2"
                      "dw\xE8s",
                      TextEncoding::windows_1252),
              "N\xC3\xB2"
              "dw\xC3\xA8s");
    EXPECT_EQ(decoded("\x80 \x93x\x94 \x9F", TextEncoding::windows_1252),
              "\xE2\x82\xAC \xE2\x80\x9Cx\xE2\x80\x9D \xC5\xB8");
    EXPECT_EQ(decoded("\xA0\xFF", TextEncoding::windows_1252), "\xC2\xA0\xC3\xBF");
}

TEST(append_decoded, refuses_a_byte_windows_1252_leaves_undefined) {
    std::string out;
    auto bad = append_decoded("ab\x81", TextEncoding::windows_1252, out);
    ASSERT_TRUE(bad);
    EXPECT_EQ(describe(*bad, TextEncoding::windows_1252),
              "byte 0x81 at offset 2 is not defined in windows-1252");
}

TEST(append_decoded, reads_the_dos_code_pages) {
    EXPECT_EQ(decoded("N\x95"
                      "dw\x8As",
                      TextEncoding::ibm_437),
              "N\xC3\xB2"
              "dw\xC3\xA8s");
    EXPECT_EQ(decoded("\xB7\xD4", TextEncoding::ibm_850), "\xC3\x80\xC3\x88");  // ÀÈ
}

TEST(append_decoded, checks_utf8_input_instead_of_converting_it) {
    EXPECT_EQ(decoded("N\xC3\xB2", TextEncoding::utf_8), "N\xC3\xB2");
    std::string out;
    EXPECT_EQ(append_decoded("N\xF2", TextEncoding::utf_8, out)->offset, 1u);
}

TEST(encoding_from_label, reads_the_usual_labels_in_any_case) {
    EXPECT_EQ(encoding_from_label("UTF-8"), TextEncoding::utf_8);
    EXPECT_EQ(encoding_from_label("utf8"), TextEncoding::utf_8);
    EXPECT_EQ(encoding_from_label("cp1252"), TextEncoding::windows_1252);
    EXPECT_EQ(encoding_from_label("Windows-1252"), TextEncoding::windows_1252);
    EXPECT_EQ(encoding_from_label("ANSI 1252"), TextEncoding::windows_1252);
    EXPECT_EQ(encoding_from_label("latin1"), TextEncoding::windows_1252);
    EXPECT_EQ(encoding_from_label("ISO-8859-1"), TextEncoding::windows_1252);
    EXPECT_EQ(encoding_from_label("437"), TextEncoding::ibm_437);
    EXPECT_EQ(encoding_from_label("CP850"), TextEncoding::ibm_850);
    EXPECT_FALSE(encoding_from_label("koi8-r"));
    EXPECT_FALSE(encoding_from_label(""));
}

TEST(replace_invalid_utf8, marks_each_bad_byte_and_keeps_good_text) {
    EXPECT_EQ(replace_invalid_utf8("N\xF2"
                                   "d\xC3\xA8"),
              "N\xEF\xBF\xBD"
              "d\xC3\xA8");
}
