#include "app/alerts.hpp"

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/message_json.hpp"
#include "domain/funding_summary.hpp"
#include "domain/mission_life.hpp"
#include "domain/mission_summary.hpp"
#include "report/funding_facts.hpp"
#include "report/mission_facts.hpp"
#include "store/timestamp.hpp"

namespace mssops::app {

namespace json = boost::json;
using domain::Error;
using domain::Result;

namespace {

// The runway of the mission, or none when it has no spending or no rates were given: a funding
// summary that cannot be computed (a flow in a currency without a rate) raises nothing rather than
// stopping every other alert.
std::optional<std::int64_t> runway_of(store::Store& store, const std::string& slug,
                                      const AlertSettings& settings) {
    if (!settings.rates) return std::nullopt;
    auto facts = report::load_funding_facts(store.records(), slug);
    if (!facts) return std::nullopt;
    domain::SummaryOptions options;
    auto summary = domain::summarize_funding(facts->flows, facts->spending, *settings.rates, options);
    if (!summary) return std::nullopt;
    return summary->runway_tenths;
}

Result<std::vector<std::int64_t>> pending_extractions(store::Store& store) {
    std::vector<std::int64_t> pending;
    constexpr std::int64_t page_size = 1000;
    for (std::int64_t offset = 0;; offset += page_size) {
        auto page = store.extractions().list(page_size, offset);
        if (!page) return page.error();
        for (const auto& extraction : page->items)
            if (extraction.state == "pending") pending.push_back(extraction.id);
        if (offset + page_size >= page->total) return pending;
    }
}

std::int64_t largest_runway_asked(const std::vector<std::pair<std::string, store::AlertSubscription>>& all) {
    std::int64_t months = 6;
    for (const auto& [user, subscription] : all)
        if (subscription.kind == "funding_runway") months = std::max(months, subscription.runway_months);
    return months;
}

Result<std::vector<domain::Alert>> alerts_with(store::Store& store, const AlertSettings& settings,
                                               std::int64_t runway_months) {
    auto missions = report::load_missions(store.records());
    if (!missions) return missions.error();
    std::vector<domain::Mission> chosen;
    for (const auto& mission : *missions)
        if (settings.mission.empty() ? domain::in_force_on(mission, settings.today)
                                     : mission.slug == settings.mission)
            chosen.push_back(mission);
    if (!settings.mission.empty() && chosen.empty())
        return Error::not_found("mission", "no mission has the key \"" + settings.mission + "\"");
    auto pending = pending_extractions(store);
    if (!pending) return pending.error();
    auto newest_incident = report::newest_incident_date(store.incidents(), settings.today);
    if (!newest_incident) return newest_incident.error();

    std::vector<domain::Alert> alerts;
    const domain::AlertThresholds thresholds{settings.mandate_days, runway_months};
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        auto facts = report::load_mission_facts(store.records(), chosen[i].slug);
        if (!facts) return facts.error();
        facts->newest_incident = *newest_incident;
        domain::AlertFacts alert_facts;
        alert_facts.summary = domain::summarize_mission(*facts, settings.today, {settings.window_days},
                                                        {settings.stale_after_days});
        alert_facts.conflicts = alert_facts.summary.strength.conflicts;
        // Extractions belong to no mission yet: the queue is told once, with the first mission.
        if (i == 0) alert_facts.pending_extractions = *pending;
        alert_facts.runway_tenths = runway_of(store, chosen[i].slug, settings);
        auto found = domain::alerts_for(alert_facts, settings.today, thresholds);
        alerts.insert(alerts.end(), found.begin(), found.end());
    }
    return alerts;
}

store::RaisedAlert raised_of(const domain::Alert& alert) {
    return store::RaisedAlert{0,
                              alert.key,
                              domain::to_text(alert.kind),
                              alert.mission,
                              domain::to_text(alert.severity),
                              alert.title,
                              alert.detail,
                              alert.figures,
                              alert.source_ids,
                              alert.value,
                              "",
                              json::serialize(json::object{{"title", message_to_json(alert.title_coded)},
                                                           {"detail", message_to_json(alert.detail_coded)}})};
}

// The title and detail stored with `alert`, or nothing for an alert raised before they were stored.
std::optional<std::pair<domain::Message, domain::Message>> stored_messages(const store::RaisedAlert& alert) {
    if (alert.messages.empty()) return std::nullopt;
    boost::system::error_code error;
    const json::value parsed = json::parse(alert.messages, error);
    const auto* object = parsed.if_object();
    if (error || !object || !object->contains("title") || !object->contains("detail")) return std::nullopt;
    return std::pair{message_from_json(object->at("title")), message_from_json(object->at("detail"))};
}

}  // namespace

