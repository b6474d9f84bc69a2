#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "app/alerts.hpp"

namespace mssops::app {

/// The signature of a webhook body: "sha256=" and the lower-case hex HMAC-SHA256, keyed with the
/// webhook's secret, of "<timestamp>.<body>" (the X-Mssops-Timestamp header, a dot, the raw body), so
/// a receiver can check both the body and when it was sent.
std::string webhook_signature(std::string_view secret, std::string_view timestamp, std::string_view body);

/// How the sender connects: how long it waits, and whom it trusts over TLS.
struct WebhookSenderOptions {
    std::chrono::milliseconds timeout{10'000};  // Gives up on a receiver after this long.
    // A PEM file of certificate authorities trusted besides the system's store, so a deployment can
    // deliver to receivers with certificates of a private CA; "" trusts the system's store only.
    std::string ca_file;
};

/// POSTs webhook bodies with Beast: Content-Type application/json, X-Mssops-Timestamp (Unix seconds)
/// and X-Mssops-Signature (webhook_signature). https:// goes over TLS with the system's certificate
/// store (and options.ca_file) and the host name checked. Gives up after options.timeout; a failure
/// is reported, never thrown.
WebhookSender webhook_sender(const WebhookSenderOptions& options = {});

}  // namespace mssops::app
