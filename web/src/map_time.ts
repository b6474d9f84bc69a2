// The map's clock: the weeks or months a time slider steps through. Weeks are ISO weeks (Monday to
// Sunday), as the server's aggregate counts them, so a slider step and an aggregate period agree.
import { locale, t } from "./i18n";
import { date } from "./format";

/** How far one step of the slider goes. */
export type Step = "week" | "month";

const day_ms = 86400 * 1000;

function parse_day(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? null : day;
}

function day_text(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The first day of the week (its Monday) or month holding `day` ("YYYY-MM-DD"); "" for a bad date. */
export function period_start(day: string, step: Step): string {
  const parsed = parse_day(day.slice(0, 10));
  if (!parsed) return "";
  if (step === "month") return `${day.slice(0, 7)}-01`;
  const weekday = (parsed.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6.
  return day_text(new Date(parsed.getTime() - weekday * day_ms));
}

/** The last day of the period starting on `start`. */
export function period_end(start: string, step: Step): string {
  const parsed = parse_day(start);
  if (!parsed) return "";
  if (step === "week") return day_text(new Date(parsed.getTime() + 6 * day_ms));
  return day_text(new Date(Date.UTC(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, 0)));
}

/** The start of the period after the one starting on `start`. */
export function next_period(start: string, step: Step): string {
  return day_text(new Date(Date.parse(`${period_end(start, step)}T00:00:00Z`) + day_ms));
}

/** Every period from the one holding `first` to the one holding `last`, in order, at most `cap`. */
export function periods_between(first: string, last: string, step: Step, cap = 1000): string[] {
  const periods: string[] = [];
  const end = period_start(last, step);
  for (let start = period_start(first, step); start && start <= end && periods.length < cap; start = next_period(start, step)) {
    periods.push(start);
  }
  return periods;
}

/** The days a period covers within the range [from, to] (either may be empty: unbounded). */
export function clip(start: string, step: Step, from = "", to = ""): { from: string; to: string } {
  const end = period_end(start, step);
  return { from: from && from > start ? from : start, to: to && to < end ? to : end };
}

/** "week of 2024-10-07 (to 2024-10-13)" or "October 2024". */
export function period_label(start: string, step: Step): string {
  if (step === "week") return t("map_time.week_of_start_to_v1", { start: date(start), v1: date(period_end(start, step)) });
  const parsed = parse_day(start);
  return parsed ? parsed.toLocaleDateString(locale(), { month: "long", year: "numeric", timeZone: "UTC" }) : start;
}
