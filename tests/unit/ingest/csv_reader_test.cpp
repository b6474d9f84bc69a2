#include "ingest/csv_reader.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace mssops::ingest;

namespace {

std::vector<std::vector<std::string>> all_rows(CsvReader& reader) {
    std::vector<std::vector<std::string>> rows;
    for (;;) {
        auto row = reader.next_row();
        EXPECT_TRUE(row) << row.error().field << " " << row.error().message;
        if (!row || !*row) break;
        std::vector<std::string> cells;
        for (std::size_t i = 0; i < reader.size(); ++i) cells.emplace_back(reader.field(i));
        rows.push_back(cells);
    }
    return rows;
}

}  // namespace

TEST(csv_reader, reads_quoted_fields_with_commas_and_doubled_quotes) {
    auto reader = CsvReader::from_text("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", "t.csv");
    auto rows = all_rows(reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1], (std::vector<std::string>{"x, y", "say \"hi\""}));
}

TEST(csv_reader, keeps_line_breaks_inside_quotes_and_counts_physical_lines) {
    auto reader = CsvReader::from_text("a,b\n\"one\ntwo\r\nthree\",x\nlast,y\n", "t.csv");
    ASSERT_TRUE(reader.next_row());
    ASSERT_TRUE(*reader.next_row());
    EXPECT_EQ(reader.field(0), "one\ntwo\nthree");
    EXPECT_EQ(reader.line(0), 2);
    EXPECT_EQ(reader.line(1), 4);
    ASSERT_TRUE(*reader.next_row());
    EXPECT_EQ(reader.field(0), "last");
    EXPECT_EQ(reader.row_line(), 5);
    EXPECT_EQ(reader.location(1), "t.csv:5:2");
}

TEST(csv_reader, skips_a_byte_order_mark_and_reads_crlf) {
    auto reader = CsvReader::from_text("\xEF\xBB\xBFname,count\r\nOuest,3\r\n", "t.csv");
    ASSERT_TRUE(reader.read_header());
    EXPECT_EQ(reader.header(), (std::vector<std::string>{"name", "count"}));
    EXPECT_EQ(reader.column_index("name"), 0u);
    ASSERT_TRUE(*reader.next_row());
    EXPECT_EQ(reader.field(1), "3");
    EXPECT_EQ(reader.row_line(), 2);
    EXPECT_FALSE(*reader.next_row());
}

TEST(csv_reader, keeps_empty_fields_and_skips_blank_lines) {
    auto reader = CsvReader::from_text("a,,c,\n\n\nd,e,f,g", "t.csv");
    auto rows = all_rows(reader);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "", "c", ""}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"d", "e", "f", "g"}));
}

TEST(csv_reader, rejects_text_after_a_closing_quote_and_goes_on) {
    auto reader = CsvReader::from_text("a,b\n1,\"x\"y\n2,z\n", "t.csv");
    ASSERT_TRUE(*reader.next_row());
    auto bad = reader.next_row();
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "t.csv:2:2");
    EXPECT_EQ(bad.error().message, "expected ',' or a line end after the closing quote, got 'y'");
    ASSERT_TRUE(*reader.next_row());
    EXPECT_EQ(reader.field(0), "2");
}

TEST(csv_reader, reports_a_quote_left_open_at_the_line_it_opened) {
    auto reader = CsvReader::from_text("a,b\n1,\"open\n2,z\n", "t.csv");
    ASSERT_TRUE(*reader.next_row());
    auto bad = reader.next_row();
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "t.csv:2:2");
    EXPECT_EQ(bad.error().message, "quoted field is not closed before the end of the input");
    EXPECT_FALSE(*reader.next_row());
}

TEST(csv_reader, streams_a_file_larger_than_its_buffer) {
    std::string path = ::testing::TempDir() + "csv_reader_large.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << "\xEF\xBB\xBFid,text\n";
        for (int i = 0; i < 40000; ++i)
            out << i << ",\"row " << i << ", quoted \"\"text\"\" padding padding\"\n";
    }
    auto reader = CsvReader::open_file(path);
    ASSERT_TRUE(reader);
    ASSERT_TRUE(reader->read_header());
    EXPECT_EQ(reader->header()[0], "id");
    int rows = 0;
    while (*reader->next_row()) {
        ASSERT_EQ(reader->field(0), std::to_string(rows));
        ASSERT_EQ(reader->field(1), "row " + std::to_string(rows) + ", quoted \"text\" padding padding");
        ++rows;
    }
    EXPECT_EQ(rows, 40000);
    EXPECT_EQ(reader->bytes_read(), reader->total_bytes());
    std::remove(path.c_str());
}

TEST(csv_reader, names_a_file_that_cannot_be_opened) {
    auto reader = CsvReader::open_file("/nonexistent/x.csv");
    ASSERT_FALSE(reader);
    EXPECT_EQ(reader.error().field, "/nonexistent/x.csv");
    EXPECT_EQ(reader.error().message, "cannot open the file: No such file or directory");
}

TEST(csv_reader, says_an_empty_input_has_no_header) {
    auto reader = CsvReader::from_text("", "empty.csv");
    auto header = reader.read_header();
    ASSERT_FALSE(header);
    EXPECT_EQ(header.error().field, "empty.csv");
    EXPECT_EQ(header.error().message, "the file is empty; expected a header row");
}
