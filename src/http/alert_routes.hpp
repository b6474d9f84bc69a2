#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// /api/v1/alerts...: the caller's alerts, subscriptions, Atom feed token and feed, webhooks, and
/// (admins) the webhook delivery log.
void add_alert_routes(Router& router, store::Store& store);

}  // namespace mssops::http
