#include "ingest/hxl.hpp"

#include <gtest/gtest.h>

using namespace mssops::ingest;

TEST(hxl, reads_a_tag_with_attributes_in_any_case_and_spacing) {
    auto tag = HxlTag::parse(" #Event +Type + SUB", "c");
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->hashtag, "#event");
    EXPECT_EQ(tag->attributes, (std::vector<std::string>{"type", "sub"}));
}

TEST(hxl, rejects_text_that_is_not_a_tag) {
    auto tag = HxlTag::parse("event_type", "column 3");
    ASSERT_FALSE(tag);
    EXPECT_EQ(tag.error().field, "column 3");
    EXPECT_EQ(tag.error().message, "must be an HXL hashtag such as #adm1+code, got \"event_type\"");
}

TEST(hxl, a_pattern_excludes_attributes_with_minus) {
    auto type = HxlPattern::parse("#event+type-sub");
    EXPECT_TRUE(type.matches(*HxlTag::parse("#event+type", "c")));
    EXPECT_FALSE(type.matches(*HxlTag::parse("#event+type+sub", "c")));
    EXPECT_TRUE(HxlPattern::parse("#event+type+sub").matches(*HxlTag::parse("#event+sub+type", "c")));
    EXPECT_FALSE(type.matches(*HxlTag::parse("#date+occurred", "c")));
}

TEST(hxl, detects_a_hashtag_row_only_when_every_filled_cell_is_a_tag) {
    EXPECT_TRUE(is_hxl_row({"#event+code", "", "#date+occurred"}));
    EXPECT_FALSE(is_hxl_row({"#event+code", "2024-01-01"}));
    EXPECT_FALSE(is_hxl_row({"", " "}));
}

TEST(hxl, finds_columns_by_pattern) {
    auto columns = HxlColumns::from_row({"#event+type+sub", "", "#event+type", "#geo+lat"});
    EXPECT_EQ(columns.find(HxlPattern::parse("#event+type-sub")), 2u);
    EXPECT_EQ(columns.find(HxlPattern::parse("#event+type+sub")), 0u);
    EXPECT_EQ(columns.find(HxlPattern::parse("#geo+lon")), std::nullopt);
}
