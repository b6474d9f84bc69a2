#include "http/session.hpp"

#include <array>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/ascii_text.hpp"
#include "http/dispatcher.hpp"
#include "http/problem.hpp"
#include "http/security_headers.hpp"
#include "http/upload_file.hpp"

namespace mssops::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

using domain::lower_ascii;

constexpr std::uint32_t header_limit = 16 * 1024;
constexpr auto linger_time = std::chrono::seconds(2);
constexpr std::size_t linger_bytes = 8 * 1024 * 1024;

bool is_protocol_error(const boost::system::error_code& ec) {
    return &ec.category() == &bhttp::make_error_code(bhttp::error::bad_method).category();
}

/// One connection: reads a request, answers it through the dispatcher, and loops while keep-alive holds.
/// Every step runs on the connection's io_context, which one thread runs, so no two steps of one
/// session run at once.
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, SessionContext& context) : stream_(std::move(socket)), context_(context) {
        beast::error_code ec;
        auto peer = stream_.socket().remote_endpoint(ec);
        if (!ec) peer_ = peer.address().to_string();
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
        upload_.reset();
        // The header alone first: the route it names decides where the body goes and how large it may be.
        header_parser_.emplace();
        header_parser_->header_limit(header_limit);
        header_parser_->body_limit(boost::none);  // Checked in on_header, against the route's limit.
        stream_.expires_after(context_.options.header_timeout);
        bhttp::async_read_header(stream_, buffer_, *header_parser_,
                                 beast::bind_front_handler(&Session::on_header, shared_from_this()));
    }

    void on_header(beast::error_code ec, std::size_t) {
        state_ = State::busy;
        if (ec) return on_read_error(ec);
        started_ = std::chrono::steady_clock::now();
        const auto& header = header_parser_->get();
        const bool expects_continue = lower_ascii(header[bhttp::field::expect]) == "100-continue";
        const unsigned version = header.version();
        to_file_ = context_.dispatcher.request_body(method_from_text(header.method_string()),
                                                    header.target()) == RequestBody::file;
        limit_ = to_file_ ? context_.options.import_limit : context_.options.body_limit;
        // A declared length over the limit is refused before a byte of the body is read.
        if (auto length = header_parser_->content_length(); length && *length > limit_)
            return on_read_error(bhttp::error::body_limit);
        if (to_file_) {
            Request early = request_of(header);
            if (auto refused = context_.dispatcher.refuse_before_body(header.target(), early))
                return send_refusal(std::move(*refused), early.request_id);
            auto upload = UploadFile::create(context_.options.upload_dir);
            if (!upload) {
                std::fprintf(stderr, "upload: %s\n", upload.error().message.c_str());
                return send_problem(503, "the server cannot store the request body now; try again later");
            }
            upload_.emplace(std::move(upload).value());
            file_parser_.emplace(std::move(*header_parser_));
            file_parser_->body_limit(limit_);
            beast::error_code opened;
            file_parser_->get().body().open(upload_->path().c_str(), beast::file_mode::write, opened);
            if (opened) {
                log_failure(opened, "upload");
                return send_problem(503, "the server cannot store the request body now; try again later");
            }
        } else {
            parser_.emplace(std::move(*header_parser_));
            parser_->body_limit(limit_);
        }
        header_parser_.reset();
        // curl and others wait for this before sending a large body.
        if (expects_continue) {
            continue_.emplace(bhttp::status::continue_, version);
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
        if (file_parser_)
            return bhttp::async_read(stream_, buffer_, *file_parser_,
                                     beast::bind_front_handler(&Session::on_read, shared_from_this()));
        bhttp::async_read(stream_, buffer_, *parser_,
                          beast::bind_front_handler(&Session::on_read, shared_from_this()));
    }

    void on_read_error(beast::error_code ec) {
        file_parser_.reset();
        upload_.reset();
        if (ec == bhttp::error::body_limit) {
            if (to_file_)
                return send_problem(413, "the request body exceeds the import limit of " +
                                             std::to_string(limit_) +
                                             " bytes; the server's --import-limit sets it");
            return send_problem(413,
                                "the request body exceeds the limit of " + std::to_string(limit_) + " bytes");
        }
        if (ec == bhttp::error::header_limit) return send_problem(431, "the request header is too large");
        // A client that closes between requests, or too slowly sends one, simply loses its connection.
        if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
            ec == beast::error::timeout || ec == asio::error::connection_reset)
            return close();
        if (is_protocol_error(ec)) return send_problem(400, "malformed HTTP request: " + ec.message());
        log_failure(ec, "read");
        close();
    }

    /// The request as handlers see it, from the header; the caller sets the body.
    Request request_of(const bhttp::request_header<>& header) const {
        Request request;
        request.method = method_from_text(header.method_string());
        std::vector<std::string> forwarded_for;
        for (const auto& field : header) {
            std::string name = lower_ascii(field.name_string());
            if (name == "x-forwarded-for") forwarded_for.emplace_back(field.value());
            request.headers[std::move(name)] = std::string(field.value());
        }
        request.request_id = request_id_for(request.header("x-request-id"));
        request.client = client_address(peer_, forwarded_for, context_.trusted_proxies);
        return request;
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec) return on_read_error(ec);
        std::optional<bhttp::request<bhttp::file_body>> file_message;
        std::optional<bhttp::request<bhttp::string_body>> text_message;
        Request request;
        if (file_parser_) {
            file_message.emplace(file_parser_->release());
            file_parser_.reset();
            // Closed before the handler opens it to read.
            file_message->body().close();
            request = request_of(*file_message);
            request.body_file = upload_->path();
        } else {
            text_message.emplace(parser_->release());
            request = request_of(*text_message);
            request.body = std::move(text_message->body());
        }
        const bhttp::request_header<>& message =
            file_message ? static_cast<const bhttp::request_header<>&>(*file_message) : *text_message;
        const bool keep_alive = file_message ? file_message->keep_alive() : text_message->keep_alive();
        std::string target(message.target());
        bool head = message.method() == bhttp::verb::head;
        // An answer that costs no store work is sent from this thread; the rest goes to the workers,
        // so one slow request never holds up the other connections of this thread.
        auto at_once = context_.dispatcher.answer_at_once(target, request);
        if (at_once || !context_.run_work) {
            response_ = at_once ? std::move(*at_once) : context_.dispatcher.handle(target, request);
            upload_.reset();
            return send(head, message.version(), keep_alive && !context_.stopping, request.request_id,
                        to_text(request.method), target);
        }
        const bool write = request.method != Method::get && request.method != Method::head;
        context_.run_work(write, [self = shared_from_this(), request = std::move(request), target, head,
                                  version = message.version(), keep_alive]() mutable {
            Response response = self->context_.dispatcher.handle(target, request);
            asio::post(self->stream_.get_executor(),
                       [self, response = std::move(response), request = std::move(request), target, head,
                        version, keep_alive]() mutable {
                           // The uploaded file lives until its handler has read it.
                           self->upload_.reset();
                           self->response_ = std::move(response);
                           self->send(head, version, keep_alive && !self->context_.stopping,
                                      request.request_id, to_text(request.method), target);
                       });
        });
    }

    void send_problem(int status, std::string detail) {
        std::string request_id = request_id_for({});
        send_refusal(protocol_problem(status, std::move(detail), request_id), request_id);
    }

    /// Answers without reading the request's body, then closes.
    void send_refusal(Response response, const std::string& request_id) {
        header_parser_.reset();
        response_ = std::move(response);
        // The client may still be sending what we refused; closing now would reset the connection
        // and could destroy our answer before it reads it (RFC 9112 section 9.6).
        linger_ = true;
        send(false, 11, false, request_id, "-", "-");
    }

    /// The status line and headers every answer carries.
    template <class Message>
    void set_header(Message& response, unsigned version, bool keep_alive, const std::string& request_id) {
        response.version(version);
        response.result(static_cast<unsigned>(response_.status));
        response.set(bhttp::field::content_type, response_.content_type);
        response.set("X-Request-Id", request_id);
        // Every answer passes here, protocol errors included; a route's own headers may replace these.
        for (const auto& [name, value] : security_headers()) response.set(name, value);
        for (const auto& [name, value] : response_.headers) response.set(name, value);
        response.keep_alive(keep_alive);
    }

    /// Sends an export's file from disk, a buffer at a time, so its size never sits in memory.
    bool send_file(unsigned version, bool keep_alive, const std::string& request_id, std::uintmax_t size) {
        bhttp::file_body::value_type body;
        beast::error_code ec;
        body.open(response_.body_file->path().c_str(), beast::file_mode::scan, ec);
        if (ec) {
            log_failure(ec, "export");
            return false;
        }
        auto& response = file_reply_.emplace();
        set_header(response, version, keep_alive, request_id);
        response.body() = std::move(body);
        response.prepare_payload();
        keep_alive_ = keep_alive;
        // The whole write shares one deadline: a large export gets a second more per 256 KiB, so a
        // slow reader still finishes, and one that stops reading is still cut off.
        stream_.expires_after(context_.options.body_timeout + std::chrono::seconds(size / (256 * 1024)));
        bhttp::async_write(stream_, response,
                           beast::bind_front_handler(&Session::on_write, shared_from_this()));
        return true;
    }

    void send(bool head, unsigned version, bool keep_alive, const std::string& request_id,
              std::string_view method, const std::string& target) {
        std::uintmax_t file_size = 0;
        if (response_.body_file) {
            std::error_code ec;
            file_size = std::filesystem::file_size(response_.body_file->path(), ec);
            if (ec)
                response_ = protocol_problem(503, "the export could not be read back; try again", request_id);
        }
        if (context_.options.access_log) {
            double millis =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_)
                    .count();
            std::fprintf(
                stderr, "%s %s %s %d %zu %.2fms\n", request_id.c_str(), std::string(method).c_str(),
                target.c_str(), response_.status,
                response_.body_file ? static_cast<std::size_t>(file_size) : response_.payload().size(),
                millis);
        }
        stream_.expires_after(context_.options.body_timeout);
        if (response_.body_file && !head) {
            if (send_file(version, keep_alive, request_id, file_size)) return;
            response_ = protocol_problem(503, "the export could not be read back; try again", request_id);
        }
        auto& response = reply_.emplace();
        set_header(response, version, keep_alive, request_id);
        keep_alive_ = keep_alive;
        std::string_view payload = response_.payload();
        if (response_.status == 304 || response_.status == 204) {
            response.erase(bhttp::field::content_type);
        } else if (head) {
            // HEAD: the length GET would send, and no body.
            response.content_length(response_.body_file ? file_size : payload.size());
        } else {
            response.body() = bhttp::span_body<const char>::value_type(payload.data(), payload.size());
            response.prepare_payload();
        }
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
        bool keep_alive = keep_alive_;
        reply_.reset();
        file_reply_.reset();
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
    std::string peer_;  // The peer's address; the client's unless a trusted proxy forwards for it.
    State state_ = State::waiting;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::empty_body>> header_parser_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    std::optional<bhttp::request_parser<bhttp::file_body>> file_parser_;
    std::optional<UploadFile> upload_;  // The body of an import route, removed once answered.
    bool to_file_ = false;              // This request's body goes to upload_.
    std::size_t limit_ = 0;             // This request's body limit.
    std::optional<bhttp::response<bhttp::empty_body>> continue_;
    Response response_;  // Owns the bytes reply_ points at until the write completes.
    std::optional<bhttp::response<bhttp::span_body<const char>>> reply_;
    std::optional<bhttp::response_serializer<bhttp::span_body<const char>>> serializer_head_;
    std::optional<bhttp::response<bhttp::file_body>> file_reply_;  // An export streamed from its file.
    bool keep_alive_ = false;                                      // Of the answer being written.
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
