// How numbers and dates read on the dashboard: one place, so every page agrees, in the user's language.

import { locale, t, term } from "./i18n";

// Haitian Creole has no number or calendar data in the browser's ICU: numbers follow Haiti's French
// conventions (fr-HT) and month names come from the catalog.
function number_locale(): string {
  return locale() === "ht" ? "fr-HT" : locale();
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${number_locale()}:${name}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(number_locale(), options);
    formatters.set(key, found);
  }
  return found;
}

/** 2500 -> "2,500" (English) or "2 500" (French); a missing value reads as an en dash, never as zero. */
export function count(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? formatter("whole", { maximumFractionDigits: 0 }).format(value) : "–";
}

/** 4.25 -> "4.3" (English) or "4,3" (French): one decimal, in the reader's way. */
export function tenths(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value)
    ? formatter("tenths", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
    : "–";
}

/** 0.473 -> "47.3%". */
export function share(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value)
    ? formatter("percent", { style: "percent", maximumFractionDigits: 1 }).format(value)
    : "–";
}

/** A USD amount: the API sends dollars as decimal strings ("1250000.00"); null or malformed is missing. */
export function dollars(text: string | null | undefined): number | undefined {
  return typeof text === "string" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** 12500000 -> "$12.5M" (compact) or "$12,500,000", in the locale's way. */
export function usd(value: number | null | undefined, compact = false): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  return compact
    ? formatter("usd-compact", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }).format(value)
    : formatter("usd", { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(value);
}

function month_name(month: number, year: number): string {
  if (locale() === "ht") return t(`month.${month}`);
  return new Intl.DateTimeFormat(locale(), { month: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1, 1));
}

/** A month and year in the locale: "October 2024", "octobre 2024", "oktòb 2024". */
export function month_year(year: number, month: number): string {
  if (locale() === "ht") return `${t(`month.${month}`)} ${year}`;
  return new Intl.DateTimeFormat(locale(), { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, 1));
}

/** A date at the precision the source gave, in the locale: "2025-10-02" stays so in English and reads
 * "2 octobre 2025" in French, "2025-01" "janvier 2025", "2024-09~" "vers septembre 2024". */
export function date(value: unknown): string {
  if (typeof value !== "string" || value === "") return "–";
  // English keeps ISO 8601 as the source gave it ("2025-10-02", "2024-09~"): the dashboard's English
  // convention, which the figures' own text and the tests share.
  if (locale() === "en") return value;
  const match = /^(~?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~?)$/.exec(value.trim());
  if (!match) return value;
  const [, before, year_text, month_text, day_text, after] = match;
  const year = Number(year_text);
  let text: string;
  if (day_text && month_text) {
    const day = Number(day_text);
    const month = Number(month_text);
    text =
      locale() === "ht"
        ? `${day} ${month_name(month, year)} ${year}`
        : new Intl.DateTimeFormat(locale(), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
  } else if (month_text) {
    text = month_year(year, Number(month_text));
  } else {
    text = year_text;
  }
  return before || after ? t("format.about_date", { date: text }) : text;
}

/** Seconds since the epoch (UTC) for an ISO date of any precision, for chart axes. */
export function epochSeconds(value: string): number {
  const text = value.replace(/^~|~$/g, "");
  const padded = /^\d{4}$/.test(text) ? `${text}-01-01` : /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text.slice(0, 10);
  return Date.parse(`${padded}T00:00:00Z`) / 1000;
}

/** "withdrew_support" -> "withdrew support", or its translation when the catalog has one. */
export function label(value: unknown): string {
  return typeof value === "string" ? term(value) : "–";
}
