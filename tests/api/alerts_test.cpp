// Alerts that reach people: a subscriber's webhook gets each new alert signed with its secret, is
// tried again after a 500, and the delivery log shows every try; the Atom feed lists new alerts and
// stops answering once its token is revoked.
#include <gtest/gtest.h>
#include <sodium.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <regex>
#include <thread>

#include "api/api_fixture.hpp"
#include "api/webhook_receiver.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

// Written for this test.
const char* article_text =
    "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday, November 5, to join the MSS.";

// The HMAC-SHA256 of "<timestamp>.<body>" as the receiver computes it with the shared secret.
std::string expected_signature(const std::string& secret, const std::string& timestamp,
                               const std::string& body) {
    const std::string message = timestamp + "." + body;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()),
                                  message.size());
    crypto_auth_hmacsha256_final(&state, mac);
    char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return "sha256=" + std::string(hex);
}

// Polls `done` every 100 ms for up to 20 s: the server raises and delivers alerts every second.
template <class Check>
bool eventually(Check&& done) {
    for (int i = 0; i < 200; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

class alerts : public ApiFixture {
protected:
    static void SetUpTestSuite() { start({}); }

    // Starts the server raising and delivering every second, with `more` serve arguments.
    static void start(const std::vector<std::string>& more) {
        ASSERT_GE(sodium_init(), 0);
        serve_arguments = {"--alert-interval", "1", "--webhook-retry", "1"};
        serve_arguments.insert(serve_arguments.end(), more.begin(), more.end());
        ApiFixture::SetUpTestSuite();
        serve_arguments.clear();
        add_test_mission();
        auto country = client().request(
            "POST", "/api/v1/countries",
            R"({"key":"gtm","iso3":"GTM","name":"Guatemala","name_fr":"Guatemala","source_id":"article"})",
            as(admin_token));
        ASSERT_EQ(country.status, 201) << country.body;
    }

    // Submits an article whose arrival candidate stays pending: a new extractions_pending alert.
    static void submit_article(const std::string& title) {
        json::object body{
            {"text", article_text}, {"outlet", "Test Wire"}, {"title", title}, {"published", "2024-11-08"}};
        auto response =
            client().request("POST", "/api/v1/extractions", json::serialize(body), as(editor_token));
        ASSERT_EQ(response.status, 201) << response.body;
        ASSERT_EQ(response.json().at("state"), "pending") << response.body;
    }

    static void subscribe(const std::string& token, const std::string& kind) {
        auto response = client().request("PUT", "/api/v1/alerts/subscriptions",
                                         R"({"subscriptions":[{"kind":")" + kind + R"("}]})", as(token));
        ASSERT_EQ(response.status, 200) << response.body;
    }

    // The entries of the feed as "id\ttitle" lines, checked against RFC 4287 by check_atom.py.
    static std::string checked_entries(const std::string& feed) {
        const auto path = dir->path() / "feed.xml";
        std::ofstream(path) << feed;
        const std::string command = "python3 " + std::string(MSSOPS_SOURCE_DIR) +
                                    "/tests/api/check_atom.py " + path.string() + " 2>&1";
        FILE* pipe = ::popen(command.c_str(), "r");
        std::string out;
        char buffer[512];
        while (pipe && std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
        const int status = pipe ? ::pclose(pipe) : -1;
        EXPECT_EQ(status, 0) << out << "\n" << feed;
        return out;
    }
};

TEST_F(alerts, a_webhook_gets_a_new_alert_signed_retried_after_a_500_and_logged) {
    WebhookReceiver receiver(1);
    subscribe(viewer_token, "extractions_pending");
    auto created = client().request(
        "POST", "/api/v1/alerts/webhooks",
        R"({"url":"http://127.0.0.1:)" + std::to_string(receiver.port()) + R"(/hook"})", as(viewer_token));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string secret(created.json().at("secret").as_string());
    const auto webhook_id = created.json().at("id").as_int64();
    auto listed = client().request("GET", "/api/v1/alerts/webhooks", {}, as(viewer_token));
    EXPECT_EQ(listed.body.find(secret), std::string::npos) << "the secret is shown once only";

    submit_article("Guatemalan contingent lands");
    ASSERT_TRUE(eventually([&] { return receiver.received().size() >= 2; }))
        << "the receiver got " << receiver.received().size() << " requests";

    const auto requests = receiver.received();
    for (const auto& request : requests) {
        EXPECT_EQ(request.target, "/hook");
        EXPECT_EQ(request.headers.at("content-type"), "application/json");
        EXPECT_EQ(request.headers.at("x-mssops-signature"),
                  expected_signature(secret, request.headers.at("x-mssops-timestamp"), request.body));
        EXPECT_NE(
            request.headers.at("x-mssops-signature"),
            expected_signature("another secret", request.headers.at("x-mssops-timestamp"), request.body));
        auto body = json::parse(request.body);
        EXPECT_EQ(body.at("event"), "alert");
        EXPECT_EQ(body.at("alert").at("kind"), "extractions_pending");
        EXPECT_EQ(body.at("alert").at("mission"), "mss-haiti");
    }
    EXPECT_EQ(requests[0].body, requests[1].body) << "the retry sends the same alert";

    json::object delivery;
    ASSERT_TRUE(eventually([&] {
        auto log = client().request("GET", "/api/v1/alerts/deliveries", {}, as(admin_token));
        if (log.status != 200) return false;
        const auto body = log.json();
        for (const auto& item : body.at("deliveries").as_array())
            if (item.at("webhook_id").as_int64() == webhook_id && item.at("status") == "delivered")
                delivery = item.as_object();
        return !delivery.empty();
    }));
    EXPECT_EQ(delivery.at("attempts"), 2);
    EXPECT_EQ(delivery.at("user"), "vic");
    const auto& tries = delivery.at("log").as_array();
    ASSERT_EQ(tries.size(), 2u);
    EXPECT_EQ(tries[0].at("http_status"), 500);
    EXPECT_EQ(tries[0].at("error"), "the receiver answered 500");
    EXPECT_EQ(tries[1].at("http_status"), 200);
    EXPECT_EQ(tries[1].at("error"), "");
    EXPECT_EQ(client().request("GET", "/api/v1/alerts/deliveries", {}, as(viewer_token)).status, 403);
}

TEST_F(alerts, the_atom_feed_lists_a_new_alert_and_a_revoked_token_gets_404) {
    subscribe(admin_token, "extractions_pending");
    auto created = client().request("POST", "/api/v1/alerts/feed-token", {}, as(admin_token));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string feed_url(created.json().at("feed_url").as_string());

    auto before = client().request("GET", feed_url);
    ASSERT_EQ(before.status, 200) << before.body;
    EXPECT_EQ(before.header("content-type"), "application/atom+xml; charset=utf-8");
    const std::string entries_before = checked_entries(before.body);

    submit_article("Second Guatemalan contingent lands");
    std::string entries_after;
    ASSERT_TRUE(eventually([&] {
        auto feed = client().request("GET", feed_url);
        if (feed.status != 200 || feed.body == before.body) return false;
        entries_after = checked_entries(feed.body);
        return true;
    }));
    // The new entry comes first (newest first), and it is one the feed did not list before.
    const std::string first = entries_after.substr(0, entries_after.find('\n'));
    EXPECT_NE(first.find("extractions await review"), std::string::npos) << entries_after;
    EXPECT_EQ(entries_before.find(first.substr(0, first.find('\t') + 1)), std::string::npos)
        << entries_before;

    // In French by ?locale= and by Accept-Language; English stays the default.
    auto french = client().request("GET", feed_url + "&locale=fr");
    ASSERT_EQ(french.status, 200) << french.body;
    EXPECT_EQ(french.header("content-language"), "fr");
    const std::string french_entries = checked_entries(french.body);
    // The newest entry's condition still holds, so its sentence is known by code and said in French.
    const std::string french_first = french_entries.substr(0, french_entries.find('\n'));
    EXPECT_NE(french_first.find("une relecture"), std::string::npos) << french_entries;
    // The older entry's condition has passed (a second article came): its stored code still says it
    // in French, so no entry keeps the English.
    EXPECT_NE(entries_after.find("await"), std::string::npos) << entries_after;
    EXPECT_EQ(french_entries.find("await"), std::string::npos) << french_entries;
    auto asked = client().request("GET", feed_url, {}, {{"Accept-Language", "fr-HT,fr;q=0.9"}});
    EXPECT_EQ(checked_entries(asked.body), french_entries);
    EXPECT_EQ(client().request("GET", feed_url + "&locale=xx").status, 422);
    // The alert list gives the same sentence as a code and parameters beside its English.
    auto listed = client().request("GET", "/api/v1/alerts", {}, as(admin_token));
    ASSERT_EQ(listed.status, 200) << listed.body;
    const auto listed_body = listed.json();
    const auto& newest = listed_body.at("alerts").at(0);
    EXPECT_EQ(newest.at("title_code"), "alert.extractions.title") << newest;
    EXPECT_EQ(std::string(newest.at("title_params").at("count").as_string()),
              std::string(newest.at("figures").at(0).as_string()).substr(std::string("pending=").size()))
        << newest;

    auto revoked = client().request("DELETE", "/api/v1/alerts/feed-token", {}, as(admin_token));
    EXPECT_EQ(revoked.status, 204) << revoked.body;
    auto refused = client().request("GET", feed_url);
    EXPECT_EQ(refused.status, 404);
    EXPECT_EQ(refused.json().at("field"), "token");
}

TEST_F(alerts, the_feed_token_status_says_whether_one_exists_and_when_it_was_made_never_the_token) {
    auto before = client().request("GET", "/api/v1/alerts/feed-token", {}, as(viewer_token));
    ASSERT_EQ(before.status, 200) << before.body;
    EXPECT_EQ(before.json(), json::parse(R"({"exists":false,"created_at":null})"));
    EXPECT_EQ(before.header("cache-control"), "no-store");

    auto created = client().request("POST", "/api/v1/alerts/feed-token", {}, as(viewer_token));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string token(created.json().at("token").as_string());
    auto after = client().request("GET", "/api/v1/alerts/feed-token", {}, as(viewer_token));
    ASSERT_EQ(after.status, 200) << after.body;
    EXPECT_EQ(after.json().at("exists"), true);
    EXPECT_TRUE(std::regex_match(std::string(after.json().at("created_at").as_string()),
                                 std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")))
        << after.body;
    EXPECT_EQ(after.body.find(token), std::string::npos) << "the token is shown once only";
    // Another user's token is not the caller's.
    auto other = client().request("GET", "/api/v1/alerts/feed-token", {}, as(admin_token));
    EXPECT_EQ(other.json().at("exists"), false) << other.body;

    ASSERT_EQ(client().request("DELETE", "/api/v1/alerts/feed-token", {}, as(viewer_token)).status, 204);
    auto revoked = client().request("GET", "/api/v1/alerts/feed-token", {}, as(viewer_token));
    EXPECT_EQ(revoked.json(), json::parse(R"({"exists":false,"created_at":null})"));

    auto anonymous = client().request("GET", "/api/v1/alerts/feed-token");
    EXPECT_EQ(anonymous.status, 401) << anonymous.body;
}

TEST_F(alerts, a_webhook_url_that_is_not_http_is_refused_naming_the_field) {
    auto response = client().request("POST", "/api/v1/alerts/webhooks", R"({"url":"file:///etc/passwd"})",
                                     as(viewer_token));
    EXPECT_EQ(response.status, 422) << response.body;
    EXPECT_EQ(response.json().at("field"), "url");
    EXPECT_EQ(response.json().at("detail"),
              "url must start with http:// or https://, got \"file:///etc/passwd\"");
}

TEST_F(alerts, a_subscription_to_an_unknown_kind_is_refused_naming_the_entry) {
    auto response = client().request("PUT", "/api/v1/alerts/subscriptions",
                                     R"({"subscriptions":[{"kind":"mandate_expiry"},{"kind":"weather"}]})",
                                     as(viewer_token));
    EXPECT_EQ(response.status, 422) << response.body;
    EXPECT_EQ(response.json().at("field"), "subscriptions[1].kind");
}

TEST_F(alerts, the_cli_prints_alerts_new_since_a_duration) {
    ASSERT_TRUE(eventually([&] {
        auto listed = client().request("GET", "/api/v1/alerts?all=true", {}, as(admin_token));
        return listed.status == 200 && !listed.json().at("alerts").as_array().empty();
    }));
    auto printed =
        run_mssops({"--db", (dir->path() / "api.db").string(), "--json", "alerts", "new", "--since", "1h"});
    ASSERT_EQ(printed.exit_code, 0) << printed.out;
    auto body = json::parse(printed.out);
    ASSERT_FALSE(body.at("alerts").as_array().empty()) << printed.out;
    auto bad =
        run_mssops({"--db", (dir->path() / "api.db").string(), "alerts", "new", "--since", "yesterday"});
    EXPECT_NE(bad.exit_code, 0) << "--since yesterday is no day, time or duration";
    // `alerts --since` is the same as `alerts new --since`.
    auto short_form =
        run_mssops({"--db", (dir->path() / "api.db").string(), "--json", "alerts", "--since", "1h"});
    ASSERT_EQ(short_form.exit_code, 0) << short_form.out;
    EXPECT_EQ(json::parse(short_form.out).at("alerts").as_array().size(), body.at("alerts").as_array().size())
        << short_form.out;
}

// Runs a shell command; fails the test with its output when it does not exit 0.
void must_run(const std::string& command) {
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    std::string out;
    char buffer[512];
    while (pipe && std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
    ASSERT_EQ(pipe ? ::pclose(pipe) : -1, 0) << command << "\n" << out;
}

// https webhooks: the server trusts a private CA given with --webhook-ca-file. The certificates are
// made here with the openssl command: a CA, a certificate for 127.0.0.1 it signs, and a self-signed
// one for 127.0.0.1 that nobody trusts.
class alerts_over_tls : public alerts {
protected:
    static void SetUpTestSuite() {
        certificates = std::make_unique<TempDir>();
        const std::string at = certificates->path().string() + "/";
        std::ofstream(at + "server.ext") << "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                                            "extendedKeyUsage=serverAuth\n";
        must_run("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=mssops-test-ca -keyout " + at +
                 "ca.key -out " + at +
                 "ca.pem -addext basicConstraints=critical,CA:TRUE -addext "
                 "keyUsage=critical,keyCertSign,cRLSign");
        must_run("openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout " + at +
                 "server.key -out " + at + "server.csr");
        must_run("openssl x509 -req -days 2 -in " + at + "server.csr -CA " + at + "ca.pem -CAkey " + at +
                 "ca.key -CAcreateserial -extfile " + at + "server.ext -out " + at + "server.pem");
        must_run(
            "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext "
            "subjectAltName=IP:127.0.0.1 -keyout " +
            at + "rogue.key -out " + at + "rogue.pem");
        start({"--webhook-ca-file", at + "ca.pem"});
    }
    static void TearDownTestSuite() {
        alerts::TearDownTestSuite();
        certificates.reset();
    }

    static std::string file(const std::string& name) { return certificates->path().string() + "/" + name; }

    // Adds a webhook for the user of `token` and subscribes them to new extractions.
    static std::int64_t add_hook(const std::string& token, unsigned short port, std::string& secret) {
        subscribe(token, "extractions_pending");
        auto created = client().request("POST", "/api/v1/alerts/webhooks",
                                        R"({"url":"https://127.0.0.1:)" + std::to_string(port) + R"(/hook"})",
                                        as(token));
        EXPECT_EQ(created.status, 201) << created.body;
        secret = std::string(created.json().at("secret").as_string());
        return created.json().at("id").as_int64();
    }

    static std::unique_ptr<TempDir> certificates;
};
std::unique_ptr<TempDir> alerts_over_tls::certificates;

TEST_F(alerts_over_tls,
       a_receiver_with_a_certificate_of_the_trusted_ca_gets_a_signed_delivery_and_an_untrusted_one_none) {
    const TlsIdentity trusted{file("server.pem"), file("server.key")};
    const TlsIdentity untrusted{file("rogue.pem"), file("rogue.key")};
    WebhookReceiver good(0, &trusted);
    WebhookReceiver rogue(0, &untrusted);
    std::string good_secret, rogue_secret;
    add_hook(viewer_token, good.port(), good_secret);
    const auto rogue_id = add_hook(editor_token, rogue.port(), rogue_secret);

    submit_article("Guatemalan contingent lands over TLS");
    ASSERT_TRUE(eventually([&] { return !good.received().empty(); }))
        << "the trusted receiver got nothing; " << good.failed_handshakes() << " failed handshakes\n"
        << server->log_tail();
    const auto request = good.received().front();
    EXPECT_EQ(request.target, "/hook");
    EXPECT_EQ(request.headers.at("x-mssops-signature"),
              expected_signature(good_secret, request.headers.at("x-mssops-timestamp"), request.body));
    EXPECT_EQ(json::parse(request.body).at("alert").at("kind"), "extractions_pending");

    // The sender refused the self-signed certificate: a failed try in the log, nothing received.
    json::object refused;
    ASSERT_TRUE(eventually([&] {
        auto log = client().request("GET", "/api/v1/alerts/deliveries", {}, as(admin_token));
        if (log.status != 200) return false;
        const auto body = log.json();
        for (const auto& item : body.at("deliveries").as_array())
            if (item.at("webhook_id").as_int64() == rogue_id && !item.at("log").as_array().empty())
                refused = item.as_object();
        return !refused.empty();
    }));
    EXPECT_NE(refused.at("status"), "delivered");
    const auto& first_try = refused.at("log").as_array().at(0);
    EXPECT_EQ(first_try.at("http_status"), 0);
    EXPECT_NE(std::string(first_try.at("error").as_string()).find("certificate verify failed"),
              std::string::npos)
        << first_try;
    EXPECT_GE(rogue.failed_handshakes(), 1);
    EXPECT_TRUE(rogue.received().empty()) << "the untrusted receiver got " << rogue.received().front().body;
}

}  // namespace
}  // namespace mssops::api_test
