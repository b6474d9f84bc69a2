#include "http/alert_routes.hpp"

#include "domain/markup_text.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <chrono>

#include "app/alerts.hpp"
#include "app/secret_token.hpp"
#include "domain/partial_date.hpp"
#include "http/audit_actor.hpp"
#include "http/reader_language.hpp"
#include "http/schemas/response_schemas.hpp"
#include "report/report_language.hpp"
#include "store/record_json.hpp"

namespace mssops::http {

namespace json = boost::json;
using domain::Error;
using domain::Result;

namespace {

Result<void> require_sign_in(const Request& request) {
    if (request.principal.authenticated()) return {};
    return Error::unauthorized("sign in first: alerts are per user");
}

// Secrets in a response must not linger in a browser or proxy cache.
Response private_json(const json::value& body, int status = 200) {
    Response response = Response::json(json::serialize(body), status);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

// "since" is a day (2025-09-25) or a UTC time as the store writes it (2025-09-25T10:00:00Z).
Result<std::string> since_of(const Request& request) {
    const std::string since = request.query_or("since");
    if (since.empty()) return since;
    if (since.size() == 10) {
        auto day = domain::parse_iso_day(since, "since");
        if (!day) return day.error();
        return since + "T00:00:00Z";
    }
    if (since.size() == 20 && since[10] == 'T' && since.back() == 'Z') {
        auto day = domain::parse_iso_day(since.substr(0, 10), "since");
        if (day) return since;
    }
    return Error::invalid(
        "since", "must be a day (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ), got \"" + since + "\"");
}

Result<std::vector<store::RaisedAlert>> alerts_of(store::Store& store, const Request& request,
                                                  std::int64_t limit) {
    auto since = since_of(request);
    if (!since) return since.error();
    auto alerts = store.alerts().list_alerts({*since, request.query_or("mission"), limit});
    if (!alerts) return alerts.error();
    if (request.query_or("all") == "true") return alerts;
    return app::alerts_wanted(store, request.principal.name, std::move(alerts).value());
}

// RFC 4287: a feed has id, title, updated and an author (or every entry has one); an entry has id,
// title, updated, and a link rel="alternate" when it has no content.
// RFC 4287 entries in the reader's language: titles and summaries from the report catalogs when the
// alert's sentence is known by code, else the stored English.
std::string atom_feed(const std::string& user, const std::string& base,
                      const std::vector<store::RaisedAlert>& alerts, const app::AlertMessages& sentences) {
    const std::string updated =
        alerts.empty() ? std::string("1970-01-01T00:00:00Z") : alerts.front().first_seen;
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
    xml += "  <id>urn:mssops:alerts:" + domain::markup_escaped(user) + "</id>\n";
    xml += "  <title>mssops alerts for " + domain::markup_escaped(user) + "</title>\n";
    xml += "  <updated>" + updated + "</updated>\n";
    xml += "  <author><name>mssops</name></author>\n";
    xml += "  <link rel=\"alternate\" href=\"" + domain::markup_escaped(base) + "/\"/>\n";
    for (const auto& alert : alerts) {
        xml += "  <entry>\n";
        xml += "    <id>urn:mssops:alert:" + std::to_string(alert.id) + "</id>\n";
        auto coded = sentences.find(alert.key);
        const std::string title =
            coded == sentences.end() ? alert.title : report::say(coded->second.first, alert.title);
        const std::string detail =
            coded == sentences.end() ? alert.detail : report::say(coded->second.second, alert.detail);
        xml += "    <title>" + domain::markup_escaped(title) + "</title>\n";
        xml += "    <updated>" + alert.first_seen + "</updated>\n";
        xml += "    <category term=\"" + domain::markup_escaped(alert.kind) + "\"/>\n";
        xml += "    <summary>" + domain::markup_escaped(detail) + "</summary>\n";
        xml += "    <link rel=\"alternate\" href=\"" + domain::markup_escaped(base) +
               "/api/v1/alerts?since=" + alert.first_seen + "\"/>\n";
        xml += "  </entry>\n";
    }
    xml += "</feed>\n";
    return xml;
}

// The scheme and host the caller used, for links in the feed.
std::string base_of(const Request& request) {
    const std::string host = request.header("host");
    return host.empty() ? std::string("http://localhost") : "http://" + host;
}

Result<std::int64_t> id_of(const Request& request) {
    const auto found = request.path_params.find("id");
    const std::string text = found == request.path_params.end() ? std::string() : found->second;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1)
        return Error::invalid("id", "must be a positive whole number, got '" + text + "'");
    return value;
}

Route alert_route(Method method, std::string pattern, Access access, Handler handler, OperationDoc doc) {
    return tagged_route(method, std::move(pattern), access, std::move(handler), std::move(doc), "alerts");
}

void add_feed_routes(Router& router, store::Store& store) {
    router.add(alert_route(
        Method::get, "/api/v1/alerts/feed-token", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
            auto created = store.alerts().feed_token_created(request.principal.name);
            if (!created) return created.error();
            // The token was shown once when made and is stored as a hash: only its existence is told.
            return private_json(json::object{
                {"exists", created->has_value()},
                {"created_at", created->has_value() ? json::value(**created) : json::value(nullptr)}});
        },
        {.summary = "Whether the caller has a live feed token and when it was created (never the token)",
         .response_schema = "FeedTokenStatus"}));
    router.add(alert_route(
        Method::post, "/api/v1/alerts/feed-token", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
            const std::string token = app::auth::new_secret_token("feed_");
            auto created = store.alerts().create_feed_token(
                request.principal.name, app::auth::hash_secret_token(token), actor_of(request.principal));
            if (!created) return created.error();
            return private_json(
                json::object{{"token", token}, {"feed_url", "/api/v1/alerts/feed.atom?token=" + token}}, 201);
        },
        {.summary = "Create a feed token (shown once; replaces any earlier one)",
         .response_schema = "FeedToken",
         .success_status = 201}));
    router.add(alert_route(Method::delete_, "/api/v1/alerts/feed-token", Access::reader,
                           [&store](const Request& request) -> Result<Response> {
                               if (auto signed_in = require_sign_in(request); !signed_in)
                                   return signed_in.error();
                               auto revoked = store.alerts().revoke_feed_token(request.principal.name,
                                                                               actor_of(request.principal));
                               if (!revoked) return revoked.error();
                               Response response;
                               response.status = 204;
                               return response;
                           },
                           {.summary = "Revoke the caller's feed token", .success_status = 204}));
    router.add(alert_route(
        Method::get, "/api/v1/alerts/feed.atom", Access::anyone,
        [&store](const Request& request) -> Result<Response> {
            const std::string token = request.query_or("token");
            if (token.empty())
                return Error::invalid(
                    "token", "is required: the feed needs ?token=, from POST /api/v1/alerts/feed-token");
            auto user = store.alerts().feed_token_user(app::auth::hash_secret_token(token));
            if (!user) return user.error();
            auto alerts = store.alerts().list_alerts({"", "", 50});
            if (!alerts) return alerts.error();
            // The entries follow ?locale= or Accept-Language, as the situation report does; English by
            // default.
            auto asked = reader_language(request);
            if (!asked) return asked.error();
            const std::string& language = *asked;
            report::ReportLanguageScope scope(language);
            const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
            auto wanted = app::alerts_wanted(store, *user, std::move(*alerts));
            const app::AlertMessages sentences =
                language.starts_with("en") ? app::AlertMessages{} : app::alert_messages(store, wanted, today);
            Response response;
            response.content_type = "application/atom+xml; charset=utf-8";
            response.body = atom_feed(*user, base_of(request), std::move(wanted), sentences);
            mark_language(response, language);
            response.headers.emplace_back("Cache-Control", "no-store");
            return response;
        },
        {.summary = "The caller's alerts as an Atom 1.0 feed; the token in the url stands for the user",
         .query = {{"token", "Feed token from POST /api/v1/alerts/feed-token", "string", true},
                   {"locale", "en, fr, ht or es; default from the Accept-Language header, else en.", "string",
                    false}},
         .response_types = {"application/atom+xml"}}));
}

