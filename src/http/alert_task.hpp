#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

#include "domain/exchange_rates.hpp"
#include "http/server.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Runs app::run_alerts_once (raise alerts, deliver due webhooks) every options.interval on a thread
/// of its own, so no request waits on a slow receiver. Stops (finishing the run under way) when destroyed.
class AlertTask {
public:
    /// Starts the thread unless options.interval is 0. `rates` may be null (no runway alerts).
    AlertTask(store::Store& store, const AlertTaskOptions& options, int stale_after_days,
              const domain::ExchangeRateTable* rates);
    ~AlertTask();
    AlertTask(const AlertTask&) = delete;
    AlertTask& operator=(const AlertTask&) = delete;

private:
    void run();

    store::Store& store_;
    AlertTaskOptions options_;
    int stale_after_days_;
    const domain::ExchangeRateTable* rates_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace mssops::http
