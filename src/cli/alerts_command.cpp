#include "cli/alerts_command.hpp"

#include <boost/json/array.hpp>
#include <charconv>
#include <iostream>

#include "app/alerts.hpp"
#include "app/webhook_sender.hpp"
#include "cli/table.hpp"
#include "ingest/reference_csv.hpp"
#include "store/timestamp.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

struct AlertsOptions {
    std::string since;
    std::string mission;
    int stale_after = 90;
    std::string user;
    std::string kind;
    std::int64_t runway_months = 0;
    long long retry_seconds = 30;
    std::int64_t attempts = 6;
    std::string webhook_ca_file;
};

std::string utc_text_of(std::chrono::system_clock::time_point time) {
    auto at = std::chrono::floor<std::chrono::seconds>(time);
    auto day = std::chrono::floor<std::chrono::days>(at);
    std::chrono::hh_mm_ss clock{at - day};
    char text[16];
    std::snprintf(text, sizeof text, "T%02d:%02d:%02dZ", static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
    return domain::to_iso_day(day) + text;
}

// --since as the store's UTC text: a day (2025-09-25), a UTC time, or a duration back from now
// (30m, 24h, 7d). invalid_input naming "--since" otherwise.
Result<std::string> since_text(const std::string& since, std::chrono::system_clock::time_point now) {
    if (since.empty()) return since;
    if (since.size() == 10) {
        auto day = domain::parse_iso_day(since, "--since");
        if (!day) return day.error();
        return since + "T00:00:00Z";
    }
    if (since.size() == 20 && since[10] == 'T' && since.back() == 'Z' &&
        domain::parse_iso_day(since.substr(0, 10), "--since"))
        return since;
    long long amount = 0;
    auto [end, ec] = std::from_chars(since.data(), since.data() + since.size() - 1, amount);
    const char unit = since.back();
    if (ec == std::errc() && end == since.data() + since.size() - 1 && amount >= 0 &&
        (unit == 'm' || unit == 'h' || unit == 'd')) {
        const long long minutes = unit == 'm' ? amount : unit == 'h' ? amount * 60 : amount * 1440;
        return utc_text_of(now - std::chrono::minutes(minutes));
    }
    return Error::invalid("--since",
                          "must be a day (2025-09-25), a UTC time (2025-09-25T10:00:00Z) or a "
                          "duration (30m, 24h, 7d), got \"" +
                              since + "\"");
}

app::AlertSettings settings_of(const AlertsOptions& options, const CliContext& context) {
    app::AlertSettings settings;
    settings.today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    settings.mission = options.mission;
    settings.stale_after_days = options.stale_after;
    return settings;
}

void list_new(CliContext& context, const AlertsOptions& options) {
    auto since = since_text(options.since, std::chrono::system_clock::now());
    if (!since) return context.fail(since.error());
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto funding = ingest::load_funding_reference(context.data_dir, "");
    auto settings = settings_of(options, context);
    if (funding) settings.rates = &funding->rates;
    if (auto raised = app::raise_alerts(**store, settings, {"cli:" + CliContext::actor_name()}); !raised)
        return context.fail(raised.error());
    auto alerts = (*store)->alerts().list_alerts({*since, options.mission, 1000});
    if (!alerts) return context.fail(alerts.error());
    if (context.json) {
        json::array list;
        for (const auto& alert : *alerts) list.push_back(app::alert_to_json(alert));
        return CliContext::print_json(json::object{{"alerts", std::move(list)}});
    }
    if (alerts->empty()) {
        std::cout << "no alerts" << (options.since.empty() ? "" : " since " + *since) << "\n";
        return;
    }
    Table table({"first seen", "severity", "kind", "mission", "alert"});
    for (const auto& alert : *alerts)
        table.add_row({alert.first_seen, alert.severity, alert.kind, alert.mission, alert.title});
    table.print(std::cout);
}

void deliver(CliContext& context, const AlertsOptions& options) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    app::RetryPolicy policy{std::chrono::seconds(options.retry_seconds), options.attempts};
    app::WebhookSenderOptions sender;
    sender.ca_file = options.webhook_ca_file;
    auto tried =
        app::deliver_due(**store, app::webhook_sender(sender), policy, {"cli:" + CliContext::actor_name()});
    if (!tried) return context.fail(tried.error());
    if (context.json) {
        json::array list;
        for (const auto& delivery : *tried) list.push_back(app::delivery_to_json(delivery));
        return CliContext::print_json(json::object{{"deliveries", std::move(list)}});
    }
    Table table({"delivery", "alert", "url", "status", "attempts", "next try"});
    for (const auto& delivery : *tried)
        table.add_row({std::to_string(delivery.id), std::to_string(delivery.alert_id), delivery.url,
                       delivery.status, std::to_string(delivery.attempts), delivery.next_try});
    table.print(std::cout);
    std::cout << tried->size() << " due deliveries tried\n";
}

