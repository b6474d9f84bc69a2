#include "cli/serve_command.hpp"

#include "app/mission_query.hpp"
#include "cli/install_layout.hpp"
#include "http/api.hpp"

namespace mssops::cli {

void add_serve_command(CLI::App& app, CliContext& context) {
    static http::ServerOptions options;
    static long long header_timeout_ms = options.header_timeout.count();
    options.port = 8080;
    options.web_root = default_web_root(running_binary(), MSSOPS_WEB_DIR);
    auto* command = add_command(app, "serve", "Serve the JSON API and the dashboard until SIGTERM or SIGINT");
    command->add_option("--address", options.address, "Address to listen on")->capture_default_str();
    command->add_option("--port", options.port, "Port to listen on; 0 picks a free one")
        ->capture_default_str();
    command->add_option("--threads", options.threads, "Worker threads; 0 means one per core")
        ->capture_default_str();
    command->add_option("--web-root", options.web_root, "The built dashboard (web/dist)")
        ->envname("MSSOPS_WEB_ROOT")
        ->capture_default_str();
    command->add_flag("--allow-anonymous-reads", options.allow_anonymous_reads,
                      "Let callers who are not signed in read (off by default)");
    command
        ->add_option("--header-timeout-ms", header_timeout_ms,
                     "How long a client may take to send a request's header, and to idle between requests")
        ->check(CLI::Range(1LL, 3'600'000LL))
        ->capture_default_str();
    command->add_flag("!--no-access-log", options.access_log, "Do not log each request to stderr");
    command
        ->add_option("--mission", options.force.mission,
                     "Mission the dashboard and API open on (default: the mission in force today)")
        ->envname("MSSOPS_MISSION");
    static int stale_after = 90;
    command
        ->add_option("--stale-after", stale_after,
                     "Days after which a figure's newest evidence is called old and warned about")
        ->envname("MSSOPS_STALE_AFTER")
        ->check(CLI::Range(1, 36500))
        ->capture_default_str();
    command
        ->add_option("--body-limit", options.body_limit,
                     "Largest request body in bytes, but for imports; larger ones get 413")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))
        ->capture_default_str();
    command
        ->add_option(
            "--import-limit", options.import_limit,
            "Largest body in bytes of an import (incident or funding CSV), streamed to a temporary file")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 40))
        ->capture_default_str();
    command->add_option("--upload-dir", options.upload_dir,
                        "Where import bodies are kept while they are read (default: the system's temporary "
                        "directory)");
    command->add_option("--trusted-proxy", options.trusted_proxies,
                        "A reverse proxy (address or CIDR network, repeatable) whose X-Forwarded-For names "
                        "the client; without one the header is ignored");
    command
        ->add_option("--sign-in-account-limit", options.sign_in_account_limit,
                     "Failed sign-ins within 15 minutes that lock an account against the addresses they "
                     "came from")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{1000}))
        ->capture_default_str();
    command
        ->add_option("--sign-in-address-limit", options.sign_in_address_limit,
                     "Failed sign-ins within 15 minutes, on any accounts, that throttle an address")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{1'000'000}))
        ->capture_default_str();
    static long long alert_interval = 60, webhook_retry = 30;
    command
        ->add_option("--alert-interval", alert_interval,
                     "Seconds between alert runs (raise, deliver); 0: off")
        ->check(CLI::Range(0LL, 86'400LL))
        ->capture_default_str();
    command
        ->add_option("--webhook-retry", webhook_retry,
                     "Seconds before a failed webhook is tried again; doubles")
        ->check(CLI::Range(1LL, 86'400LL))
        ->capture_default_str();
    command
        ->add_option("--webhook-attempts", options.alerts.max_attempts,
                     "Tries before a webhook delivery fails")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{50}))
        ->capture_default_str();
    command
        ->add_option("--webhook-ca-file", options.alerts.webhook_ca_file,
                     "PEM file of certificate authorities trusted for https webhooks besides the "
                     "system's (a private CA)")
        ->check(CLI::ExistingFile);
    static std::string scale;
    command->add_option("--scale", scale,
                        "Scale of assessments CSV (member,rate_percent) for /funding/assessed");
    command->callback([&context] {
        options.header_timeout = std::chrono::milliseconds(header_timeout_ms);
        options.force.stale_after = std::to_string(stale_after);
        options.alerts.interval = std::chrono::seconds(alert_interval);
        options.alerts.retry_delay = std::chrono::seconds(webhook_retry);
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        // A configured mission that is not stored is refused at start, not on the first request.
        if (!options.force.mission.empty()) {
            auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
            auto known = app::default_mission_slug(**store, options.force.mission, today, "--mission");
            if (!known) return context.fail(known.error());
        }
        auto funding = ingest::load_funding_reference(context.data_dir, scale);
        if (!funding) return context.fail(funding.error());
        auto shared = std::make_shared<const ingest::FundingReference>(std::move(funding).value());
        if (auto served = http::serve_api(**store, options, shared); !served)
            return context.fail(served.error());
    });
}

}  // namespace mssops::cli
