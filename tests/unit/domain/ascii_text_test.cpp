#include "domain/ascii_text.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

TEST(trim_blanks, removes_spaces_and_tabs_on_both_sides_only) {
    EXPECT_EQ(trim_blanks(" \t a b \t "), "a b");
}

TEST(trim_blanks, keeps_line_breaks_which_are_not_blanks) {
    EXPECT_EQ(trim_blanks("\r\nx\n "), "\r\nx\n");
}

TEST(trim_blanks, turns_blank_text_into_empty_text) {
    EXPECT_EQ(trim_blanks(" \t "), "");
    EXPECT_EQ(trim_blanks(""), "");
}

TEST(lower_ascii, lowers_ascii_letters_and_keeps_other_bytes) {
    EXPECT_EQ(lower_ascii("Port-au-Prince ÉTÉ #Adm1+Code"), "port-au-prince ÉtÉ #adm1+code");
}
