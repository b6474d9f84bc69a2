// Plain statements for what the dashboard cannot show: it says so instead of showing numbers it does not have.

import { h } from "./dom";
import type { Problem } from "./api";

/** Why a figure is missing, in words: the endpoint is absent, the server failed, or there is no data. */
export function unavailable(what: string, problem: Problem): HTMLElement {
  let reason: string;
  if (problem.status === 404 && problem.detail && problem.field && problem.field !== "path") {
    reason = `${what} is not available: ${problem.detail}.`;
  } else if (problem.status === 404) {
    reason = `${what} is not available from this server yet (the API answered 404 Not Found).`;
  } else if (problem.status === 0) {
    reason = `${what} could not be loaded: the server did not answer.`;
  } else if (problem.status === 401 || problem.status === 403) {
    reason = `${what} needs you to sign in (the API answered ${problem.status}).`;
  } else {
    const detail = problem.detail ? `: ${problem.detail}` : "";
    reason = `${what} could not be loaded (${problem.status} ${problem.title ?? ""}${detail}).`;
  }
  return h("p", { class: "notice", role: "status", "data-state": "unavailable" }, reason);
}

/** The data exists but holds nothing for this view. */
export function no_data(what: string): HTMLElement {
  return h("p", { class: "notice", role: "status", "data-state": "empty" }, `No ${what} recorded yet.`);
}

/** The "Loading ..." line a section shows until its data arrives. */
export function loading(what: string): HTMLElement {
  return h("p", { class: "loading", "aria-busy": "true" }, `Loading ${what}…`);
}
