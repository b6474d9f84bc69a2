#include <gtest/gtest.h>

#include <sys/socket.h>

#include <chrono>
#include <string>
#include <thread>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

// What server_test.cpp and record_routes_test.cpp already cover is not repeated here: a header line
// without a colon, a non-UTF-8 path, a header sent once and then abandoned, a body over 1 MiB.
class bad_input : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        serve_arguments = {"--header-timeout-ms", "300"};
        ApiFixture::SetUpTestSuite();
        serve_arguments.clear();
    }

    static HttpResponse only_response(const std::string& raw_request) {
        auto raw = client().exchange_raw(raw_request);
        auto responses = parse_responses(raw);
        EXPECT_EQ(responses.size(), 1u) << raw;
        return responses.empty() ? HttpResponse{} : responses.front();
    }
};

TEST_F(bad_input, drops_a_client_trickling_its_header_byte_by_byte) {
    int slow = client().connect_socket();
    ASSERT_GE(slow, 0);
    // Each byte comes well within the header timeout, but the whole header never does: the timeout
    // must bound the header, not the gap between two reads.
    const std::string header =
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(60, 'p') + "\r\n\r\n";
    std::size_t sent = 0;
    for (; sent < header.size(); ++sent) {
        if (::send(slow, header.data() + sent, 1, MSG_NOSIGNAL) != 1) break;
        if (sent % 8 == 0) EXPECT_EQ(client().request("GET", "/healthz").status, 200);
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
    }
    EXPECT_LT(sent, header.size()) << "the server waited for the whole trickled header";
    EXPECT_EQ(read_until_closed(slow), "");
}

TEST_F(bad_input, answers_413_to_an_announced_body_over_the_limit_without_reading_it) {
    auto response =
        only_response("POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin_token +
                      "\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n");
    EXPECT_EQ(response.status, 413);
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    EXPECT_EQ(response.json().at("detail"), "the request body exceeds the limit of 1048576 bytes");
}

TEST_F(bad_input, answers_413_to_a_chunked_body_that_grows_over_the_limit) {
    std::string request = "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + admin_token +
                          "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const std::string chunk(64 * 1024, 'x');
    for (int i = 0; i < 20; ++i) request += "10000\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";
    EXPECT_EQ(only_response(request).status, 413);
}

TEST_F(bad_input, answers_431_to_a_header_over_16_kib) {
    auto response = only_response(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20 * 1024, 'b') + "\r\n\r\n");
    EXPECT_EQ(response.status, 431);
}

TEST_F(bad_input, answers_400_to_each_kind_of_malformed_request) {
    const char* requests[] = {
        "G@T /healthz HTTP/1.1\r\nHost: x\r\n\r\n",                                 // method is not a token
        "GET /healthz HTTP/1.x\r\nHost: x\r\n\r\n",                                 // version
        "GET /healthz\r\nHost: x\r\n\r\n",                                          // no version
        "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n",  // length is not a number
        "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nab",
        "POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",  // chunk size
        "GET /health\x01z HTTP/1.1\r\nHost: x\r\n\r\n",  // control byte in target
        "GET /healthz HTTP/1.1\r\nHo st: x\r\n\r\n",     // space in a field name
    };
    for (const char* request : requests) {
        auto response = only_response(request);
        EXPECT_EQ(response.status, 400) << request;
        EXPECT_EQ(response.header("content-type"), "application/problem+json") << request;
    }
    EXPECT_EQ(client().request("GET", "/healthz").status, 200);
}

TEST_F(bad_input, answers_400_to_a_query_that_does_not_parse_and_422_to_a_bad_value) {
    auto escape = client().request("GET", "/api/v1/sources?limit=%ZZ", {}, as(admin_token));
    EXPECT_EQ(escape.status, 400);
    EXPECT_EQ(escape.json().at("field"), "target");
    auto not_utf8 = client().request("GET", "/api/v1/sources?%FF=1", {}, as(admin_token));
    EXPECT_EQ(not_utf8.status, 400);
    EXPECT_EQ(not_utf8.json().at("detail"), "query has a parameter name that is not valid UTF-8");
    auto limit = client().request("GET", "/api/v1/sources?limit=ten", {}, as(admin_token));
    EXPECT_EQ(limit.status, 422);
    EXPECT_EQ(limit.json().at("detail"), "limit must be a whole number from 1 to 1000, got \"ten\"");
}

}  // namespace
}  // namespace mssops::api_test
