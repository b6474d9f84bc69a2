#include "api/http_client.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <cctype>

namespace mssops::api_test {

namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

void write_all(int socket, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t sent = ::send(socket, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent <= 0) return;  // The server may close early, e.g. after a 413; the reply tells the test.
        bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
}

}  // namespace

std::string HttpResponse::header(std::string_view name) const {
    auto found = headers.find(std::string(name));
    return found == headers.end() ? std::string() : found->second;
}

boost::json::value HttpResponse::json() const {
    boost::system::error_code ec;
    auto value = boost::json::parse(body, ec);
    EXPECT_FALSE(ec) << "not JSON: " << body;
    return value;
}

int HttpClient::connect_socket() const {
    int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socket < 0) return -1;
    timeval timeout{10, 0};
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port_);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(socket, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(socket);
        return -1;
    }
    return socket;
}

std::string read_until_closed(int socket) {
    std::string received;
    char buffer[16384];
    while (true) {
        ssize_t got = ::recv(socket, buffer, sizeof buffer, 0);
        if (got <= 0) break;
        received.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(socket);
    return received;
}

std::string HttpClient::exchange_raw(std::string_view bytes) const {
    int socket = connect_socket();
    EXPECT_GE(socket, 0) << "cannot connect to port " << port_;
    if (socket < 0) return {};
    write_all(socket, bytes);
    return read_until_closed(socket);
}

HttpResponse HttpClient::request(std::string_view method, std::string_view target, std::string_view body,
                                 const std::vector<std::pair<std::string, std::string>>& headers) const {
    std::string text = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool has_type = false;
    for (const auto& [name, value] : headers) {
        text += name + ": " + value + "\r\n";
        has_type = has_type || lower(name) == "content-type";
    }
    if (!body.empty() && !has_type) text += "Content-Type: application/json\r\n";
    if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT")
        text += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    text += "Connection: close\r\n\r\n";
    text += body;
    auto responses = parse_responses(exchange_raw(text));
    EXPECT_EQ(responses.size(), 1u) << method << " " << target;
    return responses.empty() ? HttpResponse{} : responses.front();
}

std::vector<HttpResponse> parse_responses(std::string_view raw) {
    std::vector<HttpResponse> responses;
    while (!raw.empty()) {
        std::size_t end = raw.find("\r\n\r\n");
        if (end == std::string_view::npos) break;
        std::string_view head = raw.substr(0, end);
        raw.remove_prefix(end + 4);
        HttpResponse response;
        std::size_t line_end = head.find("\r\n");
        std::string_view status_line = head.substr(0, line_end);
        if (status_line.size() >= 12) response.status = std::stoi(std::string(status_line.substr(9, 3)));
        while (line_end != std::string_view::npos) {
            head.remove_prefix(line_end + 2);
            line_end = head.find("\r\n");
            std::string_view line = head.substr(0, line_end);
            std::size_t colon = line.find(':');
            if (colon == std::string_view::npos) continue;
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
            response.headers[lower(line.substr(0, colon))] = std::string(value);
        }
        // 1xx, 204 and 304 carry no body; HEAD answers are read by tests with exchange_raw.
        std::size_t length = 0;
        if (auto found = response.headers.find("content-length"); found != response.headers.end())
            length = std::stoul(found->second);
        if (response.status / 100 == 1 || response.status == 204 || response.status == 304) length = 0;
        length = std::min(length, raw.size());
        response.body = std::string(raw.substr(0, length));
        raw.remove_prefix(length);
        if (response.status / 100 != 1) responses.push_back(std::move(response));
    }
    return responses;
}

}  // namespace mssops::api_test