Result<std::vector<domain::Alert>> current_alerts(store::Store& store, const AlertSettings& settings) {
    auto all = store.alerts().subscriptions("");
    if (!all) return all.error();
    return alerts_with(store, settings, largest_runway_asked(*all));
}

Result<std::vector<store::RaisedAlert>> raise_alerts(store::Store& store, const AlertSettings& settings,
                                                     const store::Actor& who) {
    auto all = store.alerts().subscriptions("");
    if (!all) return all.error();
    auto alerts = alerts_with(store, settings, largest_runway_asked(*all));
    if (!alerts) return alerts.error();
    auto hooks = store.alerts().webhooks("");
    if (!hooks) return hooks.error();
    std::map<std::string, std::vector<store::AlertSubscription>> by_user;
    for (const auto& [user, subscription] : *all) by_user[user].push_back(subscription);
    std::vector<store::RaisedAlert> current;
    for (const auto& alert : *alerts) current.push_back(raised_of(alert));
    return store.alerts().record_alerts(
        current,
        [&](const store::RaisedAlert& alert) {
            std::vector<std::int64_t> targets;
            for (const auto& hook : *hooks)
                if (wants(by_user[hook.user], alert)) targets.push_back(hook.id);
            return targets;
        },
        who);
}

bool wants(const std::vector<store::AlertSubscription>& subscriptions, const store::RaisedAlert& alert) {
    for (const auto& subscription : subscriptions) {
        if (subscription.kind != alert.kind) continue;
        if (!subscription.mission.empty() && subscription.mission != alert.mission) continue;
        if (alert.kind == "funding_runway" && subscription.runway_months > 0 &&
            (!alert.value || *alert.value >= subscription.runway_months * 10))
            continue;
        return true;
    }
    return false;
}

std::vector<store::RaisedAlert> alerts_wanted(store::Store& store, std::string_view user,
                                              std::vector<store::RaisedAlert> alerts) {
    auto rows = store.alerts().subscriptions(user);
    std::vector<store::AlertSubscription> subscriptions;
    if (rows)
        for (auto& [name, subscription] : *rows) subscriptions.push_back(subscription);
    std::erase_if(alerts, [&](const store::RaisedAlert& alert) { return !wants(subscriptions, alert); });
    return alerts;
}

Result<std::vector<store::AlertSubscription>> subscriptions_from_json(const json::value& body) {
    const auto* object = body.if_object();
    const json::value* list = object ? object->if_contains("subscriptions") : nullptr;
    if (!list || !list->is_array())
        return Error::invalid("subscriptions",
                              "must be an array of {\"kind\", \"mission\", \"runway_months\"}");
    std::vector<store::AlertSubscription> wanted;
    std::size_t index = 0;
    for (const auto& item : list->as_array()) {
        const std::string field = "subscriptions[" + std::to_string(index++) + "]";
        if (!item.is_object()) return Error::invalid(field, "must be an object");
        const auto& entry = item.as_object();
        store::AlertSubscription subscription;
        const auto* kind = entry.if_contains("kind");
        if (!kind || !kind->is_string()) return Error::invalid(field + ".kind", "must be a string");
        auto parsed = domain::parse_alert_kind(kind->as_string(), field + ".kind");
        if (!parsed) return parsed.error();
        subscription.kind = domain::to_text(*parsed);
        if (const auto* mission = entry.if_contains("mission"); mission && !mission->is_null()) {
            if (!mission->is_string())
                return Error::invalid(field + ".mission", "must be a mission key or null");
            subscription.mission = mission->as_string();
        }
        if (const auto* months = entry.if_contains("runway_months"); months && !months->is_null()) {
            if (!months->is_int64() || months->as_int64() < 0 || months->as_int64() > 120)
                return Error::invalid(
                    field + ".runway_months",
                    "must be a whole number of months from 0 to 120, got " + json::serialize(*months));
            subscription.runway_months = months->as_int64();
        }
        wanted.push_back(std::move(subscription));
    }
    return wanted;
}

Result<void> validate_webhook_url(std::string_view url) {
    const bool http = url.starts_with("http://");
    const bool https = url.starts_with("https://");
    if (!http && !https)
        return Error::invalid("url", "must start with http:// or https://, got \"" + std::string(url) + "\"");
    std::string_view rest = url.substr(http ? 7 : 8);
    const auto host_end = rest.find_first_of("/?#");
    if (rest.substr(0, host_end).empty() || url.find_first_of(" \r\n\t") != std::string_view::npos)
        return Error::invalid("url", "must name a host, got \"" + std::string(url) + "\"");
    return {};
}