void subscribe(CliContext& context, const AlertsOptions& options) {
    auto kind = domain::parse_alert_kind(options.kind, "--kind");
    if (!kind) return context.fail(kind.error());
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    if (auto user = (*store)->accounts().find_user(options.user); !user)
        return context.fail(Error::not_found("--user", "no user named '" + options.user + "'"));
    auto rows = (*store)->alerts().subscriptions(options.user);
    if (!rows) return context.fail(rows.error());
    std::vector<store::AlertSubscription> wanted;
    for (const auto& [user, subscription] : *rows)
        if (subscription.kind != options.kind || subscription.mission != options.mission)
            wanted.push_back(subscription);
    wanted.push_back({domain::to_text(*kind), options.mission, options.runway_months});
    if (auto replaced = (*store)->alerts().replace_subscriptions(options.user, wanted,
                                                                 {"cli:" + CliContext::actor_name()});
        !replaced)
        return context.fail(replaced.error());
    std::cout << options.user << " subscribes to " << options.kind
              << (options.mission.empty() ? " for every mission" : " for " + options.mission) << "\n";
}

}  // namespace

AlertsOptions& alerts_options() {
    static AlertsOptions options;
    return options;
}

bool list_new_if_asked(CliContext& context, CLI::App& alerts) {
    if (alerts.count("--since") == 0) return false;
    AlertsOptions& options = alerts_options();
    if (alerts.count("--mission") > 0) options.mission = alerts.get_option("--mission")->as<std::string>();
    list_new(context, options);
    return true;
}

void add_alerts_command(CLI::App& app, CliContext& context) {
    AlertsOptions& options = alerts_options();
    // `mssops alerts` (force_commands.cpp) prints a mission's conditions on a date; these are its
    // subcommands for the alerts raised and sent.
    auto* parent = app.get_subcommand("alerts");
    auto* command =
        parent->add_subcommand("new", "Raise what is new and print the alerts first seen since a time");
    command->add_option("--since", options.since,
                        "A day, a UTC time, or a duration back from now (30m, 24h, 7d)");
    command->add_option("--mission", options.mission,
                        "Only this mission (default: every mission in force today)");
    command->add_option("--stale-after", options.stale_after, "Days after which evidence is called old")
        ->envname("MSSOPS_STALE_AFTER")
        ->check(CLI::Range(1, 36500))
        ->capture_default_str();
    parent->require_subcommand(0, 1);

    auto* deliver_command = parent->add_subcommand("deliver", "Try every due webhook delivery once");
    deliver_command
        ->add_option("--retry-seconds", options.retry_seconds, "Wait before the second try; doubles")
        ->check(CLI::Range(1LL, 86'400LL))
        ->capture_default_str();
    deliver_command->add_option("--attempts", options.attempts, "Tries before a delivery fails")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{50}))
        ->capture_default_str();
    deliver_command
        ->add_option("--webhook-ca-file", options.webhook_ca_file,
                     "PEM file of certificate authorities trusted for https webhooks besides the system's")
        ->check(CLI::ExistingFile);
    deliver_command->callback([&context] { deliver(context, alerts_options()); });

    auto* subscribe_command = parent->add_subcommand("subscribe", "Subscribe a user to a kind of alert");
    subscribe_command->add_option("--user", options.user, "User name")->required();
    subscribe_command
        ->add_option("--kind", options.kind,
                     "mandate_expiry, target_late, stale_figures, "
                     "conflicting_sources, extractions_pending, funding_runway")
        ->required();
    subscribe_command
        ->add_option("--runway-months", options.runway_months, "funding_runway: only below this many months")
        ->check(CLI::Range(std::int64_t{0}, std::int64_t{120}));
    subscribe_command->callback([&context] { subscribe(context, alerts_options()); });

    command->callback([&context] { list_new(context, alerts_options()); });

    // `mssops alerts --since 24h` is `alerts new --since 24h`: what is new is what a reader asks first.
    parent->add_option("--since", options.since,
                       "With no subcommand: raise and print the alerts first seen since a day, a UTC "
                       "time or a duration back from now (30m, 24h, 7d), as `alerts new`");
}

}  // namespace mssops::cli
