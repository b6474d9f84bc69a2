#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

using Headers = std::vector<std::pair<std::string, std::string>>;

// A browser's view of a session: the cookie it sends back and the CSRF token the page keeps.
struct BrowserSession {
    std::string cookie;
    std::string csrf;
    Headers reading() const { return {{"Cookie", cookie}}; }
    Headers writing() const { return {{"Cookie", cookie}, {"X-CSRF-Token", csrf}}; }
};

class auth : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        ApiFixture::SetUpTestSuite();
        add_test_mission();
        auto liaison =
            client().request("POST", "/api/v1/users",
                             R"({"name":"lia","password":"jamaica liaison password","roles":["liaison"],
                                            "country":"JAM"})",
                             as(admin_token));
        ASSERT_EQ(liaison.status, 201) << liaison.body;
    }

    static HttpResponse log_in(const std::string& name, const std::string& password) {
        return client().request("POST", "/api/v1/auth/login",
                                json::serialize(json::object{{"name", name}, {"password", password}}));
    }

    static BrowserSession sign_in_liaison() {
        auto response = log_in("lia", "jamaica liaison password");
        EXPECT_EQ(response.status, 200) << response.body;
        const std::string set_cookie = response.header("set-cookie");
        BrowserSession session;
        session.cookie = set_cookie.substr(0, set_cookie.find(';'));
        if (response.status == 200) session.csrf = std::string(response.json().at("csrf_token").as_string());
        return session;
    }

    static std::string event(const std::string& country) {
        return json::serialize(json::object{{"mission", "mss-haiti"},
                                            {"country", country},
                                            {"personnel_type", "police"},
                                            {"count", 24},
                                            {"event", "arrived"},
                                            {"date", "2024-09-01"},
                                            {"source_id", "article"}});
    }
};

TEST_F(auth, signs_in_with_an_http_only_same_site_cookie) {
    auto response = log_in("lia", "jamaica liaison password");
    ASSERT_EQ(response.status, 200) << response.body;
    const std::string cookie = response.header("set-cookie");
    EXPECT_EQ(cookie.rfind("mssops_session=", 0), 0u) << cookie;
    EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
    EXPECT_EQ(response.header("cache-control"), "no-store");
    auto body = response.json().as_object();
    EXPECT_EQ(body.at("name"), "lia");
    EXPECT_EQ(body.at("roles").as_array(), json::array({"liaison"}));
    EXPECT_EQ(body.at("country"), "JAM");
    EXPECT_EQ(body.at("csrf_token").as_string().size(), 43u);
    EXPECT_FALSE(body.contains("password_hash"));

    auto me =
        client().request("GET", "/api/v1/auth/me", {}, {{"Cookie", cookie.substr(0, cookie.find(';'))}});
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json().at("name"), "lia");
    EXPECT_EQ(me.json().at("csrf_token"), body.at("csrf_token"));
}

TEST_F(auth, refuses_a_wrong_password_with_401) {
    auto response = log_in("lia", "not the password at all");
    EXPECT_EQ(response.status, 401) << response.body;
    EXPECT_EQ(response.header("content-type"), "application/problem+json");
    EXPECT_EQ(response.json().at("detail"), "wrong user name or password");
    EXPECT_EQ(response.header("set-cookie"), "");
}

TEST_F(auth, answers_401_to_a_reader_without_a_cookie) {
    auto response = client().request("GET", "/api/v1/deployment_events");
    EXPECT_EQ(response.status, 401) << response.body;
    EXPECT_EQ(response.json().at("detail"), "sign in to read: this server does not allow anonymous reads");
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me").status, 401);
}

TEST_F(auth, answers_403_to_a_role_that_may_not_write) {
    auto viewer = client().request("POST", "/api/v1/sources", R"({"key":"s2","publisher":"P","title":"T"})",
                                   as(viewer_token));
    EXPECT_EQ(viewer.status, 403) << viewer.body;
    auto editor = client().request("GET", "/api/v1/users", {}, as(editor_token));
    EXPECT_EQ(editor.status, 403) << editor.body;
    EXPECT_EQ(editor.json().at("detail"), "user 'fred' is not an admin");
}

TEST_F(auth, lets_a_liaison_add_its_own_countrys_event_with_the_csrf_token) {
    const BrowserSession session = sign_in_liaison();
    auto created = client().request("POST", "/api/v1/deployment_events", event("JAM"), session.writing());
    EXPECT_EQ(created.status, 201) << created.body;
}

