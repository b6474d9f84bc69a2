#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <memory>

#include "domain/result.hpp"
#include "http/session.hpp"

namespace mssops::http {

/// Accepts connections and starts a session for each, on its own strand.
class Listener : public std::enable_shared_from_this<Listener> {
public:
    /// Binds and listens on `endpoint`; unavailable naming the address when that fails.
    static domain::Result<std::shared_ptr<Listener>> open(boost::asio::io_context& io,
                                                          const boost::asio::ip::tcp::endpoint& endpoint,
                                                          SessionContext& context);

    Listener(boost::asio::io_context& io, SessionContext& context);

    /// The port actually bound (the ephemeral one when 0 was asked for).
    unsigned short port() const;
    /// Starts accepting.
    void start();
    /// Stops accepting; connections already open carry on.
    void stop();

private:
    void accept();

    boost::asio::io_context& io_;
    boost::asio::ip::tcp::acceptor acceptor_;
    SessionContext& context_;
};

}  // namespace mssops::http