std::string next_try_after(std::int64_t attempts, std::chrono::system_clock::time_point now,
                           const RetryPolicy& policy) {
    if (attempts >= policy.max_attempts) return "";
    auto delay = policy.first_delay * (std::int64_t{1} << std::min<std::int64_t>(attempts - 1, 20));
    auto at = std::chrono::floor<std::chrono::seconds>(now + delay);
    auto day = std::chrono::floor<std::chrono::days>(at);
    std::chrono::hh_mm_ss time{at - day};
    return domain::to_iso_day(day) + "T" + (time.hours().count() < 10 ? "0" : "") +
           std::to_string(time.hours().count()) + ":" + (time.minutes().count() < 10 ? "0" : "") +
           std::to_string(time.minutes().count()) + ":" + (time.seconds().count() < 10 ? "0" : "") +
           std::to_string(time.seconds().count()) + "Z";
}

Result<std::vector<store::AlertDelivery>> deliver_due(store::Store& store, const WebhookSender& send,
                                                      const RetryPolicy& policy, const store::Actor& who) {
    auto due = store.alerts().due_deliveries(store::utc_timestamp_now(), 100);
    if (!due) return due.error();
    auto hooks = store.alerts().webhooks("");
    if (!hooks) return hooks.error();
    std::vector<store::AlertDelivery> tried;
    for (const auto& delivery : *due) {
        auto alert = store.alerts().alert(delivery.alert_id);
        if (!alert) return alert.error();
        std::string secret;
        for (const auto& hook : *hooks)
            if (hook.id == delivery.webhook_id) secret = hook.secret;
        const std::string at = store::utc_timestamp_now();
        SendResult result = send(delivery.url, webhook_body(*alert), secret);
        store::AttemptOutcome outcome{delivery.id, at, result.status, result.error, false, ""};
        outcome.delivered = result.error.empty() && result.status >= 200 && result.status < 300;
        if (!outcome.delivered) {
            if (outcome.error.empty())
                outcome.error = "the receiver answered " + std::to_string(result.status);
            outcome.next_try =
                next_try_after(delivery.attempts + 1, std::chrono::system_clock::now(), policy);
        }
        auto recorded = store.alerts().record_attempt(outcome, who);
        if (!recorded) return recorded.error();
        tried.push_back(std::move(recorded).value());
    }
    return tried;
}

json::object alert_to_json(const store::RaisedAlert& alert) {
    json::array figures(alert.figures.begin(), alert.figures.end());
    json::array sources(alert.source_ids.begin(), alert.source_ids.end());
    json::object body{{"id", alert.id},
                      {"key", alert.key},
                      {"kind", alert.kind},
                      {"mission", alert.mission},
                      {"severity", alert.severity},
                      {"title", alert.title},
                      {"detail", alert.detail},
                      {"figures", std::move(figures)},
                      {"source_ids", std::move(sources)},
                      {"first_seen", alert.first_seen}};
    if (auto coded = stored_messages(alert)) {
        put_message(body, "title", coded->first);
        put_message(body, "detail", coded->second);
    }
    return body;
}

AlertMessages alert_messages(store::Store& store, const std::vector<store::RaisedAlert>& alerts,
                             std::chrono::sys_days today) {
    AlertMessages messages;
    bool all_stored = true;
    for (const auto& alert : alerts) {
        if (auto coded = stored_messages(alert))
            messages[alert.key] = std::move(*coded);
        else
            all_stored = false;
    }
    if (all_stored) return messages;
    AlertSettings settings;
    settings.today = today;
    auto current = current_alerts(store, settings);
    if (!current) return messages;
    for (const auto& alert : *current) messages.try_emplace(alert.key, alert.title_coded, alert.detail_coded);
    return messages;
}

json::object alert_to_json(const store::RaisedAlert& alert, const AlertMessages& messages) {
    json::object body = alert_to_json(alert);
    if (auto coded = messages.find(alert.key); coded != messages.end()) {
        put_message(body, "title", coded->second.first);
        put_message(body, "detail", coded->second.second);
    }
    return body;
}

json::object delivery_to_json(const store::AlertDelivery& delivery) {
    json::array log;
    for (const auto& attempt : delivery.log)
        log.push_back(json::object{{"attempt", attempt.attempt},
                                   {"at", attempt.at},
                                   {"http_status", attempt.http_status},
                                   {"error", attempt.error}});
    return json::object{{"id", delivery.id},
                        {"webhook_id", delivery.webhook_id},
                        {"alert_id", delivery.alert_id},
                        {"user", delivery.user},
                        {"url", delivery.url},
                        {"status", delivery.status},
                        {"attempts", delivery.attempts},
                        {"next_try", delivery.next_try},
                        {"created_at", delivery.created_at},
                        {"log", std::move(log)}};
}

std::string webhook_body(const store::RaisedAlert& alert) {
    return json::serialize(json::object{{"event", "alert"}, {"alert", alert_to_json(alert)}});
}

}  // namespace mssops::app
