#include "http/server.hpp"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include "http/listener.hpp"
#include "http/session.hpp"

namespace mssops::http {

namespace asio = boost::asio;
using domain::Error;

namespace {

/// The server's threads, each running its own io_context: a connection stays on one thread, so no
/// thread has to wake another to run its next step (with one shared io_context that cost a futex
/// call or more per request).
class ThreadContexts {
public:
    explicit ThreadContexts(unsigned threads) {
        for (unsigned i = 0; i < threads; ++i) {
            contexts_.push_back(std::make_unique<asio::io_context>(1));
            // A context without a connection would otherwise return from run() at once.
            keep_running_.push_back(asio::make_work_guard(*contexts_.back()));
        }
    }

    asio::io_context& first() { return *contexts_.front(); }
    std::vector<asio::io_context*> all() {
        std::vector<asio::io_context*> pointers;
        for (auto& context : contexts_) pointers.push_back(context.get());
        return pointers;
    }
    /// Lets each context return from run() once its work is done.
    void release() { keep_running_.clear(); }
    /// Makes every context return from run() now.
    void stop() {
        for (auto& context : contexts_) context->stop();
    }
    /// Runs the first context on this thread and each other one on a thread of its own.
    void run() {
        std::vector<std::thread> pool;
        for (std::size_t i = 1; i < contexts_.size(); ++i)
            pool.emplace_back([context = contexts_[i].get()] { context->run(); });
        contexts_.front()->run();
        for (auto& thread : pool) thread.join();
    }

private:
    std::vector<std::unique_ptr<asio::io_context>> contexts_;
    std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_running_;
};

/// Polls until every session has closed or the grace period is over, then lets the threads return.
void drain(asio::steady_timer& timer, ThreadContexts& threads, SessionContext& context,
           std::chrono::steady_clock::time_point deadline) {
    if (open_sessions(context) == 0) return threads.release();
    if (std::chrono::steady_clock::now() >= deadline) {
        std::fprintf(stderr, "shutdown: %zu connections still busy after the grace period; closing them\n",
                     open_sessions(context));
        threads.stop();
        return;
    }
    // A session may have been waiting for its first header when the signal came.
    close_idle_sessions(context);
    timer.expires_after(std::chrono::milliseconds(50));
    timer.async_wait([&timer, &threads, &context, deadline](boost::system::error_code ec) {
        if (!ec) drain(timer, threads, context, deadline);
    });
}

}  // namespace

domain::Result<void> run_server(const ServerOptions& options, const Dispatcher& dispatcher) {
    unsigned thread_count =
        options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    // The context outlives the io_contexts: sessions still queued at a forced stop unregister from it
    // when their io_context destroys them.
    auto proxies = TrustedProxies::parse(options.trusted_proxies);
    if (!proxies) return proxies.error();
    SessionContext context{options, dispatcher, std::move(proxies).value()};
    // Handlers run here, off the io threads: reads on a pool as large as the io threads, writes on
    // one thread of their own, so a short write never queues behind a long read or an export, and
    // writers (who take one store lock in turn anyway) do not occupy the readers' threads. Declared
    // before the io threads: a handler still running at a forced stop posts to a live context.
    asio::thread_pool readers(thread_count);
    asio::thread_pool writer(1);
    context.run_work = [&readers, &writer](bool write, std::function<void()> work) {
        if (write)
            asio::post(writer, std::move(work));
        else
            asio::post(readers, std::move(work));
    };
    ThreadContexts threads(thread_count);
    asio::io_context& io = threads.first();

    boost::system::error_code ec;
    auto address = asio::ip::make_address(options.address, ec);
    if (ec)
        return Error::invalid("address", "must be an IPv4 or IPv6 address, got \"" + options.address + "\"");
    auto listener = Listener::open(threads.all(), {address, options.port}, context);
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
        drain(drain_timer, threads, context, std::chrono::steady_clock::now() + options.shutdown_grace);
    });

    std::string host = address.is_v6() ? "[" + options.address + "]" : options.address;
    std::printf("listening on http://%s:%u\n", host.c_str(), static_cast<unsigned>((*listener)->port()));
    std::fflush(stdout);

    threads.run();
    // Handlers in flight finish; their answers go nowhere, as the io threads have stopped.
    readers.join();
    writer.join();
    return {};
}

}  // namespace mssops::http
