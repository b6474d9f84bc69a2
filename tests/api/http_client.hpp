#pragma once

#include <boost/json/value.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mssops::api_test {

/// A response as the tests read it: status, headers by lower-case name, body.
struct HttpResponse {
    int status = 0;
    std::map<std::string, std::string> headers;
    std::string body;

    /// The header (lower-case name), or "".
    std::string header(std::string_view name) const;
    /// The body parsed as JSON; a test failure when it does not parse.
    boost::json::value json() const;
};

/// A minimal HTTP/1.1 client over a plain socket to 127.0.0.1: one connection per request, so each
/// test sees exactly what the server sent, malformed requests included.
class HttpClient {
public:
    explicit HttpClient(unsigned short port) : port_(port) {}

    /// Sends one request with Connection: close and reads the whole response.
    HttpResponse request(std::string_view method, std::string_view target, std::string_view body = {},
                         const std::vector<std::pair<std::string, std::string>>& headers = {}) const;

    /// Writes `bytes` as they are and returns everything the server sends until it closes.
    std::string exchange_raw(std::string_view bytes) const;

    /// Opens a connection and returns its socket, for tests that pace their own writes; -1 on failure.
    int connect_socket() const;

private:
    unsigned short port_;
};

/// Reads every response in `raw` (as sent on one connection), in order.
std::vector<HttpResponse> parse_responses(std::string_view raw);

/// Reads what remains on `socket` until the peer closes (or 10 s pass), then closes it.
std::string read_until_closed(int socket);

}  // namespace mssops::api_test
