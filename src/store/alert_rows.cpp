#include "store/alert_rows.hpp"

namespace mssops::store {

RaisedAlert alert_from_row(const StoredRow& row) {
    RaisedAlert alert;
    alert.id = row.integer(0);
    alert.key = row.text(1);
    alert.kind = row.text(2);
    alert.mission = row.text(3);
    alert.severity = row.text(4);
    alert.title = row.text(5);
    alert.detail = row.text(6);
    alert.figures = string_list_of(row.text(7));
    alert.source_ids = string_list_of(row.text(8));
    if (!row.is_null(9)) alert.value = row.integer(9);
    alert.first_seen = row.text(10);
    alert.messages = row.text(11);
    return alert;
}

AlertDelivery delivery_from_row(const StoredRow& row) {
    return AlertDelivery{row.integer(0), row.integer(1), row.integer(2), row.text(3), row.text(4),
                         row.text(5),    row.integer(6), row.text(7),    row.text(8), {}};
}

DeliveryAttempt attempt_from_row(const StoredRow& row) {
    return DeliveryAttempt{row.integer(0), row.text(1), row.integer(2), row.text(3)};
}

}  // namespace mssops::store
