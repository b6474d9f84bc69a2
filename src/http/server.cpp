#include "http/server.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

#include "http/listener.hpp"
#include "http/session.hpp"

namespace mssops::http {

namespace asio = boost::asio;
using domain::Error;

namespace {

/// Polls until every session has closed or the grace period is over, then lets the pool return.
void drain(asio::steady_timer& timer, asio::io_context& io, SessionContext& context,
           std::chrono::steady_clock::time_point deadline) {
    if (open_sessions(context) == 0) return;
    if (std::chrono::steady_clock::now() >= deadline) {
        std::fprintf(stderr, "shutdown: %zu connections still busy after the grace period; closing them\n",
                     open_sessions(context));
        io.stop();
        return;
    }
    // A session may have been waiting for its first header when the signal came.
    close_idle_sessions(context);
    timer.expires_after(std::chrono::milliseconds(50));
    timer.async_wait([&timer, &io, &context, deadline](boost::system::error_code ec) {
        if (!ec) drain(timer, io, context, deadline);
    });
}

}  // namespace

domain::Result<void> run_server(const ServerOptions& options, const Dispatcher& dispatcher) {
    unsigned threads =
        options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    // The context outlives the io_context: sessions still queued at a forced stop unregister from it
    // when the io_context destroys them.
    SessionContext context{options, dispatcher};
    asio::io_context io(static_cast<int>(threads));

    boost::system::error_code ec;
    auto address = asio::ip::make_address(options.address, ec);
    if (ec)
        return Error::invalid("address", "must be an IPv4 or IPv6 address, got \"" + options.address + "\"");
    auto listener = Listener::open(io, {address, options.port}, context);
    if (!listener) return listener.error();
    (*listener)->start();

    asio::steady_timer drain_timer(io);
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](boost::system::error_code ec, int signal) {
        if (ec) return;
        std::fprintf(stderr, "shutdown: signal %d; finishing in-flight requests\n", signal);
        context.stopping = true;
        (*listener)->stop();
        close_idle_sessions(context);
        drain(drain_timer, io, context, std::chrono::steady_clock::now() + options.shutdown_grace);
    });

    std::string host = address.is_v6() ? "[" + options.address + "]" : options.address;
    std::printf("listening on http://%s:%u\n", host.c_str(), static_cast<unsigned>((*listener)->port()));
    std::fflush(stdout);

    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
    io.run();
    for (auto& thread : pool) thread.join();
    return {};
}

}  // namespace mssops::http
