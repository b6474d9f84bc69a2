#pragma once

#include <vector>

#include "app/alerts.hpp"
#include "app/webhook_sender.hpp"
#include "domain/error.hpp"
#include "domain/exchange_rates.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// What one run of the alert task reads besides the store.
struct AlertRunSettings {
    int stale_after_days = 90;                         // As `serve --stale-after`.
    const domain::ExchangeRateTable* rates = nullptr;  // For the funding runway; none skips it.
    RetryPolicy retry;
    WebhookSenderOptions sender;
};

/// One run: raises the alerts new today, then tries every due delivery with webhook_sender. Returns
/// the errors met (none when all went well), each step's error naming the step in its field; a failed
/// step does not stop the next, and the next run tries again.
std::vector<domain::Error> run_alerts_once(store::Store& store, const AlertRunSettings& settings,
                                           const store::Actor& who);

}  // namespace mssops::app
