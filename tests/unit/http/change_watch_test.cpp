#include "http/change_watch.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace mssops::http
