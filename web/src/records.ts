// How a stored record reads in one line, so lists and the Sources page can name what cites a source.

import type { ApiRecord } from "./api";
import { count, label } from "./format";

/** Every record kind the API serves, in the catalog's order, with a human name. */
export const record_kinds: { kind: string; name: string }[] = [
  { kind: "sources", name: "Sources" },
  { kind: "countries", name: "Countries" },
  { kind: "organisations", name: "Organisations" },
  { kind: "missions", name: "Missions" },
  { kind: "persons", name: "Persons" },
  { kind: "resolutions", name: "Resolutions" },
  { kind: "council_memberships", name: "Council memberships" },
  { kind: "strength_targets", name: "Strength targets" },
  { kind: "strength_reports", name: "Strength reports" },
  { kind: "deployment_events", name: "Deployment events" },
  { kind: "funding_flows", name: "Funding flows" },
  { kind: "expenditures", name: "Expenditures" },
  { kind: "incidents", name: "Incidents" },
  { kind: "engagements", name: "Engagements" },
  { kind: "positions", name: "Positions" },
];

function text(record: ApiRecord, field: string): string {
  const value = record[field];
  if (Array.isArray(value)) return value.join(", ");
  return value === undefined || value === null ? "" : String(value);
}

/** A one-line description of a record of any kind. */
export function describe(record: ApiRecord): string {
  switch (record.kind) {
    case "deployment_events":
      return `${count(record.count as number)} ${text(record, "personnel_type")} ${label(record.event)} · ${text(record, "country")}`;
    case "strength_reports":
      return `${label(record.qualifier ?? "")} ${count(record.count as number)} ${text(record, "personnel_type")} on hand`.trim();
    case "strength_targets":
      return `target ${count(record.number as number)} ${text(record, "personnel_type")} by ${text(record, "by_date")}`;
    case "funding_flows":
      return `${text(record, "donor")} → ${text(record, "recipient")}: ${text(record, "amount")} ${text(record, "currency")} (${text(record, "status")})`;
    case "resolutions":
      return `${text(record, "symbol") || `resolution ${text(record, "number")}`}: ${text(record, "action")}${record.mandate_end ? `, mandate to ${text(record, "mandate_end")}` : ""}`;
    case "positions":
      return `${text(record, "actor")} ${label(record.stance)} on ${label(record.subject)}`;
    case "engagements":
      return text(record, "summary");
    case "incidents":
      return `${text(record, "event_type")} in ${text(record, "admin1") || text(record, "location") || "unknown place"}${record.fatalities ? `, ${text(record, "fatalities")} killed` : ""}`;
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