void add_webhook_routes(Router& router, store::Store& store) {
    router.add(alert_route(Method::get, "/api/v1/alerts/webhooks", Access::reader,
                           [&store](const Request& request) -> Result<Response> {
                               if (auto signed_in = require_sign_in(request); !signed_in)
                                   return signed_in.error();
                               auto hooks = store.alerts().webhooks(request.principal.name);
                               if (!hooks) return hooks.error();
                               json::array list;
                               // The secret was shown once, on creation.
                               for (const auto& hook : *hooks)
                                   list.push_back(json::object{
                                       {"id", hook.id}, {"url", hook.url}, {"created_at", hook.created_at}});
                               return private_json(json::object{{"webhooks", std::move(list)}});
                           },
                           {.summary = "The caller's webhook endpoints (without their secrets)",
                            .response_schema = "Webhooks"}));
    router.add(alert_route(
        Method::post, "/api/v1/alerts/webhooks", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
            auto body = store::parse_object(request.body, "body");
            if (!body) return body.error();
            const auto* url = body->if_contains("url");
            if (!url || !url->is_string()) return Error::invalid("url", "must be a string");
            if (auto valid = app::validate_webhook_url(url->as_string()); !valid) return valid.error();
            store::Webhook hook;
            hook.user = request.principal.name;
            hook.url = url->as_string();
            hook.secret = app::auth::new_secret_token("whsec_");
            auto created = store.alerts().create_webhook(hook, actor_of(request.principal));
            if (!created) return created.error();
            return private_json(json::object{{"id", created->id},
                                             {"url", created->url},
                                             {"secret", created->secret},
                                             {"created_at", created->created_at}},
                                201);
        },
        {.summary = "Add a webhook endpoint (http or https); its signing secret is shown in this answer only",
         .response_schema = "Webhook",
         .success_status = 201}));
    router.add(alert_route(
        Method::delete_, "/api/v1/alerts/webhooks/{id}", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
            auto id = id_of(request);
            if (!id) return id.error();
            auto deleted =
                store.alerts().delete_webhook(request.principal.name, *id, actor_of(request.principal));
            if (!deleted) return deleted.error();
            Response response;
            response.status = 204;
            return response;
        },
        {.summary = "Delete one of the caller's webhook endpoints", .success_status = 204}));
    router.add(alert_route(
        Method::get, "/api/v1/alerts/deliveries", Access::admin,
        [&store](const Request& request) -> Result<Response> {
            auto deliveries = store.alerts().deliveries(200);
            if (!deliveries) return deliveries.error();
            json::array list;
            for (const auto& delivery : *deliveries) list.push_back(app::delivery_to_json(delivery));
            return private_json(json::object{{"deliveries", std::move(list)}});
        },
        {.summary = "Webhook deliveries with every try (admins)", .response_schema = "WebhookDeliveries"}));
}

}  // namespace

