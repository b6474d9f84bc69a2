// A cached read must not outlive a write, even one made by another process (the CLI).
#include <gtest/gtest.h>

#include <fstream>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

class CachedReads : public ApiFixture {};

TEST_F(CachedReads, see_a_record_the_cli_added_while_the_server_ran) {
    auto before = client().request("GET", "/api/v1/sources?limit=1", {}, as(viewer_token));
    ASSERT_EQ(before.status, 200) << before.body;
    const auto count = before.json().at("total").as_int64();
    // The same read again is answered from the cache.
    ASSERT_EQ(client()
                  .request("GET", "/api/v1/sources?limit=1", {}, as(viewer_token))
                  .json()
                  .at("total")
                  .as_int64(),
              count);

    const auto file = dir->path() / "source.json";
    std::ofstream(file) << R"({"key":"cli-added-source","publisher":"Test","title":"Added by the CLI"})";
    auto added =
        run_mssops({"--db", (dir->path() / "api.db").string(), "add", "sources", "--file", file.string()});
    ASSERT_EQ(added.exit_code, 0) << added.out;

    auto after = client().request("GET", "/api/v1/sources?limit=1", {}, as(viewer_token));
    ASSERT_EQ(after.status, 200) << after.body;
    EXPECT_EQ(after.json().at("total").as_int64(), count + 1);
}

}  // namespace
}  // namespace mssops::api_test
