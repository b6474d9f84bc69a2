#include "app/alert_run.hpp"

#include <chrono>

namespace mssops::app {

std::vector<domain::Error> run_alerts_once(store::Store& store, const AlertRunSettings& settings,
                                           const store::Actor& who) {
    std::vector<domain::Error> errors;
    AlertSettings alert_settings;
    alert_settings.today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    alert_settings.stale_after_days = settings.stale_after_days;
    alert_settings.rates = settings.rates;
    if (auto raised = raise_alerts(store, alert_settings, who); !raised) {
        auto error = raised.error();
        error.field = "alerts: " + error.field;
        errors.push_back(std::move(error));
    }
    if (auto delivered = deliver_due(store, webhook_sender(settings.sender), settings.retry, who);
        !delivered) {
        auto error = delivered.error();
        error.field = "alert deliveries: " + error.field;
        errors.push_back(std::move(error));
    }
    return errors;
}

}  // namespace mssops::app
