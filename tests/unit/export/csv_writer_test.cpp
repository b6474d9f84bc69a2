#include "export/csv_writer.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace mssops::exports {
namespace {

TableShape two_columns() {
    return {.columns = {{"date", "#date"}, {"fatalities", "#affected+killed"}}};
}

TEST(csv_writer, writes_the_header_then_one_crlf_line_per_row) {
    std::ostringstream out;
    CsvWriter writer(out, two_columns(), HxlRow::no);
    writer.row({std::string("2025-03-01"), std::int64_t{4}});
    writer.row({std::string("2025-03-02"), std::monostate{}});
    writer.finish();
    EXPECT_EQ(out.str(), "date,fatalities\r\n2025-03-01,4\r\n2025-03-02,\r\n");
}

TEST(csv_writer, puts_the_hxl_hashtag_row_under_the_header) {
    std::ostringstream out;
    CsvWriter writer(out, two_columns(), HxlRow::yes);
    writer.finish();
    EXPECT_EQ(out.str(), "date,fatalities\r\n#date,#affected+killed\r\n");
}

TEST(csv_writer, quotes_commas_quotes_line_breaks_and_edge_spaces_and_joins_lists) {
    std::ostringstream out;
    CsvWriter writer(out, {.columns = {{"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}}}, HxlRow::no);
    writer.row({std::string("x, y"), std::string("say \"no\""), std::string(" pad"),
                domain::TextList{"KEN", "JAM"}});
    EXPECT_EQ(out.str(), "a,b,c,d\r\n\"x, y\",\"say \"\"no\"\"\",\" pad\",KEN; JAM\r\n");
}

TEST(cell_text, writes_numbers_in_their_shortest_exact_form) {
    EXPECT_EQ(cell_text(18.5392), "18.5392");
    EXPECT_EQ(cell_text(std::int64_t{-3}), "-3");
    EXPECT_EQ(cell_text(true), "true");
}

}  // namespace
}  // namespace mssops::exports
