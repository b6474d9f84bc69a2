#include "http/response_cache.hpp"

#include <gtest/gtest.h>

#include <future>
#include <thread>

namespace mssops::http {
namespace {

using namespace std::chrono_literals;

const std::vector<std::string> summary_reads = {"deployment_events", "strength_targets"};
const std::vector<std::string> incident_reads = {"incidents", "admin_units"};

std::string header_of(const Response& response, std::string_view name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return "";
}

class response_cache : public ::testing::Test {
protected:
    ResponseCache cache{4096, 1000ms, [this] { return now_; }};
    std::chrono::steady_clock::time_point now_{std::chrono::seconds(100)};

    static bool stale_allowed() { return true; }
    static bool stale_refused() { return false; }

    /// Computes `key` as a request would on a miss; fails the test when the cache answered instead.
    void compute(const std::string& key, const std::vector<std::string>& reads, std::string body,
                 int status = 200) {
        auto found = cache.lookup(key, reads, stale_allowed);
        ASSERT_TRUE(found.flight) << key << " was answered from the cache";
        Response response = Response::json(std::move(body), status);
        cache.finish(found.flight, response);
    }
    /// The body the cache answers for `key`, or "(compute)" when the caller has to compute it (the
    /// flight is then finished with "(abandoned)" and an error status, so nothing is kept).
    std::string answer(const std::string& key, const std::vector<std::string>& reads) {
        auto found = cache.lookup(key, reads, stale_allowed);
        if (found.response) return std::string(found.response->payload());
        Response abandoned = Response::json("(abandoned)", 500);
        cache.finish(found.flight, abandoned);
        return "(compute)";
    }
};

TEST_F(response_cache, keeps_a_200_and_shares_its_body) {
    auto found = cache.lookup("/a", summary_reads, stale_allowed);
    ASSERT_TRUE(found.flight);
    Response response = Response::json("{\"n\":1}");
    cache.finish(found.flight, response);
    auto hit = cache.lookup("/a", summary_reads, stale_allowed);
    ASSERT_TRUE(hit.response);
    EXPECT_EQ(hit.response->payload(), "{\"n\":1}");
    EXPECT_EQ(hit.response->shared_body, response.shared_body);
    EXPECT_EQ(header_of(*hit.response, cache_status_header), "mssops; hit");
}

TEST_F(response_cache, does_not_keep_errors) {
    compute("/a", summary_reads, "{}", 404);
    EXPECT_EQ(answer("/a", summary_reads), "(compute)");
}

TEST_F(response_cache, keeps_a_view_when_a_kind_it_does_not_read_is_written) {
    compute("/summary", summary_reads, "summary");
    compute("/incidents", incident_reads, "incidents");
    cache.invalidate({"incidents"});
    EXPECT_EQ(answer("/summary", summary_reads), "summary");
    EXPECT_EQ(answer("/incidents", incident_reads), "(compute)");
    cache.invalidate({"deployment_events"});
    EXPECT_EQ(answer("/summary", summary_reads), "(compute)");
}

TEST_F(response_cache, drops_a_view_that_reads_every_kind_on_any_write) {
    compute("/report", {}, "report");
    cache.invalidate({"sources"});
    EXPECT_EQ(answer("/report", {}), "(compute)");
}

TEST_F(response_cache, keeps_a_view_computed_while_a_kind_it_reads_was_written_only_as_stale) {
    auto summary = cache.lookup("/summary", summary_reads, stale_allowed);
    auto incidents = cache.lookup("/incidents", incident_reads, stale_allowed);
    cache.invalidate({"deployment_events"});
    Response old_summary = Response::json("old summary");
    cache.finish(summary.flight, old_summary);
    Response fresh_incidents = Response::json("incidents");
    cache.finish(incidents.flight, fresh_incidents);
    EXPECT_EQ(answer("/incidents", incident_reads), "incidents");

    auto recompute = cache.lookup("/summary", summary_reads, stale_refused);
    ASSERT_TRUE(recompute.flight) << "a summary computed before a write was served as fresh";
    auto meanwhile = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(meanwhile.response);
    EXPECT_EQ(meanwhile.response->payload(), "old summary");
    EXPECT_EQ(header_of(*meanwhile.response, stale_header), "up to 1000 ms");
    Response new_summary = Response::json("new summary");
    cache.finish(recompute.flight, new_summary);
    EXPECT_EQ(answer("/summary", summary_reads), "new summary");
}

TEST_F(response_cache, computes_a_view_once_at_a_time_while_writes_keep_coming) {
    compute("/summary", summary_reads, "v1");
    cache.invalidate({"deployment_events"});
    auto first = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(first.flight);
    now_ += 10ms;
    cache.invalidate({"deployment_events"});
    // The computation under way is behind the store now, but within the lag: no second one starts.
    auto during = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(during.response) << "a second computation started";
    EXPECT_EQ(during.response->payload(), "v1");
    now_ += 10ms;
    Response v2 = Response::json("v2");
    cache.finish(first.flight, v2);
    // v2 is stale from the moment its computation began; the next request computes v3 while the
    // others are served v2.
    auto second = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(second.flight);
    auto while_second = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(while_second.response);
    EXPECT_EQ(while_second.response->payload(), "v2");
    Response v3 = Response::json("v3");
    cache.finish(second.flight, v3);
    EXPECT_EQ(answer("/summary", summary_reads), "v3");
}

TEST_F(response_cache, lets_one_request_compute_while_the_others_wait_for_its_result) {
    auto first = cache.lookup("/summary", summary_reads, stale_refused);
    ASSERT_TRUE(first.flight);
    auto second = std::async(std::launch::async,
                             [&] { return cache.lookup("/summary", summary_reads, stale_refused); });
    EXPECT_EQ(second.wait_for(50ms), std::future_status::timeout) << "the second request did not wait";
    Response computed = Response::json("computed once");
    cache.finish(first.flight, computed);
    auto waited = second.get();
    ASSERT_TRUE(waited.response) << "the second request was asked to compute too";
    EXPECT_EQ(waited.response->payload(), "computed once");
}

TEST_F(response_cache, serves_the_previous_body_while_one_recomputes_for_at_most_the_lag) {
    compute("/summary", summary_reads, "before");
    now_ += 5s;
    cache.invalidate({"deployment_events"});
    auto recompute = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(recompute.flight);

    now_ += 1000ms;
    auto stale = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(stale.response);
    EXPECT_EQ(stale.response->payload(), "before");
    EXPECT_EQ(header_of(*stale.response, "Age"), "6");
    EXPECT_EQ(header_of(*stale.response, stale_header), "up to 1000 ms");
    EXPECT_EQ(header_of(*stale.response, cache_status_header), "mssops; hit; detail=stale");

    // Past the lag, and for a caller that must not get a stale body, only the new body will do.
    now_ += 1ms;
    auto late = std::async(std::launch::async,
                           [&] { return cache.lookup("/summary", summary_reads, stale_allowed); });
    auto writer = std::async(std::launch::async,
                             [&] { return cache.lookup("/summary", summary_reads, stale_refused); });
    EXPECT_EQ(late.wait_for(50ms), std::future_status::timeout);
    Response after = Response::json("after");
    cache.finish(recompute.flight, after);
    EXPECT_EQ(late.get().response->payload(), "after");
    EXPECT_EQ(writer.get().response->payload(), "after");
    EXPECT_EQ(header_of(*cache.lookup("/summary", summary_reads, stale_allowed).response, "Age"), "");
}

TEST_F(response_cache, does_not_join_a_computation_begun_before_a_write_to_a_kind_it_reads) {
    auto before_write = cache.lookup("/summary", summary_reads, stale_refused);
    cache.invalidate({"deployment_events"});
    auto after_write = cache.lookup("/summary", summary_reads, stale_refused);
    ASSERT_TRUE(after_write.flight) << "a request after the write joined a computation from before it";
    EXPECT_NE(after_write.flight, before_write.flight);
    Response old_body = Response::json("old");
    cache.finish(before_write.flight, old_body);
    Response new_body = Response::json("new");
    cache.finish(after_write.flight, new_body);
    EXPECT_EQ(answer("/summary", summary_reads), "new");
}

TEST_F(response_cache, peeks_at_a_stale_body_only_while_another_request_computes_it) {
    compute("/summary", summary_reads, "before");
    EXPECT_EQ(cache.peek("/summary", stale_allowed)->payload(), "before");
    cache.invalidate({"deployment_events"});
    EXPECT_FALSE(cache.peek("/summary", stale_allowed)) << "a stale body with no computation under way";
    auto recompute = cache.lookup("/summary", summary_reads, stale_allowed);
    ASSERT_TRUE(recompute.flight);
    auto stale = cache.peek("/summary", stale_allowed);
    ASSERT_TRUE(stale);
    EXPECT_EQ(header_of(*stale, cache_status_header), "mssops; hit; detail=stale");
    EXPECT_FALSE(cache.peek("/summary", stale_refused));
    Response after = Response::json("after");
    cache.finish(recompute.flight, after);
    EXPECT_EQ(cache.peek("/summary", stale_refused)->payload(), "after");
}

TEST_F(response_cache, forgets_everything_on_invalidate_all) {
    compute("/summary", summary_reads, "summary");
    compute("/incidents", incident_reads, "incidents");
    cache.invalidate_all();
    EXPECT_EQ(cache.fresh_entries(), 0u);
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
