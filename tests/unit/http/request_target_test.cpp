#include "http/request_target.hpp"

#include <gtest/gtest.h>

namespace mssops::http {
namespace {

TEST(request_target, splits_the_encoded_path_from_the_decoded_query) {
    auto target = parse_request_target("/api/v1/positions?stance=opposes&actor=R%C3%A9publique+d");
    ASSERT_TRUE(target);
    EXPECT_EQ(target->path, "/api/v1/positions");
    EXPECT_EQ(target->query.at("stance"), "opposes");
    EXPECT_EQ(target->query.at("actor"), "R\xC3\xA9publique d");
}

TEST(request_target, keeps_percent_escapes_in_the_path) {
    auto target = parse_request_target("/api/v1/missions/a%2Fb");
    ASSERT_TRUE(target);
    EXPECT_EQ(target->path, "/api/v1/missions/a%2Fb");
}

TEST(request_target, keeps_the_last_of_a_repeated_parameter) {
    auto target = parse_request_target("/x?limit=1&limit=2");
    ASSERT_TRUE(target);
    EXPECT_EQ(target->query.at("limit"), "2");
}

TEST(request_target, rejects_a_target_that_is_not_origin_form) {
    auto target = parse_request_target("http://example.org/x");
    ASSERT_FALSE(target);
    EXPECT_EQ(target.error().code, domain::ErrorCode::bad_syntax);
    EXPECT_EQ(target.error().field, "target");
    EXPECT_EQ(target.error().message, "must be a path with an optional query, got a malformed target");
}

TEST(request_target, rejects_a_query_value_that_is_not_utf8) {
    auto target = parse_request_target("/x?country=%FF");
    ASSERT_FALSE(target);
    EXPECT_EQ(target.error().field, "country");
    EXPECT_EQ(target.error().message, "is not valid UTF-8 once decoded");
}

TEST(is_valid_utf8, accepts_multibyte_text) {
    EXPECT_TRUE(is_valid_utf8("Ha\xC3\xAFti \xE2\x82\xAC \xF0\x9F\x8C\x8D"));
}

TEST(is_valid_utf8, rejects_overlong_forms_surrogates_and_truncation) {
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
    EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));
    EXPECT_FALSE(is_valid_utf8("\xE2\x82"));
    EXPECT_FALSE(is_valid_utf8("\x80"));
}

TEST(decode_path_segment, names_the_field_it_was_given) {
    auto decoded = decode_path_segment("%E2%82", "slug");
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().field, "slug");
}

}  // namespace
}  // namespace mssops::http
