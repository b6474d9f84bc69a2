#include "http/alert_task.hpp"

#include <cstdio>

#include "app/alert_run.hpp"

namespace mssops::http {

namespace {

// Errors are printed to stderr, not returned: the next run tries again.
void run_once(store::Store& store, const AlertTaskOptions& options, int stale_after_days,
              const domain::ExchangeRateTable* rates) {
    app::AlertRunSettings settings;
    settings.stale_after_days = stale_after_days;
    settings.rates = rates;
    settings.retry = app::RetryPolicy{options.retry_delay, options.max_attempts};
    settings.sender.ca_file = options.webhook_ca_file;
    for (const auto& error : app::run_alerts_once(store, settings, {"system:alerts"}))
        std::fprintf(stderr, "%s: %s\n", error.field.c_str(), error.message.c_str());
}

}  // namespace

AlertTask::AlertTask(store::Store& store, const AlertTaskOptions& options, int stale_after_days,
                     const domain::ExchangeRateTable* rates)
    : store_(store), options_(options), stale_after_days_(stale_after_days), rates_(rates) {
    if (options_.interval.count() > 0) thread_ = std::thread([this] { run(); });
}

AlertTask::~AlertTask() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void AlertTask::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        lock.unlock();
        run_once(store_, options_, stale_after_days_, rates_);
        lock.lock();
        wake_.wait_for(lock, options_.interval, [this] { return stopping_; });
    }
}

}  // namespace mssops::http
