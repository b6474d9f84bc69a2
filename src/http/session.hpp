#pragma once

#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <cstdint>
#include <functional>
#include <mutex>
#include <unordered_map>

#include "http/client_address.hpp"
#include "http/server_options.hpp"

namespace mssops::http {

class Dispatcher;

/// What every connection of one server shares: its options, the dispatcher, and the registry of
/// open sessions that a graceful shutdown walks.
struct SessionContext {
    SessionContext(const ServerOptions& server_options, const Dispatcher& server_dispatcher,
                   TrustedProxies proxies = {})
        : options(server_options), dispatcher(server_dispatcher), trusted_proxies(std::move(proxies)) {}

    const ServerOptions& options;
    const Dispatcher& dispatcher;
    const TrustedProxies trusted_proxies;
    std::atomic<bool> stopping{false};
    // Runs a request's handler off the io threads: `work` on a worker (on the one writer thread when
    // `write`), which then posts the answer back to the connection's thread. Empty: on the io thread.
    std::function<void(bool write, std::function<void()> work)> run_work;

    std::mutex mutex;
    std::uint64_t next_session = 0;
    std::unordered_map<std::uint64_t, std::function<void()>> close_if_idle;  // Guarded by mutex.
};

/// Serves HTTP/1.1 requests on `socket` (keep-alive, timeouts, body limits: an import route's body
/// goes to a temporary file up to the import limit, others' into memory up to the body limit) until the
/// client closes, a timeout passes or the server stops.
void start_session(boost::asio::ip::tcp::socket socket, SessionContext& context);

/// Asks every session that is waiting for a request to close; sessions in the middle of one finish it.
void close_idle_sessions(SessionContext& context);

/// How many sessions are open.
std::size_t open_sessions(SessionContext& context);

/// Logs a socket failure with the step that failed ("accept", "read", "write"), Beast's way;
/// silent on operation_aborted, which is our own cancellation.
void log_failure(const boost::system::error_code& ec, const char* step);

}  // namespace mssops::http
