#pragma once

#include "store/alert_store.hpp"
#include "store/stored_row.hpp"

namespace mssops::store {

// How alerts and their deliveries are read from rows, the same on every backend.

/// "SELECT id, key, kind, ... FROM alerts ": what alert_from_row() reads; a WHERE follows.
inline constexpr const char* alert_select =
    "SELECT id, key, kind, mission, severity, title, detail, figures, source_ids, value, first_seen, "
    "messages FROM alerts ";
/// The deliveries joined with their webhooks: what delivery_from_row() reads.
inline constexpr const char* delivery_select =
    "SELECT d.id, d.webhook_id, d.alert_id, w.user_name, w.url, d.status, d.attempts, d.next_try, "
    "d.created_at "
    "FROM alert_deliveries d JOIN alert_webhooks w ON w.id = d.webhook_id ";

/// Reads a row of alert_select.
RaisedAlert alert_from_row(const StoredRow& row);
/// Reads a row of delivery_select, without its attempts.
AlertDelivery delivery_from_row(const StoredRow& row);
/// Reads a row of "SELECT attempt, at, http_status, error FROM alert_delivery_attempts".
DeliveryAttempt attempt_from_row(const StoredRow& row);

}  // namespace mssops::store
