#include "http/session.hpp"

#include <array>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

#include "http/dispatcher.hpp"
#include "http/problem.hpp"
#include "http/security_headers.hpp"

namespace mssops::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

constexpr std::uint32_t header_limit = 16 * 1024;
constexpr auto linger_time = std::chrono::seconds(2);
constexpr std::size_t linger_bytes = 8 * 1024 * 1024;

bool is_protocol_error(const boost::system::error_code& ec) {
    return &ec.category() == &bhttp::make_error_code(bhttp::error::bad_method).category();
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// One connection: reads a request, answers it through the dispatcher, and loops while keep-alive holds.
/// Every step runs on the connection's io_context, which one thread runs, so no two steps of one
/// session run at once.
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, SessionContext& context) : stream_(std::move(socket)), context_(context) {
        beast::error_code ec;
        auto peer = stream_.socket().remote_endpoint(ec);
        if (!ec) client_ = peer.address().to_string();
    }

    ~Session() {
        std::lock_guard lock(context_.mutex);
        context_.close_if_idle.erase(id_);
    }

    void start() {
        {
            std::lock_guard lock(context_.mutex);
            id_ = context_.next_session++;
            std::weak_ptr<Session> weak = shared_from_this();
            auto executor = stream_.get_executor();
            context_.close_if_idle.emplace(id_, [weak, executor] {
                asio::post(executor, [weak] {
                    if (auto session = weak.lock()) session->close_if_idle();
                });
            });
        }
        asio::dispatch(stream_.get_executor(),
                       beast::bind_front_handler(&Session::read_header, shared_from_this()));
    }

