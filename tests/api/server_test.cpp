#include <gtest/gtest.h>

#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

class server : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        // Short enough that the slow-client test does not wait long.
        serve_arguments = {"--header-timeout-ms", "300"};
        ApiFixture::SetUpTestSuite();
        serve_arguments.clear();
    }
};

TEST_F(server, answers_healthz_without_sign_in) {
    auto response = client().request("GET", "/healthz");
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.json().at("status"), "ok");
    EXPECT_EQ(response.json().at("backend"), "sqlite");
    EXPECT_FALSE(response.header("x-request-id").empty());
}

TEST_F(server, echoes_a_sane_client_request_id) {
    auto response = client().request("GET", "/healthz", {}, {{"X-Request-Id", "trace-7"}});
    EXPECT_EQ(response.header("x-request-id"), "trace-7");
}

TEST_F(server, describes_every_route_in_openapi_and_each_list_route_answers) {
    auto response = client().request("GET", "/api/openapi.json");
    ASSERT_EQ(response.status, 200);
    auto document = response.json().as_object();
    EXPECT_EQ(document.at("openapi"), "3.0.3");
    const auto& paths = document.at("paths").as_object();
    for (const char* path : {"/healthz", "/api/openapi.json", "/api/v1/sources",
                             "/api/v1/deployment_events/{id}", "/api/v1/positions", "/api/v1/auth/login"})
        EXPECT_TRUE(paths.contains(path)) << path;
    // Every documented GET without path parameters is really routed.
    for (const auto& [path, operations] : paths) {
        if (std::string_view(path).find('{') != std::string_view::npos ||
            !operations.as_object().contains("get"))
            continue;
        auto answer = client().request("GET", std::string(path), {}, as(admin_token));
        EXPECT_NE(answer.status, 404) << path;
        EXPECT_NE(answer.status, 405) << path;
    }
}

TEST_F(server, answers_400_to_malformed_http) {
    auto raw = client().exchange_raw("GET /healthz HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n");
    auto responses = parse_responses(raw);
    ASSERT_EQ(responses.size(), 1u) << raw;
    EXPECT_EQ(responses[0].status, 400);
    EXPECT_EQ(responses[0].header("content-type"), "application/problem+json");
}

TEST_F(server, answers_400_to_a_path_that_is_not_utf8) {
    auto response = client().request("GET", "/api/v1/missions/%FF", {}, as(admin_token));
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(response.json().at("field"), "path");
}

TEST_F(server, serves_several_requests_on_one_kept_alive_connection) {
    auto raw = client().exchange_raw(
        "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
        "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    auto responses = parse_responses(raw);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_EQ(responses[0].status, 200);
    EXPECT_EQ(responses[1].status, 200);
}

TEST_F(server, drops_a_client_too_slow_to_send_its_header_without_harming_others) {
    int slow = client().connect_socket();
    ASSERT_GE(slow, 0);
    ASSERT_GT(::send(slow, "GET /heal", 9, MSG_NOSIGNAL), 0);
    EXPECT_EQ(client().request("GET", "/healthz").status, 200);
    // The server gives up on the slow header and closes the connection without an answer.
    EXPECT_EQ(read_until_closed(slow), "");
}

TEST_F(server, answers_head_with_headers_only) {
    auto raw = client().exchange_raw("HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(raw.rfind("HTTP/1.1 200", 0), 0u) << raw;
    EXPECT_NE(raw.find("Content-Length: "), std::string::npos);
    EXPECT_EQ(raw.substr(raw.find("\r\n\r\n") + 4), "");
}

TEST_F(server, serves_the_dashboard_with_spa_fallback_caching_and_gzip) {
    auto index = client().request("GET", "/council");
    EXPECT_EQ(index.status, 200);
    EXPECT_EQ(index.header("content-type"), "text/html; charset=utf-8");
    EXPECT_EQ(index.body, "<!doctype html><title>mssops</title>");
    EXPECT_EQ(index.header("cache-control"), "no-cache");
    auto again = client().request("GET", "/", {}, {{"If-None-Match", index.header("etag")}});
    EXPECT_EQ(again.status, 304);

    auto asset = client().request("GET", "/assets/app-5e1f.js", {}, {{"Accept-Encoding", "gzip"}});
    EXPECT_EQ(asset.status, 200);
    EXPECT_EQ(asset.header("content-encoding"), "gzip");
    EXPECT_EQ(asset.header("cache-control"), "public, max-age=31536000, immutable");
    EXPECT_LT(asset.body.size(), 2000u);

    EXPECT_EQ(client().request("GET", "/%2e%2e/%2e%2e/etc/passwd").status, 400);
    EXPECT_EQ(client().request("GET", "/api/v1/unknown-kind", {}, as(admin_token)).status, 404);
}

TEST_F(server, logs_one_access_line_per_request) {
    client().request("GET", "/healthz", {}, {{"X-Request-Id", "logged-once"}});
    std::ifstream log(dir->path() / "server.log");
    std::stringstream text;
    text << log.rdbuf();
    EXPECT_NE(text.str().find("logged-once GET /healthz 200"), std::string::npos) << text.str();
}

class anonymous_reads : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        serve_arguments = {"--allow-anonymous-reads"};
        ApiFixture::SetUpTestSuite();
        serve_arguments.clear();
    }
};

TEST_F(anonymous_reads, lets_anyone_read_but_not_write) {
    EXPECT_EQ(client().request("GET", "/api/v1/sources").status, 200);
    EXPECT_EQ(client().request("POST", "/api/v1/sources", R"({"publisher":"A","title":"B"})").status, 401);
}

class shutdown : public ApiFixture {};

TEST_F(shutdown, finishes_a_request_in_flight_on_sigterm_then_exits) {
    int socket = client().connect_socket();
    ASSERT_GE(socket, 0);
    std::string body = R"({"publisher":"Late","title":"In flight"})";
    std::string head =
        "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin_token +
        "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    ASSERT_GT(::send(socket, head.data(), head.size(), MSG_NOSIGNAL), 0);
    ASSERT_GT(::send(socket, body.data(), 5, MSG_NOSIGNAL), 0);
    // Let the server read the header before the signal arrives, so the request is in flight.
    EXPECT_EQ(client().request("GET", "/healthz").status, 200);
    std::thread stopper([] { EXPECT_EQ(server->stop(), 0); });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    ASSERT_GT(::send(socket, body.data() + 5, body.size() - 5, MSG_NOSIGNAL), 0);
    auto responses = parse_responses(read_until_closed(socket));
    stopper.join();
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses[0].status, 201);
    EXPECT_EQ(responses[0].header("connection"), "close");
}

}  // namespace
}  // namespace mssops::api_test
