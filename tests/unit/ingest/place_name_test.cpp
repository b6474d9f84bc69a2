#include "ingest/place_name.hpp"

#include <gtest/gtest.h>

using mssops::ingest::bare_place_name;
using mssops::ingest::fold_place_name;

TEST(fold_place_name, folds_case_accents_and_punctuation) {
    EXPECT_EQ(fold_place_name("Nord-Est"), "nord est");
    EXPECT_EQ(fold_place_name("  Léogâne "), "leogane");
    EXPECT_EQ(fold_place_name("Grande'Anse"), "grande anse");
    EXPECT_EQ(fold_place_name("Grande-Anse"), "grande anse");
    EXPECT_EQ(fold_place_name("Grande\u2019Anse"), "grande anse");
    EXPECT_EQ(fold_place_name("HAÏTI"), "haiti");
}

TEST(bare_place_name, strips_the_words_publishers_wrap_names_in) {
    EXPECT_EQ(bare_place_name("Ouest Department"), "ouest");
    EXPECT_EQ(bare_place_name("Département du Nord-Est"), "nord est");
    EXPECT_EQ(bare_place_name("Canada, Government of"), "canada");
    EXPECT_EQ(bare_place_name("Government of Canada"), "canada");
    EXPECT_EQ(bare_place_name("Centre"), "centre");
}
