#include "domain/csv_field.hpp"

#include <gtest/gtest.h>

using mssops::domain::csv_field;

TEST(csv_field, leaves_plain_text_bare) {
    EXPECT_EQ(csv_field("Port-au-Prince"), "Port-au-Prince");
    EXPECT_EQ(csv_field(""), "");
}

TEST(csv_field, quotes_a_comma_or_a_line_break) {
    EXPECT_EQ(csv_field("Battles, clashes"), "\"Battles, clashes\"");
    EXPECT_EQ(csv_field("first\nsecond"), "\"first\nsecond\"");
    EXPECT_EQ(csv_field("first\r\nsecond"), "\"first\r\nsecond\"");
}

TEST(csv_field, doubles_inner_quotes) {
    EXPECT_EQ(csv_field("the \"Viv Ansanm\" coalition"), "\"the \"\"Viv Ansanm\"\" coalition\"");
}

TEST(csv_field, quotes_edge_spaces_so_readers_keep_them) {
    EXPECT_EQ(csv_field(" Cite Soleil"), "\" Cite Soleil\"");
    EXPECT_EQ(csv_field("Cite Soleil "), "\"Cite Soleil \"");
    EXPECT_EQ(csv_field("Cite Soleil"), "Cite Soleil");
}
