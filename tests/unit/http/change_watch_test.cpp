#include "http/change_watch.hpp"

#include <gtest/gtest.h>

#include "http/response_cache.hpp"

namespace mssops::http {
namespace {

using namespace std::chrono_literals;

class ChangeWatchTest : public ::testing::Test {
protected:
    ChangeWatch watch(std::chrono::microseconds interval = 1ms) {
        return ChangeWatch(
            [this]() -> domain::Result<std::int64_t> {
                ++reads_;
                if (failing_) return domain::Error::unavailable("the store is gone");
                return counter_;
            },
            interval, [this] { return now_; });
    }

    std::chrono::steady_clock::time_point now_{std::chrono::seconds(100)};
    std::int64_t counter_ = 7;
    int reads_ = 0;
    bool failing_ = false;
};

TEST_F(ChangeWatchTest, reads_the_store_once_per_interval) {
    auto watched = watch();
    EXPECT_EQ(watched.current(), 7);
    counter_ = 8;
    now_ += 999us;
    EXPECT_EQ(watched.current(), 7);
    EXPECT_EQ(reads_, 1);
    now_ += 1us;
    EXPECT_EQ(watched.current(), 8);
    EXPECT_EQ(reads_, 2);
}

TEST_F(ChangeWatchTest, reads_the_store_again_at_once_after_expire) {
    auto watched = watch();
    EXPECT_EQ(watched.current(), 7);
    counter_ = 8;
    watched.expire();
    EXPECT_EQ(watched.current(), 8);
    EXPECT_EQ(reads_, 2);
}

TEST_F(ChangeWatchTest, says_nothing_when_the_store_cannot_answer_and_asks_again_next_time) {
    auto watched = watch();
    failing_ = true;
    EXPECT_EQ(watched.current(), std::nullopt);
    failing_ = false;
    EXPECT_EQ(watched.current(), 7);
    EXPECT_EQ(reads_, 2);
}

TEST_F(ChangeWatchTest, reads_again_when_the_clock_goes_back) {
    auto watched = watch();
    EXPECT_EQ(watched.current(), 7);
    counter_ = 9;
    now_ -= 5ms;
    EXPECT_EQ(watched.current(), 9);
}

TEST(change_watch, without_a_reader_watches_nothing) {
    ChangeWatch watched({});
    EXPECT_FALSE(watched.watching());
    EXPECT_EQ(watched.current(), std::nullopt);
}

/// A change feed over a fake store: the counter and the kinds written are set by the test.
class ChangeFeedTest : public ::testing::Test {
protected:
    ChangeFeed feed() {
        return ChangeFeed([this]() -> domain::Result<std::int64_t> { return counter_; },
                          [this](std::int64_t after) -> domain::Result<store::ChangedKinds> {
                              asked_after_.push_back(after);
                              if (failing_) return domain::Error::unavailable("the audit log is gone");
                              return store::ChangedKinds{position_, kinds_, false};
                          },
                          0us);
    }
    void keep(const std::string& key, const std::vector<std::string>& reads) {
        auto found = cache_.lookup(key, reads, [] { return false; });
        ASSERT_TRUE(found.flight);
        Response response = Response::json(key);
        cache_.finish(found.flight, response);
    }
    bool cached(const std::string& key, const std::vector<std::string>& reads) {
        auto found = cache_.lookup(key, reads, [] { return false; });
        if (found.response) return true;
        Response abandoned = Response::json("", 500);
        cache_.finish(found.flight, abandoned);
        return false;
    }

    ResponseCache cache_;
    std::int64_t counter_ = 1;
    std::int64_t position_ = 40;
    std::vector<std::string> kinds_;
    bool failing_ = false;
    std::vector<std::int64_t> asked_after_;
};

TEST_F(ChangeFeedTest, drops_only_the_views_of_the_kinds_another_process_wrote) {
    auto watched = feed();
    EXPECT_EQ(watched.follow(cache_), 1);
    keep("/summary", {"deployment_events"});
    keep("/incidents", {"incidents"});
    counter_ = 2;
    position_ = 41;
    kinds_ = {"incidents"};
    EXPECT_EQ(watched.follow(cache_), 2);
    EXPECT_EQ(asked_after_, (std::vector<std::int64_t>{-1, 40}));
    EXPECT_TRUE(cached("/summary", {"deployment_events"}));
    EXPECT_FALSE(cached("/incidents", {"incidents"}));
}

TEST_F(ChangeFeedTest, reads_the_kinds_only_when_the_counter_moved) {
    auto watched = feed();
    watched.follow(cache_);
    watched.follow(cache_);
    watched.follow(cache_);
    EXPECT_EQ(asked_after_.size(), 1u);
}

TEST_F(ChangeFeedTest, drops_every_view_when_the_kinds_cannot_be_read) {
    auto watched = feed();
    watched.follow(cache_);
    keep("/summary", {"deployment_events"});
    counter_ = 2;
    failing_ = true;
    EXPECT_EQ(watched.follow(cache_), 2);
    EXPECT_FALSE(cached("/summary", {"deployment_events"}));
    // Back, the feed starts from the position it is told, and drops everything once more, since
    // what changed in between is unknown.
    keep("/summary", {"deployment_events"});
    failing_ = false;
    counter_ = 3;
    watched.follow(cache_);
    EXPECT_EQ(asked_after_.back(), -1);
    EXPECT_FALSE(cached("/summary", {"deployment_events"}));
}

}  // namespace
}  // namespace mssops::http
