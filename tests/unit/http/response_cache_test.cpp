#include "http/response_cache.hpp"

#include <gtest/gtest.h>

namespace mssops::http {
namespace {

TEST(response_cache, keeps_a_200_and_shares_its_body) {
    ResponseCache cache;
    Response response = Response::json("{\"n\":1}");
    cache.keep("/a", response, cache.generation());
    auto hit = cache.find("/a");
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->payload(), "{\"n\":1}");
    EXPECT_EQ(hit->shared_body, response.shared_body);
}

TEST(response_cache, does_not_keep_errors) {
    ResponseCache cache;
    Response response = Response::json("{}", 404);
    cache.keep("/a", response, cache.generation());
    EXPECT_FALSE(cache.find("/a"));
}

TEST(response_cache, drops_a_response_read_before_a_write_landed) {
    ResponseCache cache;
    auto generation = cache.generation();
    cache.invalidate();
    Response response = Response::json("{}");
    cache.keep("/a", response, generation);
    EXPECT_FALSE(cache.find("/a"));
}

TEST(response_cache, forgets_everything_on_invalidate) {
    ResponseCache cache;
    Response response = Response::json("{}");
    cache.keep("/a", response, cache.generation());
    cache.invalidate();
    EXPECT_FALSE(cache.find("/a"));
}

TEST(response_cache, forgets_everything_when_the_store_changed_elsewhere) {
    ResponseCache cache;
    cache.follow_store(7);
    Response response = Response::json("{}");
    cache.keep("/a", response, cache.generation());
    cache.follow_store(7);
    EXPECT_TRUE(cache.find("/a"));
    cache.follow_store(8);
    EXPECT_FALSE(cache.find("/a"));
}

TEST(cache_key, tells_apart_queries_that_join_to_the_same_text) {
    Request split;
    split.path = "/x";
    split.query = {{"a", "1"}, {"b", "2"}};
    Request joined;
    joined.path = "/x";
    joined.query = {{"a", "1&b=2"}};
    EXPECT_NE(cache_key(split), cache_key(joined));
}

}  // namespace
}  // namespace mssops::http