void add_alert_routes(Router& router, store::Store& store) {
    router.add(alert_route(Method::get, "/api/v1/alerts", Access::reader,
                           [&store](const Request& request) -> Result<Response> {
                               if (auto signed_in = require_sign_in(request); !signed_in)
                                   return signed_in.error();
                               auto alerts = alerts_of(store, request, 200);
                               if (!alerts) return alerts.error();
                               const auto messages = app::alert_messages(
                                   store, *alerts,
                                   std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
                               json::array list;
                               for (const auto& alert : *alerts)
                                   list.push_back(app::alert_to_json(alert, messages));
                               return private_json(json::object{{"alerts", std::move(list)}});
                           },
                           {.summary = "Alerts raised that the caller subscribes to, newest first",
                            .query = {{"since", "Day or UTC time: alerts first seen at or after it"},
                                      {"mission", "Only this mission"},
                                      {"all", "true: every alert, subscribed or not", "boolean"}},
                            .response_schema = "AlertList"}));
    router.add(
        alert_route(Method::get, "/api/v1/alerts/subscriptions", Access::reader,
                    [&store](const Request& request) -> Result<Response> {
                        if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
                        auto rows = store.alerts().subscriptions(request.principal.name);
                        if (!rows) return rows.error();
                        json::array list;
                        for (const auto& [user, subscription] : *rows)
                            list.push_back(json::object{
                                {"kind", subscription.kind},
                                {"mission", subscription.mission.empty() ? json::value(nullptr)
                                                                         : json::value(subscription.mission)},
                                {"runway_months", subscription.runway_months}});
                        json::array kinds;
                        for (auto kind : domain::alert_kinds)
                            kinds.push_back(json::string(domain::to_text(kind)));
                        return private_json(
                            json::object{{"subscriptions", std::move(list)}, {"kinds", std::move(kinds)}});
                    },
                    {.summary = "The caller's alert subscriptions and the kinds there are",
                     .response_schema = "AlertSubscriptions"}));
    router.add(alert_route(
        Method::put, "/api/v1/alerts/subscriptions", Access::reader,
        [&store](const Request& request) -> Result<Response> {
            if (auto signed_in = require_sign_in(request); !signed_in) return signed_in.error();
            boost::system::error_code ec;
            auto body = json::parse(request.body, ec);
            if (ec) return Error::bad_syntax("body", "must be JSON: " + ec.message());
            auto wanted = app::subscriptions_from_json(body);
            if (!wanted) return wanted.error();
            auto replaced = store.alerts().replace_subscriptions(request.principal.name, *wanted,
                                                                 actor_of(request.principal));
            if (!replaced) return replaced.error();
            return private_json(body);
        },
        {.summary = "Replace the caller's alert subscriptions", .response_schema = "AlertSubscriptions"}));
    add_feed_routes(router, store);
    add_webhook_routes(router, store);
    add_alert_schemas(router);
}

}  // namespace mssops::http
