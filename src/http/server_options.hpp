#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/force_defaults.hpp"

namespace mssops::http {

/// The background task of `serve` that raises alerts and delivers webhooks (alert_task.hpp).
struct AlertTaskOptions {
    std::chrono::seconds interval{60};     // Between runs; 0 turns the task off.
    std::chrono::seconds retry_delay{30};  // Before the second try of a delivery; doubles after each.
    std::int64_t max_attempts = 6;         // Tries before a delivery is marked failed.
    std::string webhook_ca_file;           // PEM CAs trusted for https webhooks besides the system's.
};

/// How `mssops serve` listens and what it allows.
struct ServerOptions {
    std::string address = "127.0.0.1";
    unsigned short port = 0;  // 0: an ephemeral port, printed on start.
    unsigned threads = 0;     // 0: one per hardware thread.
    std::string web_root;     // The built dashboard (web/dist); "" serves no files.
    bool allow_anonymous_reads = false;
    std::size_t body_limit = 1024 * 1024;  // Larger bodies get 413.
    // Import routes' bodies (CSV files) go to a temporary file in upload_dir ("" for the system's
    // temporary directory), up to this size: a year of a country's ACLED events is a few MB.
    std::size_t import_limit = 64 * 1024 * 1024;
    std::string upload_dir;
    // Peers whose X-Forwarded-For names the client (addresses or CIDR networks); none by default.
    std::vector<std::string> trusted_proxies;
    std::int64_t sign_in_account_limit = 5;   // Failed sign-ins that lock an account (per 15 minutes).
    std::int64_t sign_in_address_limit = 50;  // Failed sign-ins that throttle an address (per 15 minutes).
    std::chrono::milliseconds header_timeout{10'000};  // Also the keep-alive idle time.
    std::chrono::milliseconds body_timeout{30'000};
    std::chrono::milliseconds shutdown_grace{30'000};  // In-flight requests get this long after SIGTERM.
    bool access_log = true;                            // One line per request on stderr.
    app::ForceDefaults force;                          // Default mission and evidence age for the views.
    AlertTaskOptions alerts;
};

}  // namespace mssops::http
