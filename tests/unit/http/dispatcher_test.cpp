#include "http/dispatcher.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <stdexcept>

#include "store/written_kinds.hpp"

namespace mssops::http {
namespace {

using domain::Error;
using domain::Principal;
using domain::Result;

/// Hands out the principal a test sets, as a real authenticator would after checking credentials.
class GivenPrincipal final : public Authenticator {
public:
    Result<Principal> authenticate(const Request&) override { return principal; }
    Principal principal;
};

std::string header_of(const Response& response, std::string_view name) {
    for (const auto& [key, value] : response.headers)
        if (key == name) return value;
    return "";
}

boost::json::object body_of(const Response& response) {
    return boost::json::parse(response.body).as_object();
}

class dispatcher : public ::testing::Test {
protected:
    void SetUp() override {
        add("GET", "/api/v1/things/{id}", Access::reader, [](const Request& request) -> Result<Response> {
            return Response::json("{\"id\":\"" + request.path_params.at("id") + "\"}");
        });
        add("PATCH", "/api/v1/things/{id}", Access::editor,
            [](const Request&) -> Result<Response> { return Response::json("{}"); });
        add("GET", "/api/v1/broken", Access::anyone, [](const Request&) -> Result<Response> {
            throw std::runtime_error("sqlite3_step: disk I/O error at /var/lib/secret.db");
        });
        add("GET", "/api/v1/missing", Access::anyone,
            [](const Request&) -> Result<Response> { return Error::not_found("id", "no thing with id 9"); });
    }
    void add(std::string method, std::string pattern, Access access, Handler handler) {
        Route route;
        route.method = method_from_text(method);
        route.pattern = std::move(pattern);
        route.access = access;
        route.edit_domain = domain::EditDomain::force;
        route.handler = std::move(handler);
        router_.add(std::move(route));
    }
    Response call(std::string method, std::string target,
                  domain::AnonymousReads reads = domain::AnonymousReads::refused) {
        Dispatcher dispatcher(router_, &authenticator_, nullptr, reads);
        Request request;
        request.method = method_from_text(method);
        request.request_id = "test-1";
        return dispatcher.handle(target, request);
    }

