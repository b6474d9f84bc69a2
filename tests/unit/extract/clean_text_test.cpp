#include "extract/clean_text.hpp"

#include <gtest/gtest.h>

namespace mssops::extract {
namespace {

TEST(clean_article, strips_tags_scripts_and_page_furniture_and_decodes_entities) {
    std::string html =
        "<html><head><script>var x = '<p>not text</p>';</script><style>p{}</style></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        "<article><h1>Officers land in Port-au-Prince</h1>"
        "<p>About 200 Kenyan officers arrived on Tuesday &amp; joined the mission&#8217;s base.</p>"
        "<p>Read More</p>"
        "<p>The  minister&nbsp;said: &ldquo;We are ready.&rdquo;</p></article>"
        "<footer>&copy; 2024 The Paper</footer></body></html>";
    auto clean = clean_article(html);
    EXPECT_TRUE(clean.was_html);
    EXPECT_EQ(clean.text,
              "Officers land in Port-au-Prince\n"
              "About 200 Kenyan officers arrived on Tuesday & joined the mission\u2019s base.\n"
              "The minister said: \u201CWe are ready.\u201D");
}

TEST(clean_article, keeps_plain_text_and_drops_furniture_lines) {
    auto clean = clean_article("First line of the story.\nRead More\nSecond line.\n");
    EXPECT_FALSE(clean.was_html);
    EXPECT_EQ(clean.text, "First line of the story.\nSecond line.");
}

TEST(clean_article, maps_each_byte_back_to_the_input) {
    std::string html = "<p>Hello <b>world</b></p>";
    auto clean = clean_article(html);
    ASSERT_EQ(clean.text, "Hello world");
    ASSERT_EQ(clean.input_offsets.size(), clean.text.size());
    EXPECT_EQ(html.substr(clean.input_offsets[6], 5), "world");
}

TEST(clean_article, keeps_an_ampersand_that_is_not_an_entity) {
    EXPECT_EQ(clean_article("<p>Trinidad & Tobago</p>").text, "Trinidad & Tobago");
}

}  // namespace
}  // namespace mssops::extract
