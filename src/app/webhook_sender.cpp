#include "app/webhook_sender.hpp"

#include <sodium.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>

#include "app/secret_token.hpp"

namespace mssops::app {

namespace beast = boost::beast;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

std::string webhook_signature(std::string_view secret, std::string_view timestamp, std::string_view body) {
    auth::ensure_sodium();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(timestamp.data()),
                                  timestamp.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>("."), 1);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(body.data()), body.size());
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return "sha256=" + std::string(hex);
}

namespace {

template <class Stream>
SendResult round_trip(Stream& stream, const beast::http::request<beast::http::string_body>& request) {
    beast::http::write(stream, request);
    beast::flat_buffer buffer;
    // A receiver's answer body is not read by anyone: a small limit keeps a hostile one harmless.
    beast::http::response_parser<beast::http::string_body> parser;
    parser.body_limit(64 * 1024);
    beast::http::read(stream, buffer, parser);
    return SendResult{static_cast<int>(parser.get().result_int()), ""};
}

SendResult post(const std::string& url, const std::string& body, const std::string& secret,
                const WebhookSenderOptions& options) {
    auto parsed = boost::urls::parse_absolute_uri(url);
    if (!parsed) return {0, "the url does not parse: " + url};
    const bool tls = parsed->scheme() == "https";
    if (!tls && parsed->scheme() != "http") return {0, "only http and https urls are delivered to"};
    const std::string host = parsed->host();
    const std::string port = parsed->has_port() ? std::string(parsed->port()) : (tls ? "443" : "80");
    std::string target = parsed->encoded_path().empty() ? "/" : std::string(parsed->encoded_path());
    if (parsed->has_query()) target += "?" + std::string(parsed->encoded_query());

    const std::string timestamp = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    beast::http::request<beast::http::string_body> request{beast::http::verb::post, target, 11};
    request.set(beast::http::field::host, parsed->encoded_host_and_port());
    request.set(beast::http::field::user_agent, "mssops-webhook/1");
    request.set(beast::http::field::content_type, "application/json");
    request.set("X-Mssops-Timestamp", timestamp);
    request.set("X-Mssops-Signature", webhook_signature(secret, timestamp, body));
    request.body() = body;
    request.prepare_payload();
    request.keep_alive(false);

    try {
        asio::io_context context;
        tcp::resolver resolver(context);
        auto endpoints = resolver.resolve(host, port);
        if (!tls) {
            beast::tcp_stream stream(context);
            stream.expires_after(options.timeout);
            stream.connect(endpoints);
            auto result = round_trip(stream, request);
            beast::error_code ignored;
            stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
            return result;
        }
        asio::ssl::context ssl(asio::ssl::context::tls_client);
        ssl.set_default_verify_paths();
        if (!options.ca_file.empty()) {
            beast::error_code loaded;
            ssl.load_verify_file(options.ca_file, loaded);
            if (loaded)
                return {0, "TLS: cannot read the CA file " + options.ca_file + ": " + loaded.message()};
        }
        ssl.set_verify_mode(asio::ssl::verify_peer);
        beast::ssl_stream<beast::tcp_stream> stream(context, ssl);
        // SNI and the certificate's name must both be the url's host.
        if (!SSL_set_tlsext_host_name(stream.native_handle(), host.c_str()))
            return {0, "TLS: cannot set the server name " + host};
        stream.set_verify_callback(asio::ssl::host_name_verification(host));
        beast::get_lowest_layer(stream).expires_after(options.timeout);
        beast::get_lowest_layer(stream).connect(endpoints);
        stream.handshake(asio::ssl::stream_base::client);
        auto result = round_trip(stream, request);
        beast::error_code ignored;
        stream.shutdown(ignored);
        return result;
    } catch (const std::exception& error) {
        // Boost appends " [system:111 at <source file and function>]": the log keeps what a reader needs.
        std::string what = error.what();
        if (auto at = what.find(" ["); at != std::string::npos) what.resize(at);
        return {0, "no answer: " + what};
    }
}

}  // namespace

WebhookSender webhook_sender(const WebhookSenderOptions& options) {
    return [options](const std::string& url, const std::string& body, const std::string& secret) {
        return post(url, body, secret, options);
    };
}

}  // namespace mssops::app
