// Plain statements for what the dashboard cannot show: it says so instead of showing numbers it does not have.

import { h } from "./dom";
import type { Problem } from "./api";
import { t } from "./i18n";

/** Why a figure is missing, in words: the endpoint is absent, the server failed, or there is no data. */
export function unavailable(what: string, problem: Problem): HTMLElement {
  let reason: string;
  if (problem.status === 404 && problem.detail && problem.field && problem.field !== "path") {
    reason = t("notice.what_is_not_available_detail", { what, detail: problem.detail });
  } else if (problem.status === 404) {
    reason = t("notice.what_is_not_available_from", { what });
  } else if (problem.status === 0) {
    reason = t("notice.what_could_not_be_loaded", { what });
  } else if (problem.status === 401 || problem.status === 403) {
    reason = t("notice.what_needs_you_to_sign", { what, status: problem.status });
  } else {
    const detail = problem.detail ? `: ${problem.detail}` : "";
    reason = t("notice.what_could_not_be_loaded_2", { what, status: problem.status, v2: problem.title ?? "", detail });
  }
  return h("p", { class: "notice", role: "status", "data-state": "unavailable" }, reason);
}

/** The data exists but holds nothing for this view. */
export function no_data(what: string): HTMLElement {
  return h("p", { class: "notice", role: "status", "data-state": "empty" }, t("notice.no_what_recorded_yet", { what }));
}

/** The "Loading ..." line a section shows until its data arrives. */
export function loading(what: string): HTMLElement {
  return h("p", { class: "loading", "aria-busy": "true" }, t("notice.loading_what", { what }));
}

/** A refused write in words for the line beside its form: the field at fault, then the server's reason. */
export function problem_text(problem: Problem): string {
  const field = problem.field ? `${problem.field}: ` : "";
  return `${field}${problem.detail ?? problem.title ?? t("notice.error_status", { status: problem.status })}`;
}
