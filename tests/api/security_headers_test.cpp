#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

// Spelled out here rather than read from the server's header, so a change to the policy is a
// deliberate change to this test too.
constexpr std::string_view dashboard_policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
constexpr std::string_view report_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'none'; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

class security_headers : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        ApiFixture::SetUpTestSuite();
        add_test_mission();
    }

    /// Checks the four headers every response carries; `what` names the request in failures.
    static void expect_strict_headers(const HttpResponse& response, const std::string& what) {
        EXPECT_EQ(response.header("content-security-policy"), dashboard_policy) << what;
        EXPECT_EQ(response.header("x-content-type-options"), "nosniff") << what;
        EXPECT_EQ(response.header("referrer-policy"), "no-referrer") << what;
        EXPECT_EQ(response.header("x-frame-options"), "DENY") << what;
    }

    /// Each documented (method, path) with its path parameters filled in.
    static std::vector<std::pair<std::string, std::string>> documented_operations() {
        auto document = client().request("GET", "/api/openapi.json");
        EXPECT_EQ(document.status, 200);
        std::vector<std::pair<std::string, std::string>> operations;
        auto parsed = document.json();  // Kept: a range-for over a member of a temporary would dangle.
        for (const auto& [pattern, methods] : parsed.at("paths").as_object()) {
            std::string path;
            std::string_view rest = pattern;
            while (!rest.empty()) {
                auto open = rest.find('{');
                if (open == std::string_view::npos) {
                    path += rest;
                    break;
                }
                auto close = rest.find('}', open);
                path += rest.substr(0, open);
                auto name = rest.substr(open + 1, close - open - 1);
                path += name == "slug" ? "mss-haiti" : name == "name" ? "ada" : "1";
                rest = rest.substr(close + 1);
            }
            for (const auto& [method, operation] : methods.as_object()) {
                // A path item also holds "parameters" and "summary"; only operations are requests.
                static const std::set<std::string_view> verbs{"get", "post", "put", "patch", "delete"};
                if (!verbs.contains(std::string_view(method))) continue;
                std::string verb(method);
                for (auto& c : verb) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                operations.emplace_back(verb, path);
            }
        }
        return operations;
    }
};

TEST_F(security_headers, every_documented_route_answers_with_the_strict_headers) {
    auto operations = documented_operations();
    ASSERT_GT(operations.size(), 30u) << "the OpenAPI document lists too few routes";
    std::size_t reads = 0;
    for (const auto& [method, path] : operations) {
        // Reads as the admin reach the handlers; writes go unsigned, so the route answers with a
        // refusal and the suite changes nothing (no token revoked, no record retired).
        bool read = method == "GET";
        auto response = read ? client().request(method, path, {}, as(admin_token))
                             : client().request(method, path, "{}", {{"Content-Type", "application/json"}});
        std::string what = method + " " + path + " -> " + std::to_string(response.status);
        EXPECT_NE(response.status, 0) << what;
        if (path.ends_with("/report")) {
            EXPECT_EQ(response.status, 200) << what << "\n" << response.body;
            continue;  // Its own policy, checked below.
        }
        if (read && response.status == 200) ++reads;
        expect_strict_headers(response, what);
    }
    EXPECT_GT(reads, 20u) << "too few routes answered 200, so the headers of answers went unchecked";
}

TEST_F(security_headers, the_report_may_be_framed_only_by_the_dashboard_and_runs_no_script) {
    for (const char* format : {"html", "md"}) {
        auto response = client().request(
            "GET",
            std::string("/api/v1/missions/mss-haiti/report?from=2024-01-01&to=2024-12-31&format=") + format,
            {}, as(admin_token));
        ASSERT_EQ(response.status, 200) << response.body;
        EXPECT_EQ(response.header("content-security-policy"), report_policy) << format;
        EXPECT_EQ(response.header("x-frame-options"), "SAMEORIGIN") << format;
        EXPECT_EQ(response.header("x-content-type-options"), "nosniff") << format;
        EXPECT_EQ(response.header("referrer-policy"), "no-referrer") << format;
    }
}

TEST_F(security_headers, a_refused_report_period_is_a_problem_with_the_strict_headers) {
    auto response =
        client().request("GET", "/api/v1/missions/mss-haiti/report?format=pdf", {}, as(admin_token));
    EXPECT_EQ(response.status, 422);
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    expect_strict_headers(response, "report?format=pdf");
}

TEST_F(security_headers, static_files_carry_the_strict_headers_fresh_and_not_modified) {
    auto index = client().request("GET", "/");
    ASSERT_EQ(index.status, 200);
    expect_strict_headers(index, "GET /");
    auto script = client().request("GET", "/assets/app-5e1f.js");
    ASSERT_EQ(script.status, 200);
    expect_strict_headers(script, "GET /assets/app-5e1f.js");
    auto again =
        client().request("GET", "/assets/app-5e1f.js", {}, {{"If-None-Match", script.header("etag")}});
    ASSERT_EQ(again.status, 304);
    expect_strict_headers(again, "GET /assets/app-5e1f.js (304)");
}

TEST_F(security_headers, problems_and_refusals_carry_the_strict_headers) {
    auto missing = client().request("GET", "/api/v1/no_such_kind", {}, as(admin_token));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.header("content-type"), "application/problem+json");
    expect_strict_headers(missing, "404");

    auto unsigned_read = client().request("GET", "/api/v1/sources");
    EXPECT_EQ(unsigned_read.status, 401);
    expect_strict_headers(unsigned_read, "401");

    auto invalid = client().request("POST", "/api/v1/sources", R"({"key":""})", as(admin_token));
    EXPECT_EQ(invalid.status, 422);
    expect_strict_headers(invalid, "422");

    auto unparsable = client().request("POST", "/api/v1/sources", "{", as(admin_token));
    EXPECT_EQ(unparsable.status, 400);
    expect_strict_headers(unparsable, "400 body");
}

TEST_F(security_headers, protocol_errors_answered_before_routing_carry_the_strict_headers) {
    auto malformed =
        parse_responses(client().exchange_raw("GET /healthz HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n"));
    ASSERT_EQ(malformed.size(), 1u);
    EXPECT_EQ(malformed[0].status, 400);
    expect_strict_headers(malformed[0], "400 malformed");

    auto too_large = parse_responses(
        client().exchange_raw("POST /api/v1/sources HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              "Content-Length: 4000000000\r\n\r\n"));
    ASSERT_EQ(too_large.size(), 1u);
    EXPECT_EQ(too_large[0].status, 413);
    expect_strict_headers(too_large[0], "413");

    auto huge_header = parse_responses(client().exchange_raw(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(20 * 1024, 'a') + "\r\n\r\n"));
    ASSERT_EQ(huge_header.size(), 1u);
    EXPECT_EQ(huge_header[0].status, 431);
    expect_strict_headers(huge_header[0], "431");
}

}  // namespace
}  // namespace mssops::api_test
