// How numbers and dates read on the dashboard: one place, so every page agrees.

const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });
const compactUsd = new Intl.NumberFormat("en", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  maximumFractionDigits: 1,
});
const fullUsd = new Intl.NumberFormat("en", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** 2500 -> "2,500"; a missing value reads as an en dash, never as zero. */
export function count(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? whole.format(value) : "–";
}

/** 0.473 -> "47.3%". */
export function share(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? percent.format(value) : "–";
}

/** 12500000 -> "$12.5M" (compact) or "$12,500,000". */
export function usd(value: number | null | undefined, compact = false): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  return compact ? compactUsd.format(value) : fullUsd.format(value);
}

/** A date as the source gave it: "2025-10-02", "2025-01" or "2024-09~" keep their precision. */
export function date(value: unknown): string {
  return typeof value === "string" && value !== "" ? value : "–";
}

/** Seconds since the epoch (UTC) for an ISO date of any precision, for chart axes. */
export function epochSeconds(value: string): number {
  const text = value.replace(/^~|~$/g, "");
  const padded = /^\d{4}$/.test(text) ? `${text}-01-01` : /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text.slice(0, 10);
  return Date.parse(`${padded}T00:00:00Z`) / 1000;
}

/** "withdrew_support" -> "withdrew support". */
export function label(value: unknown): string {
  return typeof value === "string" ? value.replaceAll("_", " ") : "–";
}
