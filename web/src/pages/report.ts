// Situation report: choose a period, read the server's HTML report in a sandboxed frame, or save it
// as Markdown or HTML. `#/report?from=YYYY-MM-DD&to=YYYY-MM-DD`; empty dates take the server's default.

import { api_path, get_text, type Problem } from "../api";
import { h, replace, section } from "../dom";
import { unavailable } from "../notice";
import type { PageContext } from "../page";
import type { Mission } from "../mission";
import { locale, t } from "../i18n";

type Field = "from" | "to";
type Format = "md" | "html";

/** A period as the form holds it: "" leaves the day to the server. */
interface Period {
  from: string;
  to: string;
}

const day_ms = 86_400_000;
const labels: Record<Field, string> = { from: t("report.from"), to: t("report.to") };

function iso_day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
function is_day(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && iso_day(Date.parse(`${text}T00:00:00Z`)) === text;
}

/** The server's default period: the 30 full days ending yesterday (UTC). */
function last_30_days(now: Date): Period {
  const yesterday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1);
  return { from: iso_day(yesterday - 29 * day_ms), to: iso_day(yesterday) };
}

/** The previous full calendar quarter (UTC). */
function last_quarter(now: Date): Period {
  const year = now.getUTCFullYear();
  const first_month = Math.floor(now.getUTCMonth() / 3) * 3;
  // Date.UTC rolls month -3 back into the previous year, and day 0 is the last day of the month before.
  return { from: iso_day(Date.UTC(year, first_month - 3, 1)), to: iso_day(Date.UTC(year, first_month, 0)) };
}

/** The period the server reports on when a day is left empty, as the server fills it in. */
function effective(period: Period, now: Date): Period {
  const to = period.to || last_30_days(now).to;
  const from = period.from || iso_day(Date.parse(`${to}T00:00:00Z`) - 29 * day_ms);
  return { from, to };
}

/** What is wrong with a period, by field; the server checks again. */
function check(period: Period): Map<Field, string> {
  const errors = new Map<Field, string>();
  for (const field of ["from", "to"] as const) {
    const value = period[field];
    if (value && !is_day(value)) errors.set(field, t("report.v0_must_be_a_day", { v0: labels[field], value }));
  }
  if (errors.size === 0 && period.from && period.to && period.from > period.to) {
    errors.set("to", t("report.to_must_be_on_or", { from: period.from, to: period.to }));
  }
  return errors;
}

function report_path(mission: Mission, period: Period, format: Format): string {
  return api_path(`missions/${encodeURIComponent(mission.slug)}/report`, { from: period.from, to: period.to, format, locale: locale() });
}

function route_for(period: Period): string {
  const query = new URLSearchParams();
  if (period.from) query.set("from", period.from);
  if (period.to) query.set("to", period.to);
  const text = query.toString();
  return `#/report${text ? `?${text}` : ""}`;
}

function date_field(field: Field, value: string): HTMLElement {
  const id = `report-${field}`;
  return h(
    "div",
    { class: "field", "data-field": field },
    h("label", { for: id }, labels[field]),
    h("input", { id, name: field, type: "date", value: is_day(value) ? value : "", "aria-describedby": `report-period-hint ${id}-error` }),
    h("p", { class: "field-error", id: `${id}-error`, "data-error-for": field, role: "alert" }),
  );
}

/** Loads the report at `path` into `frame` and resolves once it has drawn it (or after 10 s, so the page never
 * hangs). The frame loads the report route itself rather than a srcdoc copy: a srcdoc page would inherit the
 * dashboard's Content-Security-Policy, which refuses the report's inline style, while the route sends a policy
 * of its own (no script at all, inline style only) and lets only this origin frame it. */
function show_in(frame: HTMLIFrameElement, path: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    frame.addEventListener(
      "load",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    frame.src = path;
  });
}