TEST_F(auth, refuses_a_liaison_another_countrys_event) {
    const BrowserSession session = sign_in_liaison();
    auto refused = client().request("POST", "/api/v1/deployment_events", event("KEN"), session.writing());
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.json().at("detail"),
              "user 'lia' is the liaison of JAM and may not write deployment_events of country 'KEN'");
}

TEST_F(auth, refuses_a_cookie_write_without_the_csrf_header) {
    const BrowserSession session = sign_in_liaison();
    const std::int64_t before = total("deployment_events");
    auto refused = client().request("POST", "/api/v1/deployment_events", event("JAM"), session.reading());
    EXPECT_EQ(refused.status, 401) << refused.body;
    auto forged = client().request("POST", "/api/v1/deployment_events", event("JAM"),
                                   {{"Cookie", session.cookie}, {"X-CSRF-Token", "forged"}});
    EXPECT_EQ(forged.status, 401) << forged.body;
    EXPECT_EQ(total("deployment_events"), before);
}

TEST_F(auth, issues_an_api_token_once_that_authenticates_without_csrf) {
    const BrowserSession session = sign_in_liaison();
    auto issued =
        client().request("POST", "/api/v1/auth/tokens", R"({"name":"jam import"})", session.writing());
    ASSERT_EQ(issued.status, 201) << issued.body;
    const std::string token(issued.json().at("token").as_string());
    EXPECT_EQ(token.rfind("mss_", 0), 0u);
    EXPECT_EQ(issued.json().at("name"), "jam import");

    auto me = client().request("GET", "/api/v1/auth/me", {}, as(token));
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json().at("name"), "lia");
    auto created = client().request("POST", "/api/v1/deployment_events", event("JAM"), as(token));
    EXPECT_EQ(created.status, 201) << created.body;

    auto listed = client().request("GET", "/api/v1/auth/tokens", {}, as(token));
    ASSERT_EQ(listed.status, 200) << listed.body;
    EXPECT_EQ(listed.body.find(token.substr(4)), std::string::npos);
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me", {}, as("mss_not-a-token")).status, 401);
}

TEST_F(auth, ends_the_session_on_logout) {
    const BrowserSession session = sign_in_liaison();
    auto out = client().request("POST", "/api/v1/auth/logout", {}, session.writing());
    EXPECT_EQ(out.status, 204) << out.body;
    EXPECT_NE(out.header("set-cookie").find("Max-Age=0"), std::string::npos);
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me", {}, session.reading()).status, 401);
}

TEST_F(auth, refuses_a_logout_without_the_csrf_token_and_keeps_the_session) {
    const BrowserSession session = sign_in_liaison();
    for (const Headers& headers :
         {session.reading(), Headers{{"Cookie", session.cookie}, {"X-CSRF-Token", "forged"}}}) {
        auto refused = client().request("POST", "/api/v1/auth/logout", {}, headers);
        EXPECT_EQ(refused.status, 403) << refused.body;
        EXPECT_EQ(refused.header("content-type"), "application/problem+json");
        EXPECT_EQ(refused.json().at("detail"),
                  "signing out needs the X-CSRF-Token header holding the csrf_token that sign-in returned; "
                  "the session stays open");
        EXPECT_EQ(refused.header("set-cookie"), "");
    }
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me", {}, session.reading()).status, 200);
    auto out = client().request("POST", "/api/v1/auth/logout", {}, session.writing());
    EXPECT_EQ(out.status, 204) << out.body;
    // Signing out of a session that has already ended only clears the cookie.
    auto again = client().request("POST", "/api/v1/auth/logout", {}, session.reading());
    EXPECT_EQ(again.status, 204) << again.body;
}

