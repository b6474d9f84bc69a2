#include "http/reader_language.hpp"

#include <gtest/gtest.h>

namespace mssops::http {
namespace {

TEST(reader_language, is_english_when_the_reader_asks_for_nothing) {
    auto language = reader_language(Request{});
    ASSERT_TRUE(language);
    EXPECT_EQ(*language, "en");
}

TEST(reader_language, follows_the_accept_language_header) {
    Request request;
    request.headers["accept-language"] = "fr-CA,fr;q=0.9,en;q=0.8";
    auto language = reader_language(request);
    ASSERT_TRUE(language);
    EXPECT_EQ(*language, "fr");
}

TEST(reader_language, prefers_the_locale_parameter_to_the_header) {
    Request request;
    request.query["locale"] = "es";
    request.headers["accept-language"] = "fr";
    auto language = reader_language(request);
    ASSERT_TRUE(language);
    EXPECT_EQ(*language, "es");
}

TEST(reader_language, rejects_a_locale_that_is_no_report_language) {
    Request request;
    request.query["locale"] = "xx";
    auto language = reader_language(request);
    ASSERT_FALSE(language);
    EXPECT_EQ(language.error().field, "locale");
    EXPECT_EQ(language.error().message, "must be en, en-US, fr, ht or es, got \"xx\"");
}

TEST(reader_language, marks_the_response_language_and_what_it_varies_with) {
    Response response;
    mark_language(response, "ht");
    ASSERT_EQ(response.headers.size(), 2u);
    EXPECT_EQ(response.headers[0], (std::pair<std::string, std::string>{"Content-Language", "ht"}));
    EXPECT_EQ(response.headers[1], (std::pair<std::string, std::string>{"Vary", "Accept-Language"}));
}

}  // namespace
}  // namespace mssops::http
