#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <memory>
#include <vector>

#include "domain/result.hpp"
#include "http/session.hpp"

namespace mssops::http {

/// Accepts connections on the first of `contexts` and starts a session for each on the next context
/// in turn, so that connections spread over the server's threads (each context has one thread).
class Listener : public std::enable_shared_from_this<Listener> {
public:
    /// Binds and listens on `endpoint`; unavailable naming the address when that fails.
    static domain::Result<std::shared_ptr<Listener>> open(std::vector<boost::asio::io_context*> contexts,
                                                          const boost::asio::ip::tcp::endpoint& endpoint,
                                                          SessionContext& context);

    Listener(std::vector<boost::asio::io_context*> contexts, SessionContext& context);

    /// The port actually bound (the ephemeral one when 0 was asked for).
    unsigned short port() const;
    /// Starts accepting.
    void start();
    /// Stops accepting; connections already open carry on.
    void stop();

private:
    void accept();

    std::vector<boost::asio::io_context*> contexts_;  // Not empty.
    std::size_t next_context_ = 0;                    // Touched only by the acceptor's handlers.
    boost::asio::ip::tcp::acceptor acceptor_;
    SessionContext& context_;
};

}  // namespace mssops::http