TEST_F(auth, revokes_the_api_tokens_of_a_user_whose_password_the_cli_changes) {
    const std::string db = (dir->path() / "api.db").string();
    ASSERT_EQ(run_mssops({"--db", db, "user", "add", "tok", "--role", "viewer"}).exit_code, 0);
    auto issue = [&] {
        auto issued = run_mssops({"--db", db, "--json", "user", "token", "tok", "--label", "script"});
        EXPECT_EQ(issued.exit_code, 0) << issued.out;
        return std::string(json::parse(issued.out).at("token").as_string());
    };
    const std::string kept = issue();
    ASSERT_EQ(client().request("GET", "/api/v1/auth/me", {}, as(kept)).status, 200);
    auto keeping = run_mssops({"--db", db, "--json", "user", "passwd", "tok", "--keep-tokens"});
    ASSERT_EQ(keeping.exit_code, 0) << keeping.out;
    EXPECT_EQ(json::parse(keeping.out).at("tokens_revoked"), 0);
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me", {}, as(kept)).status, 200);

    auto changed = run_mssops({"--db", db, "--json", "user", "passwd", "tok"});
    ASSERT_EQ(changed.exit_code, 0) << changed.out;
    EXPECT_EQ(json::parse(changed.out).at("tokens_revoked"), 1);
    auto refused = client().request("GET", "/api/v1/auth/me", {}, as(kept));
    EXPECT_EQ(refused.status, 401) << refused.body;
    EXPECT_EQ(refused.json().at("detail"), "the API token 'script' has been revoked");
}

TEST_F(auth, revokes_the_api_tokens_of_a_user_whose_password_an_admin_changes_unless_kept) {
    auto created = client().request("POST", "/api/v1/users",
                                    R"({"name":"tik","password":"first long password","roles":["viewer"]})",
                                    as(admin_token));
    ASSERT_EQ(created.status, 201) << created.body;
    auto issued = run_mssops(
        {"--db", (dir->path() / "api.db").string(), "--json", "user", "token", "tik", "--label", "job"});
    ASSERT_EQ(issued.exit_code, 0) << issued.out;
    const std::string token(json::parse(issued.out).at("token").as_string());

    auto keeping =
        client().request("PATCH", "/api/v1/users/tik",
                         R"({"password":"second long password","keep_tokens":true})", as(admin_token));
    ASSERT_EQ(keeping.status, 200) << keeping.body;
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me", {}, as(token)).status, 200);
    auto alone = client().request("PATCH", "/api/v1/users/tik", R"({"keep_tokens":true})", as(admin_token));
    EXPECT_EQ(alone.status, 422) << alone.body;
    EXPECT_EQ(alone.json().at("field"), "keep_tokens");

    auto changed = client().request("PATCH", "/api/v1/users/tik", R"({"password":"third long password"})",
                                    as(admin_token));
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me", {}, as(token)).status, 401);
}

TEST_F(auth, lets_an_admin_manage_users_and_disable_one) {
    auto created = client().request("POST", "/api/v1/users",
                                    R"({"name":"temp","password":"temporary password","roles":["viewer"]})",
                                    as(admin_token));
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.body.find("temporary password"), std::string::npos);
    ASSERT_EQ(log_in("temp", "temporary password").status, 200);

    auto disabled = client().request("PATCH", "/api/v1/users/temp", R"({"disabled":true})", as(admin_token));
    ASSERT_EQ(disabled.status, 200) << disabled.body;
    EXPECT_EQ(disabled.json().at("disabled"), true);
    EXPECT_EQ(log_in("temp", "temporary password").status, 401);

    auto listed = client().request("GET", "/api/v1/users", {}, as(admin_token));
    ASSERT_EQ(listed.status, 200);
    EXPECT_EQ(listed.body.find("argon2"), std::string::npos);
}

TEST_F(auth, rejects_a_bad_user_with_the_field_named) {
    auto bad = client().request("POST", "/api/v1/users",
                                R"({"name":"weak","password":"short","roles":["viewer"]})", as(admin_token));
    EXPECT_EQ(bad.status, 422) << bad.body;
    EXPECT_EQ(bad.json().at("field"), "password");
    EXPECT_EQ(bad.json().at("detail"), "password must be at least 10 characters long, got 5");
    auto role = client().request("POST", "/api/v1/users",
                                 R"({"name":"odd","password":"long enough password","roles":["king"]})",
                                 as(admin_token));
    EXPECT_EQ(role.status, 422) << role.body;
    EXPECT_EQ(role.json().at("field"), "roles[0]");
}

