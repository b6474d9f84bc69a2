#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

typedef struct ssl_ctx_st SSL_CTX;

namespace mssops::api_test {

/// The PEM certificate (chain) and key a receiver serves TLS with.
struct TlsIdentity {
    std::string certificate_file;
    std::string key_file;
};

/// A request the receiver got: headers by lower-case name, and the raw body.
struct ReceivedRequest {
    std::string target;
    std::map<std::string, std::string> headers;
    std::string body;
};

/// A webhook receiver on 127.0.0.1 (an ephemeral port) on its own thread: it answers the first
/// `failures` requests 500 and every later one 200, and keeps what it got. With `tls` it speaks
/// HTTPS with that identity, and counts the TLS handshakes that failed (a sender refusing it).
class WebhookReceiver {
public:
    explicit WebhookReceiver(int failures, const TlsIdentity* tls = nullptr);
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver&) = delete;
    WebhookReceiver& operator=(const WebhookReceiver&) = delete;

    unsigned short port() const { return port_; }
    /// Every request so far, in order.
    std::vector<ReceivedRequest> received() const;
    /// TLS handshakes that did not complete.
    int failed_handshakes() const { return failed_handshakes_; }

private:
    void serve();
    ReceivedRequest read_request(const std::function<long(char*, std::size_t)>& read) const;

    int listener_ = -1;
    unsigned short port_ = 0;
    int failures_;
    SSL_CTX* tls_ = nullptr;
    std::atomic<int> failed_handshakes_{0};
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::vector<ReceivedRequest> received_;
    std::thread thread_;
};

}  // namespace mssops::api_test
