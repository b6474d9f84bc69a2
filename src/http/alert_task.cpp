#include "http/alert_task.hpp"

#include <cstdio>

#include "app/alerts.hpp"
#include "http/webhook_sender.hpp"

namespace mssops::http {

void run_alerts_once(store::Store& store, const AlertTaskOptions& options, int stale_after_days,
                     const domain::ExchangeRateTable* rates) {
    const store::Actor who{"system:alerts"};
    app::AlertSettings settings;
    settings.today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    settings.stale_after_days = stale_after_days;
    settings.rates = rates;
    if (auto raised = app::raise_alerts(store, settings, who); !raised)
        std::fprintf(stderr, "alerts: %s: %s\n", raised.error().field.c_str(),
                     raised.error().message.c_str());
    app::RetryPolicy policy{options.retry_delay, options.max_attempts};
    if (auto delivered = app::deliver_due(store, webhook_sender(), policy, who); !delivered)
        std::fprintf(stderr, "alert deliveries: %s: %s\n", delivered.error().field.c_str(),
                     delivered.error().message.c_str());
}

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
        run_alerts_once(store_, options_, stale_after_days_, rates_);
        lock.lock();
        wake_.wait_for(lock, options_.interval, [this] { return stopping_; });
    }
}

}  // namespace mssops::http
