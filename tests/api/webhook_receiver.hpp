#pragma once

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace mssops::api_test {

/// A request the receiver got: headers by lower-case name, and the raw body.
struct ReceivedRequest {
    std::string target;
    std::map<std::string, std::string> headers;
    std::string body;
};

/// A webhook receiver on 127.0.0.1 (an ephemeral port) on its own thread: it answers the first
/// `failures` requests 500 and every later one 200, and keeps what it got.
class WebhookReceiver {
public:
    explicit WebhookReceiver(int failures);
    ~WebhookReceiver();
    WebhookReceiver(const WebhookReceiver&) = delete;
    WebhookReceiver& operator=(const WebhookReceiver&) = delete;

    unsigned short port() const { return port_; }
    /// Every request so far, in order.
    std::vector<ReceivedRequest> received() const;

private:
    void serve();

    int listener_ = -1;
    unsigned short port_ = 0;
    int failures_;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::vector<ReceivedRequest> received_;
    std::thread thread_;
};

}  // namespace mssops::api_test