TEST_F(auth, shows_the_audit_log_to_admins_only) {
    auto audit = client().request("GET", "/api/v1/audit?kind=users&limit=50", {}, as(admin_token));
    ASSERT_EQ(audit.status, 200) << audit.body;
    auto items = audit.json().at("items").as_array();
    ASSERT_FALSE(items.empty());
    bool saw_liaison = false;
    for (const auto& item : items) {
        EXPECT_EQ(item.at("kind"), "users");
        if (item.at("after").is_object() && item.at("after").at("name") == "lia") saw_liaison = true;
    }
    EXPECT_TRUE(saw_liaison) << audit.body;
    EXPECT_EQ(audit.body.find("argon2"), std::string::npos);
    EXPECT_EQ(audit.body.find("jamaica liaison password"), std::string::npos);

    auto by_actor = client().request("GET", "/api/v1/audit?actor=user:ada&kind=sources", {}, as(admin_token));
    ASSERT_EQ(by_actor.status, 200) << by_actor.body;
    EXPECT_EQ(by_actor.json().at("items").as_array().size(), 1u);

    EXPECT_EQ(client().request("GET", "/api/v1/audit", {}, as(editor_token)).status, 403);
    EXPECT_EQ(client().request("GET", "/api/v1/audit", {}, as(viewer_token)).status, 403);
    EXPECT_EQ(client().request("GET", "/api/v1/audit").status, 401);
    auto bad = client().request("GET", "/api/v1/audit?limit=0", {}, as(admin_token));
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(bad.json().at("detail"), "limit must be a whole number from 1 to 1000, got '0'");
    EXPECT_EQ(bad.json().at("field"), "limit");
}

TEST_F(auth, signs_in_with_the_password_the_cli_generated_once) {
    auto added = run_mssops(
        {"--db", (dir->path() / "api.db").string(), "--json", "user", "add", "gen", "--role", "viewer"});
    ASSERT_EQ(added.exit_code, 0) << added.out;
    boost::system::error_code failure;
    auto shown = json::parse(added.out, failure);
    ASSERT_FALSE(failure) << added.out;
    const std::string password(shown.at("password").as_string());
    EXPECT_EQ(password.size(), 43u);
    EXPECT_EQ(log_in("gen", password).status, 200);

    auto refused =
        run_mssops({"--db", (dir->path() / "api.db").string(), "user", "add", "odd", "--role", "king"});
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_EQ(refused.out, "");
}

TEST_F(auth, ends_a_session_at_once_when_the_cli_changes_the_password) {
    auto added = run_mssops(
        {"--db", (dir->path() / "api.db").string(), "--json", "user", "add", "pat", "--role", "viewer"});
    ASSERT_EQ(added.exit_code, 0) << added.out;
    const std::string password(json::parse(added.out).at("password").as_string());
    auto signed_in = log_in("pat", password);
    ASSERT_EQ(signed_in.status, 200) << signed_in.body;
    const std::string set_cookie = signed_in.header("set-cookie");
    const std::vector<std::pair<std::string, std::string>> cookie{
        {"Cookie", set_cookie.substr(0, set_cookie.find(';'))}};
    // Twice, so the second answer comes from what the server remembers of the session.
    ASSERT_EQ(client().request("GET", "/api/v1/auth/me", {}, cookie).status, 200);
    ASSERT_EQ(client().request("GET", "/api/v1/auth/me", {}, cookie).status, 200);

    auto changed = run_mssops({"--db", (dir->path() / "api.db").string(), "user", "passwd", "pat"});
    ASSERT_EQ(changed.exit_code, 0) << changed.out;
    auto refused = client().request("GET", "/api/v1/auth/me", {}, cookie);
    EXPECT_EQ(refused.status, 401) << refused.body;
    EXPECT_EQ(refused.json().at("detail"), "the session has ended or expired; sign in again");
}

// Its own suite, so its own server: the throttled address (127.0.0.1) would otherwise refuse the
// other tests' sign-ins for fifteen minutes.
class auth_rate_limit : public ApiFixture {};

TEST_F(auth_rate_limit, answers_429_with_retry_after_after_five_failed_sign_ins) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto failed =
            client().request("POST", "/api/v1/auth/login", R"({"name":"ada","password":"guess guess"})");
        ASSERT_EQ(failed.status, 401) << failed.body;
    }
    auto throttled =
        client().request("POST", "/api/v1/auth/login", R"({"name":"ada","password":"guess guess"})");
    EXPECT_EQ(throttled.status, 429) << throttled.body;
    EXPECT_EQ(throttled.header("content-type"), "application/problem+json");
    const std::string retry_after = throttled.header("retry-after");
    ASSERT_FALSE(retry_after.empty());
    EXPECT_GT(std::stoi(retry_after), 0);
    EXPECT_LE(std::stoi(retry_after), 900);
    // The API token still works: only password guessing is throttled.
    EXPECT_EQ(client().request("GET", "/api/v1/auth/me", {}, as(admin_token)).status, 200);
}

}  // namespace
}  // namespace mssops::api_test