/** Saves `text` as a file through a Blob link: the fetch carried the session cookie, a plain link might not. */
function save(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the delay only keeps the URL alive for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws the Report page. Query: from, to (YYYY-MM-DD, both optional). */
export async function render_report({ main, params, mission: current }: PageContext): Promise<void> {
  if (!current) {
    replace(main, h("h1", {}, t("report.situation_report")), h("p", { class: "notice", role: "status", "data-state": "empty" }, t("report.no_mission_is_stored_so")));
    return;
  }
  const mission: Mission = current;
  const asked: Period = { from: params.get("from") ?? "", to: params.get("to") ?? "" };
  const status = h("p", { class: "form-status", id: "report-status", role: "status", "aria-live": "polite" });
  const show_button = h("button", { type: "submit" }, t("report.show"));
  const form = h(
    "form",
    { id: "report-form", class: "filters report-form", novalidate: true, "aria-label": t("report.report_period") },
    date_field("from", asked.from),
    date_field("to", asked.to),
    show_button,
    h(
      "div",
      { class: "quick-periods", role: "group", "aria-label": t("report.quick_periods") },
      h("button", { type: "button", class: "secondary", id: "report-last-30", onclick: () => pick(last_30_days(new Date())) }, t("report.last_30_days")),
      h("button", { type: "button", class: "secondary", id: "report-last-quarter", onclick: () => pick(last_quarter(new Date())) }, t("report.last_quarter")),
    ),
    h("p", { class: "note report-hint", id: "report-period-hint" }, t("report.leave_a_day_empty_for")),
  );
  const downloads = h(
    "div",
    { class: "form-actions report-downloads" },
    h("button", { type: "button", class: "secondary", id: "report-download-md", onclick: () => void download("md") }, t("report.download_markdown")),
    h("button", { type: "button", class: "secondary", id: "report-download-html", onclick: () => void download("html") }, t("report.download_html")),
    status,
  );
  const frame = h("iframe", { id: "report-frame", class: "report-frame", sandbox: "", referrerpolicy: "no-referrer", title: t("report.situation_report_name", { name: mission.name }) });
  const view = h("div", { id: "report-view" });
  replace(
    main,
    h("h1", {}, t("report.situation_report")),
    h("p", { class: "lede" }, t("report.strength_against_target_the_mandate")),
    form,
    section("report", t("report.report"), downloads, view),
  );

  const input = (field: Field) => form.elements.namedItem(field) as HTMLInputElement;
  const clear_errors = () => {
    for (const field of ["from", "to"] as const) {
      input(field).removeAttribute("aria-invalid");
      form.querySelector<HTMLElement>(`[data-error-for="${field}"]`)!.textContent = "";
    }
  };
  const show_errors = (errors: Map<Field, string>) => {
    for (const [field, message] of errors) {
      input(field).setAttribute("aria-invalid", "true");
      form.querySelector<HTMLElement>(`[data-error-for="${field}"]`)!.textContent = message;
    }
    const first = (["from", "to"] as const).find((field) => errors.has(field));
    if (first) input(first).focus();
  };
  /** The period in the form, or null after showing what is wrong with it. */
  const read_period = (): Period | null => {
    clear_errors();
    const errors = new Map<Field, string>();
    const period: Period = { from: "", to: "" };
    for (const field of ["from", "to"] as const) {
      // A date input holds "" both when empty and when half typed; badInput tells the two apart.
      if (input(field).validity.badInput) errors.set(field, t("report.v0_must_be_a_whole", { v0: labels[field] }));
      period[field] = input(field).value;
    }
    for (const [field, message] of check(period)) if (!errors.has(field)) errors.set(field, message);
    if (errors.size > 0) {
      show_errors(errors);
      status.textContent = t("report.see_the_highlighted_field");
      return null;
    }
    return period;
  };
  /** A refusal naming from or to goes next to that field; any other is said in place of the report. */
  const show_problem = (problem: Problem, what: string) => {
    const field = problem.field === "from" || problem.field === "to" ? problem.field : null;
    const message = problem.detail ?? problem.title ?? t("report.the_server_refused_status", { status: problem.status });
    if (field) {
      show_errors(new Map([[field, message]]));
      status.textContent = t("report.what_see_the_highlighted_field", { what });
      return;
    }
    status.textContent = "";
    replace(view, unavailable(t("report.the_situation_report"), problem));
  };

  async function show(period: Period): Promise<void> {
    status.textContent = t("report.loading_the_report");
    view.setAttribute("aria-busy", "true");
    // The text is fetched first so that a refusal (problem+json) is said on the page, not inside the frame;
    // the server caches the report, so the frame's own request is answered from that cache.
    const path = report_path(mission, period, "html");
    const result = await get_text(path, "text/html");
    view.setAttribute("aria-busy", "false");
    if (!result.ok) {
      show_problem(result.problem, t("report.not_shown"));
      return;
    }
    const shown = effective(period, new Date());
    frame.title = t("report.situation_report_name_from_to", { name: mission.name, from: shown.from, to: shown.to });
    replace(view, frame);
    await show_in(frame, path);
    view.dataset.from = shown.from;
    view.dataset.to = shown.to;
    status.textContent = t("report.showing_from_to_to", { from: shown.from, to: shown.to });
  }

  async function download(format: Format): Promise<void> {
    const period = read_period();
    if (!period) return;
    const kind = format === "md" ? t("report.markdown") : "HTML";
    status.textContent = t("report.preparing_the_kind_report", { kind });
    const result = await get_text(report_path(mission, period, format), format === "md" ? "text/markdown" : "text/html");
    if (!result.ok) {
      show_problem(result.problem, t("report.not_saved"));
      return;
    }
    const shown = effective(period, new Date());
    const name = `mssops-report-${mission.slug}-${shown.from}-${shown.to}.${format}`;
    save(result.data, format === "md" ? "text/markdown;charset=utf-8" : "text/html;charset=utf-8", name);
    status.textContent = t("report.saved_name", { name });
  }

  function submit(): void {
    const period = read_period();
    if (!period) return;
    const target = route_for(period);
    // The same route again fires no hashchange, so show it here; a new one redraws through the router.
    if (location.hash === target) void show(period);
    else location.hash = target;
  }

  function pick(period: Period): void {
    input("from").value = period.from;
    input("to").value = period.to;
    submit();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });

  const errors = check(asked);
  if (errors.size > 0) {
    show_errors(errors);
    status.textContent = t("report.not_shown_see_the_highlighted");
    return;
  }
  await show(asked);
}
