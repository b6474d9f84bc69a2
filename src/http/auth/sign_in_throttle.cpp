#include "http/auth/sign_in_throttle.hpp"

#include <algorithm>

namespace mssops::http::auth {

using std::chrono::seconds;
using time_point = std::chrono::system_clock::time_point;

namespace {

// The wait until `failure` leaves the window, never less than a second: a client told "0" would
// retry at once and be refused again.
seconds until_out_of_window(const ThrottleSettings& settings, std::optional<time_point> failure,
                            time_point now) {
    const time_point at = failure.value_or(now);
    return std::max(std::chrono::ceil<seconds>(at + settings.window - now), seconds(1));
}

}  // namespace

std::optional<Throttled> throttle(const ThrottleSettings& settings, const SignInHistory& history,
                                  time_point now) {
    std::optional<Throttled> refused;
    auto refuse = [&refused](ThrottleReason reason, seconds wait) {
        if (!refused) {
            refused = Throttled{reason, wait};
            return;
        }
        // The address reason is the wider one, so it names the refusal when both hold.
        if (reason == ThrottleReason::address) refused->reason = reason;
        refused->retry_after = std::max(refused->retry_after, wait);
    };

    // The sliding window drops the oldest failure first; the count may still be at the limit then,
    // so the wait is a lower bound and the next attempt may be told to wait again.
    if (history.from_address.count >= settings.address_limit)
        refuse(ThrottleReason::address, until_out_of_window(settings, history.from_address.oldest, now));

    const FailureTally& pair = history.on_account_from_address;
    if (pair.count >= settings.account_limit)
        refuse(ThrottleReason::account, until_out_of_window(settings, pair.oldest, now));

    const bool locked = history.on_account.count >= settings.account_limit;
    if (locked && pair.count >= 1) {
        // Either the lock ends (its oldest failure leaves the window) or this address's part in it does.
        const seconds wait = std::min(until_out_of_window(settings, history.on_account.oldest, now),
                                      until_out_of_window(settings, pair.newest, now));
        refuse(ThrottleReason::account, wait);
    }
    return refused;
}

}  // namespace mssops::http::auth
