#include "http/listener.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

namespace mssops::http {

namespace asio = boost::asio;
using tcp = boost::asio::ip::tcp;
using domain::Error;

Listener::Listener(std::vector<asio::io_context*> contexts, SessionContext& context)
    : contexts_(std::move(contexts)), acceptor_(asio::make_strand(*contexts_.front())), context_(context) {}

domain::Result<std::shared_ptr<Listener>> Listener::open(std::vector<asio::io_context*> contexts,
                                                         const tcp::endpoint& endpoint,
                                                         SessionContext& context) {
    auto listener = std::make_shared<Listener>(std::move(contexts), context);
    boost::system::error_code ec;
    auto where = [&](const char* step) {
        return Error::unavailable(std::string("cannot ") + step + " " + endpoint.address().to_string() + ":" +
                                  std::to_string(endpoint.port()) + ": " + ec.message());
    };
    listener->acceptor_.open(endpoint.protocol(), ec);
    if (ec) return where("open a socket for");
    listener->acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (ec) return where("set options on");
    listener->acceptor_.bind(endpoint, ec);
    if (ec) return where("bind");
    listener->acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) return where("listen on");
    return listener;
}

unsigned short Listener::port() const {
    return acceptor_.local_endpoint().port();
}

void Listener::start() {
    accept();
}

void Listener::stop() {
    asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
        boost::system::error_code ignored;
        self->acceptor_.close(ignored);
    });
}

void Listener::accept() {
    // Each connection lives on the next context in turn. A context is run by one thread only, so its
    // handlers never run concurrently and a connection needs no strand of its own.
    asio::io_context& io = *contexts_[next_context_];
    next_context_ = (next_context_ + 1) % contexts_.size();
    acceptor_.async_accept(io, [self = shared_from_this()](boost::system::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted || !self->acceptor_.is_open()) return;
        if (ec)
            log_failure(ec, "accept");
        else
            start_session(std::move(socket), self->context_);
        self->accept();
    });
}

}  // namespace mssops::http
