// How a stored record reads in one line, so lists and the Sources page can name what cites a source.

import type { ApiRecord } from "./api";
import { count, date, label } from "./format";
import { t } from "./i18n";

function text(record: ApiRecord, field: string): string {
  const value = record[field];
  if (Array.isArray(value)) return value.join(", ");
  return value === undefined || value === null ? "" : String(value);
}

/** A one-line description of a record of any kind. */
export function describe(record: ApiRecord): string {
  switch (record.kind) {
    case "deployment_events":
      return t("records.deployment_event", { count: count(record.count as number), personnel_type: label(text(record, "personnel_type")), event: label(record.event), country: text(record, "country") });
    case "strength_reports":
      return t("records.v0_v1_v2_on_hand", { v0: label(record.qualifier ?? ""), v1: count(record.count as number), v2: label(text(record, "personnel_type")) }).trim();
    case "strength_targets":
      return t("records.target_v0_v1_by_v2", { v0: count(record.number as number), v1: label(text(record, "personnel_type")), v2: date(text(record, "by_date")) });
    case "funding_flows":
      return `${text(record, "donor")} → ${text(record, "recipient")}: ${text(record, "amount")} ${text(record, "currency")} (${text(record, "status")})`;
    case "resolutions":
      return t("records.resolution", { symbol: text(record, "symbol") || t("records.resolution_number", { number: text(record, "number") }), action: label(text(record, "action")), mandate: record.mandate_end ? t("records.mandate_to", { day: date(text(record, "mandate_end")) }) : "" });
    case "positions":
      return t("records.position", { actor: text(record, "actor"), stance: label(record.stance), subject: label(record.subject) });
    case "engagements":
      return text(record, "summary");
    case "incidents":
      return t("records.incident", { event_type: text(record, "event_type"), place: text(record, "admin1") || text(record, "location") || t("records.unknown_place"), killed: record.fatalities ? t("records.killed", { fatalities: text(record, "fatalities") }) : "" });
    case "persons":
      return `${text(record, "name")}, ${text(record, "role")}`;
    case "council_memberships":
      return `${text(record, "country")} (${text(record, "seat")}) ${text(record, "term_start")}${record.term_end ? `–${text(record, "term_end")}` : ""}`;
    case "expenditures":
      return `${text(record, "month")} ${text(record, "category")}: $${text(record, "amount_usd")}`;
    default:
      return text(record, "name") || text(record, "title") || text(record, "key") || `#${record.id}`;
  }
}

/** The date a record is about, for sorting and display. */
export function record_date(record: ApiRecord): string {
  for (const field of ["date", "adopted", "by_date", "published", "month", "from", "start_date"]) {
    if (typeof record[field] === "string") return record[field] as string;
  }
  return "";
}