private:
    enum class State { waiting, busy };

    void read_header() {
        if (context_.stopping) return close();
        state_ = State::waiting;
        parser_.emplace();
        parser_->header_limit(header_limit);
        parser_->body_limit(context_.options.body_limit);
        stream_.expires_after(context_.options.header_timeout);
        bhttp::async_read_header(stream_, buffer_, *parser_,
                                 beast::bind_front_handler(&Session::on_header, shared_from_this()));
    }

    void on_header(beast::error_code ec, std::size_t) {
        state_ = State::busy;
        if (ec) return on_read_error(ec);
        started_ = std::chrono::steady_clock::now();
        // curl and others wait for this before sending a large body.
        if (lower(parser_->get()[bhttp::field::expect]) == "100-continue") {
            continue_.emplace(bhttp::status::continue_, parser_->get().version());
            stream_.expires_after(context_.options.body_timeout);
            return bhttp::async_write(stream_, *continue_,
                                      [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                          if (ec) return self->on_read_error(ec);
                                          self->read_body();
                                      });
        }
        read_body();
    }

    void read_body() {
        stream_.expires_after(context_.options.body_timeout);
        bhttp::async_read(stream_, buffer_, *parser_,
                          beast::bind_front_handler(&Session::on_read, shared_from_this()));
    }

    void on_read_error(beast::error_code ec) {
        if (ec == bhttp::error::body_limit)
            return send_problem(413, "the request body exceeds the limit of " +
                                         std::to_string(context_.options.body_limit) + " bytes");
        if (ec == bhttp::error::header_limit) return send_problem(431, "the request header is too large");
        // A client that closes between requests, or too slowly sends one, simply loses its connection.
        if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
            ec == beast::error::timeout || ec == asio::error::connection_reset)
            return close();
        if (is_protocol_error(ec)) return send_problem(400, "malformed HTTP request: " + ec.message());
        log_failure(ec, "read");
        close();
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec) return on_read_error(ec);
        auto message = parser_->release();
        Request request;
        request.method = std::string(message.method_string());
        for (const auto& field : message)
            request.headers[lower(field.name_string())] = std::string(field.value());
        request.body = std::move(message.body());
        request.request_id = request_id_for(request.header("x-request-id"));
        request.client = client_;
        std::string target(message.target());
        bool head = message.method() == bhttp::verb::head;
        bool keep_alive = message.keep_alive();
        // An answer that costs no store work is sent from this thread; the rest goes to the workers,
        // so one slow request never holds up the other connections of this thread.
        auto at_once = context_.dispatcher.answer_at_once(target, request);
        if (at_once || !context_.run_work) {
            response_ = at_once ? std::move(*at_once) : context_.dispatcher.handle(target, request);
            return send(head, message.version(), keep_alive && !context_.stopping, request.request_id,
                        request.method, target);
        }
        const bool write = request.method != "GET" && request.method != "HEAD";
        context_.run_work(write, [self = shared_from_this(), request = std::move(request), target, head,
                                  version = message.version(), keep_alive]() mutable {
            Response response = self->context_.dispatcher.handle(target, request);
            asio::post(self->stream_.get_executor(),
                       [self, response = std::move(response), request = std::move(request), target, head,
                        version, keep_alive]() mutable {
                           self->response_ = std::move(response);
                           self->send(head, version, keep_alive && !self->context_.stopping,
                                      request.request_id, request.method, target);
                       });
        });
    }

    void send_problem(int status, std::string detail) {
        std::string request_id = request_id_for({});
        response_ = protocol_problem(status, std::move(detail), request_id);
        // The client may still be sending what we refused; closing now would reset the connection
        // and could destroy our answer before it reads it (RFC 9112 section 9.6).
        linger_ = true;
        send(false, 11, false, request_id, "-", "-");
    }

    void send(bool head, unsigned version, bool keep_alive, const std::string& request_id,
              const std::string& method, const std::string& target) {
        auto& response = reply_.emplace();
        response.version(version);
        response.result(static_cast<unsigned>(response_.status));
        response.set(bhttp::field::content_type, response_.content_type);
        response.set("X-Request-Id", request_id);
        // Every answer passes here, protocol errors included; a route's own headers may replace these.
        for (const auto& [name, value] : security_headers()) response.set(name, value);
        for (const auto& [name, value] : response_.headers) response.set(name, value);
        std::string_view payload = response_.payload();
        response.keep_alive(keep_alive);
        if (response_.status == 304 || response_.status == 204) {
            response.erase(bhttp::field::content_type);
        } else if (head) {
            // HEAD: the length GET would send, and no body.
            response.content_length(payload.size());
        } else {
            response.body() = bhttp::span_body<const char>::value_type(payload.data(), payload.size());
            response.prepare_payload();
        }
        if (context_.options.access_log) {
            double millis =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_)
                    .count();
            std::fprintf(stderr, "%s %s %s %d %zu %.2fms\n", request_id.c_str(), method.c_str(),
                         target.c_str(), response_.status, payload.size(), millis);
        }
        stream_.expires_after(context_.options.body_timeout);
        if (head) {
            serializer_head_.emplace(response);
            return bhttp::async_write_header(
                stream_, *serializer_head_,
                beast::bind_front_handler(&Session::on_write, shared_from_this()));
        }
        bhttp::async_write(stream_, response,
                           beast::bind_front_handler(&Session::on_write, shared_from_this()));
    }

    void on_write(beast::error_code ec, std::size_t) {
        serializer_head_.reset();
        bool keep_alive = reply_->keep_alive();
        reply_.reset();
        response_ = Response{};
        if (ec) {
            log_failure(ec, "write");
            return close();
        }
        if (linger_) return linger();
        if (!keep_alive) return close();
        read_header();
    }

    /// Stops sending, then reads and discards what the client still sends, for a bounded time and size.
    void linger() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream_.expires_after(linger_time);
        drain();
    }

    void drain() {
        stream_.async_read_some(asio::buffer(discard_),
                                [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                    self->discarded_ += n;
                                    if (ec || self->discarded_ > linger_bytes) return self->close();
                                    self->drain();
                                });
    }

    void close_if_idle() {
        // Only a connection with no request bytes in hand is idle; one mid-request finishes it.
        if (state_ == State::waiting && buffer_.size() == 0) {
            beast::error_code ignored;
            stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
            stream_.cancel();
        }
    }

    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream_.socket().close(ignored);
    }

    beast::tcp_stream stream_;
    SessionContext& context_;
    std::uint64_t id_ = 0;
    std::string client_;  // The peer's address, for sign-in rate limits.
    State state_ = State::waiting;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    std::optional<bhttp::response<bhttp::empty_body>> continue_;
    Response response_;  // Owns the bytes reply_ points at until the write completes.
    std::optional<bhttp::response<bhttp::span_body<const char>>> reply_;
    std::optional<bhttp::response_serializer<bhttp::span_body<const char>>> serializer_head_;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    bool linger_ = false;
    std::size_t discarded_ = 0;
    std::array<char, 16 * 1024> discard_{};
};

}  // namespace

void start_session(tcp::socket socket, SessionContext& context) {
    std::make_shared<Session>(std::move(socket), context)->start();
}

void close_idle_sessions(SessionContext& context) {
    std::lock_guard lock(context.mutex);
    for (auto& [id, close] : context.close_if_idle) close();
}

std::size_t open_sessions(SessionContext& context) {
    std::lock_guard lock(context.mutex);
    return context.close_if_idle.size();
}

void log_failure(const boost::system::error_code& ec, const char* step) {
    if (ec == asio::error::operation_aborted) return;
    std::fprintf(stderr, "%s: %s\n", step, ec.message().c_str());
}

}  // namespace mssops::http
