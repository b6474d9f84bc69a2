#include "api/webhook_receiver.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace mssops::api_test {

WebhookReceiver::WebhookReceiver(int failures) : failures_(failures) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(listener_, 8);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { serve(); });
}

WebhookReceiver::~WebhookReceiver() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
    ::close(listener_);
}

std::vector<ReceivedRequest> WebhookReceiver::received() const {
    std::lock_guard lock(mutex_);
    return received_;
}

void WebhookReceiver::serve() {
    while (!stopping_) {
        pollfd ready{listener_, POLLIN, 0};
        // Wakes up now and then to see whether the test is over.
        if (::poll(&ready, 1, 100) <= 0) continue;
        const int connection = ::accept(listener_, nullptr, nullptr);
        if (connection < 0) continue;
        std::string raw;
        char buffer[4096];
        std::size_t header_end = std::string::npos;
        std::size_t content_length = 0;
        while (true) {
            pollfd readable{connection, POLLIN, 0};
            if (::poll(&readable, 1, 5000) <= 0) break;
            const auto got = ::read(connection, buffer, sizeof buffer);
            if (got <= 0) break;
            raw.append(buffer, static_cast<std::size_t>(got));
            if (header_end == std::string::npos && (header_end = raw.find("\r\n\r\n")) != std::string::npos) {
                std::string lower = raw.substr(0, header_end);
                std::transform(lower.begin(), lower.end(), lower.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                if (auto at = lower.find("content-length:"); at != std::string::npos)
                    content_length = std::strtoul(lower.c_str() + at + 15, nullptr, 10);
            }
            if (header_end != std::string::npos && raw.size() >= header_end + 4 + content_length) break;
        }
        ReceivedRequest request;
        if (header_end != std::string::npos) {
            request.body = raw.substr(header_end + 4, content_length);
            std::size_t line_end = raw.find("\r\n");
            const std::string first = raw.substr(0, line_end);
            const auto space = first.find(' ');
            request.target = first.substr(space + 1, first.rfind(' ') - space - 1);
            std::size_t at = line_end + 2;
            while (at < header_end) {
                const std::size_t end = raw.find("\r\n", at);
                const std::string line = raw.substr(at, end - at);
                const auto colon = line.find(':');
                if (colon != std::string::npos) {
                    std::string name = line.substr(0, colon);
                    std::transform(name.begin(), name.end(), name.begin(),
                                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                    std::size_t value = colon + 1;
                    while (value < line.size() && line[value] == ' ') ++value;
                    request.headers[name] = line.substr(value);
                }
                at = end + 2;
            }
        }
        int answered = 0;
        {
            std::lock_guard lock(mutex_);
            received_.push_back(std::move(request));
            answered = static_cast<int>(received_.size());
        }
        const std::string response =
            answered <= failures_ ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n"
                                    "Connection: close\r\n\r\nfail"
                                  : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
        [[maybe_unused]] auto sent = ::write(connection, response.data(), response.size());
        ::close(connection);
    }
}

}  // namespace mssops::api_test
