#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "app/alerts.hpp"

namespace mssops::http {

/// The signature of a webhook body: "sha256=" and the lower-case hex HMAC-SHA256, keyed with the
/// webhook's secret, of "<timestamp>.<body>" (the X-Mssops-Timestamp header, a dot, the raw body), so
/// a receiver can check both the body and when it was sent.
std::string webhook_signature(std::string_view secret, std::string_view timestamp, std::string_view body);

/// POSTs webhook bodies with Beast: Content-Type application/json, X-Mssops-Timestamp (Unix seconds)
/// and X-Mssops-Signature (webhook_signature). https:// goes over TLS with the system's certificate
/// store and the host name checked. Gives up after `timeout`; a failure is reported, never thrown.
app::WebhookSender webhook_sender(std::chrono::milliseconds timeout = std::chrono::milliseconds(10'000));

}  // namespace mssops::http
