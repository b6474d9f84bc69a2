#include "api/webhook_receiver.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace mssops::api_test {

WebhookReceiver::WebhookReceiver(int failures, const TlsIdentity* tls) : failures_(failures) {
    if (tls) {
        tls_ = SSL_CTX_new(TLS_server_method());
        if (SSL_CTX_use_certificate_chain_file(tls_, tls->certificate_file.c_str()) != 1 ||
            SSL_CTX_use_PrivateKey_file(tls_, tls->key_file.c_str(), SSL_FILETYPE_PEM) != 1)
            std::abort();  // The test made these files: not reading them is a bug in the test.
    }
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
    if (tls_) SSL_CTX_free(tls_);
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
        // A sender that stops talking cannot hold the receiver (and the test's end) for long.
        timeval patience{5, 0};
        ::setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        SSL* ssl = nullptr;
        if (tls_) {
            ssl = SSL_new(tls_);
            SSL_set_fd(ssl, connection);
            if (SSL_accept(ssl) != 1) {
                ++failed_handshakes_;
                SSL_free(ssl);
                ::close(connection);
                continue;
            }
        }
        auto read = [&](char* buffer, std::size_t size) -> long {
            pollfd readable{connection, POLLIN, 0};
            if ((!ssl || SSL_pending(ssl) == 0) && ::poll(&readable, 1, 5000) <= 0) return 0;
            return ssl ? SSL_read(ssl, buffer, static_cast<int>(size)) : ::read(connection, buffer, size);
        };
        ReceivedRequest request = read_request(read);
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
        if (ssl) {
            SSL_write(ssl, response.data(), static_cast<int>(response.size()));
            SSL_shutdown(ssl);
            SSL_free(ssl);
        } else {
            [[maybe_unused]] auto sent = ::write(connection, response.data(), response.size());
        }
        ::close(connection);
    }
}

ReceivedRequest WebhookReceiver::read_request(const std::function<long(char*, std::size_t)>& read) const {
    std::string raw;
    char buffer[4096];
    std::size_t header_end = std::string::npos;
    std::size_t content_length = 0;
    while (true) {
        const auto got = read(buffer, sizeof buffer);
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
    return request;
}

}  // namespace mssops::api_test