    Router router_;
    GivenPrincipal authenticator_;
};

TEST_F(dispatcher, runs_the_matching_handler_with_decoded_parameters) {
    auto response = call("GET", "/api/v1/things/a%20b", domain::AnonymousReads::allowed);
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.body, "{\"id\":\"a b\"}");
}

TEST_F(dispatcher, refuses_anonymous_reads_unless_allowed) {
    auto response = call("GET", "/api/v1/things/1");
    EXPECT_EQ(response.status, 401);
    EXPECT_EQ(response.content_type, "application/problem+json");
}

TEST_F(dispatcher, lets_a_signed_in_viewer_read_but_not_edit) {
    authenticator_.principal = {"vera", {domain::Role::viewer}, {}, ""};
    EXPECT_EQ(call("GET", "/api/v1/things/1").status, 200);
    EXPECT_EQ(call("PATCH", "/api/v1/things/1").status, 403);
}

TEST_F(dispatcher, lets_an_editor_of_the_routes_domain_edit) {
    authenticator_.principal = {"eve", {domain::Role::editor}, {domain::EditDomain::force}, ""};
    EXPECT_EQ(call("PATCH", "/api/v1/things/1").status, 200);
    authenticator_.principal = {"fay", {domain::Role::editor}, {domain::EditDomain::funding}, ""};
    EXPECT_EQ(call("PATCH", "/api/v1/things/1").status, 403);
}

TEST_F(dispatcher, answers_404_as_a_problem_for_an_unknown_route) {
    auto response = call("GET", "/api/v1/nothing");
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(body_of(response).at("detail"), "path no route for GET /api/v1/nothing");
}

TEST_F(dispatcher, answers_405_with_allow_for_a_wrong_method) {
    auto response = call("DELETE", "/api/v1/things/1");
    EXPECT_EQ(response.status, 405);
    EXPECT_EQ(header_of(response, "Allow"), "GET, PATCH, HEAD");
}

TEST_F(dispatcher, answers_400_for_a_path_that_is_not_utf8) {
    auto response = call("GET", "/api/v1/things/%C3%28", domain::AnonymousReads::allowed);
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(body_of(response).at("field"), "path");
}

TEST_F(dispatcher, maps_a_handler_error_to_its_status) {
    auto response = call("GET", "/api/v1/missing");
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(body_of(response).at("field"), "id");
    EXPECT_EQ(body_of(response).at("request_id"), "test-1");
}

TEST_F(dispatcher, answers_500_without_internals_when_a_handler_throws) {
    auto response = call("GET", "/api/v1/broken");
    EXPECT_EQ(response.status, 500);
    EXPECT_EQ(response.body.find("secret.db"), std::string::npos);
    EXPECT_EQ(body_of(response).at("detail"),
              "the server failed to answer; quote the request id when reporting it");
}

TEST_F(dispatcher, answers_head_as_get) {
    EXPECT_EQ(call("HEAD", "/api/v1/things/1", domain::AnonymousReads::allowed).status, 200);
}

TEST_F(dispatcher, serves_a_cacheable_read_from_cache_until_a_write_to_a_kind_it_reads) {
    int calls = 0;
    Route counted;
    counted.method = Method::get;
    counted.pattern = "/api/v1/counted";
    counted.access = Access::anyone;
    counted.cacheable = true;
    counted.reads = {"deployment_events"};
    counted.handler = [&calls](const Request&) -> Result<Response> {
        return Response::json(std::to_string(++calls));
    };
    router_.add(counted);
    // The stores note each kind they write (store/written_kinds.hpp); these handlers do it by hand.
    add("POST", "/api/v1/incidents", Access::anyone, [](const Request&) -> Result<Response> {
        store::note_written_kind("incidents");
        return Response::json("{}");
    });
    add("POST", "/api/v1/deployment_events", Access::anyone, [](const Request&) -> Result<Response> {
        store::note_written_kind("deployment_events");
        return Response::json("{}");
    });
    Dispatcher dispatcher(router_, &authenticator_, nullptr, domain::AnonymousReads::refused);
    auto get = [&](std::string target) {
        Request request;
        request.method = Method::get;
        return std::string(dispatcher.handle(target, request).payload());
    };
    auto post = [&](std::string target) {
        Request request;
        request.method = Method::post;
        dispatcher.handle(target, request);
    };
    EXPECT_EQ(get("/api/v1/counted?a=1&b=2"), "1");
    EXPECT_EQ(get("/api/v1/counted?b=2&a=1"), "1");
    EXPECT_EQ(get("/api/v1/counted?a=1%26b%3D2"), "2");
    post("/api/v1/incidents");
    EXPECT_EQ(get("/api/v1/counted?a=1&b=2"), "1");
    post("/api/v1/deployment_events");
    EXPECT_EQ(get("/api/v1/counted?a=1&b=2"), "3");
}

TEST_F(dispatcher, answers_at_once_only_what_costs_no_store_work) {
    int calls = 0;
    Route counted;
    counted.method = Method::get;
    counted.pattern = "/api/v1/counted";
    counted.access = Access::anyone;
    counted.cacheable = true;
    counted.handler = [&calls](const Request&) -> Result<Response> {
        return Response::json(std::to_string(++calls));
    };
    router_.add(counted);
    Route live;
    live.method = Method::get;
    live.pattern = "/healthz";
    live.access = Access::anyone;
    live.on_io_thread = true;
    live.handler = [](const Request&) -> Result<Response> { return Response::json("{\"status\":\"ok\"}"); };
    router_.add(live);
    Dispatcher dispatcher(router_, &authenticator_, nullptr, domain::AnonymousReads::refused);
    auto at_once = [&](std::string method, std::string target) {
        Request request;
        request.method = method_from_text(method);
        return dispatcher.answer_at_once(target, request);
    };
    EXPECT_FALSE(at_once("GET", "/api/v1/counted")) << "a view not yet computed was computed at once";
    Request first;
    first.method = Method::get;
    EXPECT_EQ(dispatcher.handle("/api/v1/counted", first).payload(), "1");
    ASSERT_TRUE(at_once("GET", "/api/v1/counted"));
    EXPECT_EQ(at_once("GET", "/api/v1/counted")->payload(), "1");
    EXPECT_EQ(at_once("GET", "/healthz")->payload(), "{\"status\":\"ok\"}");
    EXPECT_EQ(at_once("GET", "/api/v1/nowhere")->status, 404);
    EXPECT_FALSE(at_once("PATCH", "/api/v1/things/1")) << "a write was run on the io thread";
    EXPECT_EQ(calls, 1);
}

TEST(request_id_for, keeps_a_sane_client_id_and_replaces_others) {
    EXPECT_EQ(request_id_for("trace-42.a_b"), "trace-42.a_b");
    EXPECT_NE(request_id_for("bad id\r\n"), "bad id\r\n");
    EXPECT_NE(request_id_for(""), request_id_for(""));
}

}  // namespace
}  // namespace mssops::http
