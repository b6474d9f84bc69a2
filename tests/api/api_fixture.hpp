#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "api/http_client.hpp"
#include "api/server_process.hpp"

namespace mssops::api_test {

/// One `mssops serve` per test suite over a fresh database holding three users with API tokens:
/// an admin, an editor of the force domain and a viewer. Anonymous reads stay refused.
class ApiFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

    /// Extra `serve` arguments of a suite; none by default.
    static std::vector<std::string> serve_arguments;

    static HttpClient client() { return HttpClient(server->port()); }
    static std::vector<std::pair<std::string, std::string>> as(const std::string& token) {
        return {{"Authorization", "Bearer " + token}};
    }
    /// Adds the source "article" and the mission "mss-haiti" citing it, as the admin; fails the suite
    /// when the server refuses them.
    static void add_test_mission();
    /// The number of records of `kind` the admin can list, retired ones included.
    static std::int64_t total(const std::string& kind);

    static std::unique_ptr<TempDir> dir;
    static std::unique_ptr<ServerProcess> server;
    static std::string admin_token;
    static std::string editor_token;
    static std::string viewer_token;
};

}  // namespace mssops::api_test
