#include "ingest/tagged_header.hpp"

#include <gtest/gtest.h>

namespace mssops::ingest {
namespace {

CsvReader opened(std::string text) {
    auto reader = CsvReader::from_text(std::move(text), "t.csv");
    EXPECT_TRUE(reader.read_header());
    return reader;
}

TEST(tagged_header, reads_hashtags_and_finds_a_column_by_tag_before_its_name) {
    auto csv = opened("when,event_date\n#meta,#date +occurred\n2024-10-03,2024-10-04\n");
    auto header = read_tagged_header(csv);
    ASSERT_TRUE(header) << header.error().message;
    EXPECT_FALSE(header->data_row_pending);
    auto found = find_column(csv, header->tags, "#date+occurred", {"event_date"});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->index, 1u);
    EXPECT_EQ(found->name, "#date+occurred");
}

TEST(tagged_header, leaves_a_first_data_row_pending_and_finds_columns_by_name) {
    auto csv = opened("event_date,fatalities\n2024-10-03,2\n");
    auto header = read_tagged_header(csv);
    ASSERT_TRUE(header);
    EXPECT_TRUE(header->data_row_pending);
    EXPECT_EQ(csv.field(1), "2");
    auto found = find_column(csv, header->tags, "#affected+killed", {"deaths", "fatalities"});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->index, 1u);
    EXPECT_EQ(found->name, "fatalities");
    EXPECT_FALSE(find_column(csv, header->tags, "", {"notes"}));
}

TEST(tagged_header, refuses_a_hashtag_row_longer_than_the_header) {
    auto csv = opened("event_date\n#date,#adm1+name\n");
    auto header = read_tagged_header(csv);
    ASSERT_FALSE(header);
    EXPECT_EQ(header.error().message, "HXL hashtag row: expected 1 fields as in the header, got 2");
}

TEST(tagged_header, says_nothing_follows_a_header_alone) {
    auto csv = opened("event_date\n");
    auto header = read_tagged_header(csv);
    ASSERT_TRUE(header);
    EXPECT_FALSE(header->tags);
    EXPECT_FALSE(header->data_row_pending);
}

TEST(tagged_rows, hands_out_the_first_data_row_read_while_looking_for_hashtags) {
    auto csv = opened("event_date,fatalities\n2024-10-03,2\n2024-10-04,0\n");
    TaggedRows rows;
    auto tags = rows.start(csv);
    ASSERT_TRUE(tags);
    EXPECT_FALSE(*tags);
    EXPECT_FALSE(rows.uses_hxl());
    auto first = rows.next(csv);
    ASSERT_TRUE(first && *first);
    EXPECT_EQ(csv.field(0), "2024-10-03");
    auto second = rows.next(csv);
    ASSERT_TRUE(second && *second);
    EXPECT_EQ(csv.field(0), "2024-10-04");
    auto end = rows.next(csv);
    ASSERT_TRUE(end);
    EXPECT_FALSE(*end);
    EXPECT_EQ(rows.rows(), 2);
}

TEST(tagged_rows, skips_the_hashtag_row_and_counts_a_row_of_the_wrong_width) {
    auto csv = opened("event_date,fatalities\n#date,#affected+killed\n2024-10-03\n2024-10-04,1\n");
    TaggedRows rows;
    auto tags = rows.start(csv);
    ASSERT_TRUE(tags);
    EXPECT_TRUE(*tags);
    EXPECT_TRUE(rows.uses_hxl());
    auto short_row = rows.next(csv);
    ASSERT_FALSE(short_row);
    EXPECT_EQ(short_row.error().field, "t.csv:3:2");  // The first missing column.
    EXPECT_EQ(short_row.error().message, "expected 2 fields as in the header, got 1");
    auto next = rows.next(csv);
    ASSERT_TRUE(next);
    EXPECT_TRUE(*next);
    EXPECT_EQ(csv.field(1), "1");
    EXPECT_EQ(rows.rows(), 2);
}

}  // namespace
}  // namespace mssops::ingest
