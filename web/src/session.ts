// Who is signed in: the header shows it, and pages show their edit forms only to editors.

import { get, post, set_csrf_token } from "./api";
import { h, replace } from "./dom";
import { label } from "./format";
import type { Me } from "./generated/api";
import { t } from "./i18n";

// The signed-in user is the server's Me (src/generated/api.ts): a renamed field fails the build. The
// answer also carries the session's CSRF token, which is kept by api.ts, not in the user.
type MeAnswer = Me & { csrf_token?: string };

let current: Me | null = null;
const listeners: (() => void)[] = [];

/** The signed-in user, or null. */
export function user(): Me | null {
  return current;
}

/** Whether the user may see edit forms; the server still checks every write. */
export function can_edit(): boolean {
  if (current === null) return false;
  const roles = current.roles;
  return roles.length === 0 || roles.some((role) => role !== "viewer" && role !== "reader");
}

/** Calls `listener` whenever the user signs in or out. */
export function on_change(listener: () => void): void {
  listeners.push(listener);
}

function set_user(next: Me | null, csrf_token?: string): void {
  current = next;
  if (csrf_token) set_csrf_token(csrf_token);
  if (!next) set_csrf_token("");
  for (const listener of listeners) listener();
}

/** Asks the server who this browser is signed in as. */
export async function refresh(): Promise<void> {
  const me = await get<MeAnswer>("/api/v1/auth/me");
  if (!me.ok || typeof me.data.name !== "string") {
    set_user(null);
    return;
  }
  const { csrf_token, ...found } = me.data;
  set_user({ ...found, roles: found.roles ?? [], domains: found.domains ?? [], country: found.country ?? "" }, csrf_token);
}

/** Signs in; returns the server's problem message for a bad name or password. */
export async function sign_in(name: string, password: string): Promise<string | null> {
  const result = await post<Record<string, unknown>>("/api/v1/auth/login", { name, password });
  if (!result.ok) return result.problem.detail ?? result.problem.title ?? t("session.sign_in_failed_status", { status: result.problem.status });
  if (typeof result.data.csrf_token === "string") set_csrf_token(result.data.csrf_token);
  await refresh();
  if (!current) set_user({ name, roles: [], domains: [], country: "" }, result.data.csrf_token as string | undefined);
  return null;
}

/** Signs out on the server and forgets the token. */
export async function sign_out(): Promise<void> {
  await post("/api/v1/auth/logout", {});
  set_user(null);
}

/** Draws the header's sign-in link or the user's name with a sign-out button. */
export function render_session(container: HTMLElement): void {
  if (!current) {
    replace(container, h("a", { href: "#/sign-in", class: "button-link" }, t("session.sign_in")));
    return;
  }
  // A role is a vocabulary term ("editor"): said in the reader's language.
  const roles = current.roles.map((role) => label(role));
  const role = roles.length ? ` (${roles.join(", ")})` : "";
  replace(
    container,
    h("span", { class: "who", "data-user": current.name }, t("session.signed_in_as_name_role", { name: current.name, role })),
    h("button", { type: "button", class: "secondary", onclick: () => void sign_out() }, t("session.sign_out")),
  );
}
