#include "domain/markup_text.hpp"

#include <gtest/gtest.h>

namespace mssops::domain {
namespace {

TEST(markup_escaped, escapes_the_five_markup_characters) {
    EXPECT_EQ(markup_escaped(R"(<a href="x">Tom & Jerry's</a>)"),
              "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(markup_escaped, leaves_out_the_controls_xml_forbids_and_keeps_line_breaks_and_tabs) {
    EXPECT_EQ(markup_escaped(std::string("a\x01"
                                         "b\tc\nd\re\x1f",
                                         10)),
              "ab\tc\nd\re");
}

TEST(append_markup_escaped, appends_to_what_is_there) {
    std::string out = "<t>";
    append_markup_escaped(out, "Nòdwès & Sud");
    EXPECT_EQ(out, "<t>Nòdwès &amp; Sud");
}

}  // namespace
}  // namespace mssops::domain
