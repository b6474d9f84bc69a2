// Who is signed in: the header shows it, and pages show their edit forms only to editors.

import { get, post, set_csrf_token } from "./api";
import { h, replace } from "./dom";
import { t } from "./i18n";

/** The signed-in user as GET /api/v1/auth/me describes them. */
export interface User {
  name: string;
  role?: string;
  roles?: string[];
  domains?: string[];
  country?: string;
  csrf_token?: string;
}

let current: User | null = null;
const listeners: (() => void)[] = [];

/** The signed-in user, or null. */
export function user(): User | null {
  return current;
}

/** Whether the user may see edit forms; the server still checks every write. */
export function can_edit(): boolean {
  if (current === null) return false;
  const roles = current.roles ?? (current.role ? [current.role] : []);
  return roles.length === 0 || roles.some((role) => role !== "viewer" && role !== "reader");
}

/** Calls `listener` whenever the user signs in or out. */
export function on_change(listener: () => void): void {
  listeners.push(listener);
}

function set_user(next: User | null): void {
  current = next;
  if (next?.csrf_token) set_csrf_token(next.csrf_token);
  if (!next) set_csrf_token("");
  for (const listener of listeners) listener();
}

/** Asks the server who this browser is signed in as. */
export async function refresh(): Promise<void> {
  const me = await get<User | { user: User }>("/api/v1/auth/me");
  if (!me.ok) {
    set_user(null);
    return;
  }
  const body = me.data as Record<string, unknown>;
  const found = (body.user && typeof body.user === "object" ? body.user : body) as User;
  set_user(typeof found.name === "string" ? { ...found, csrf_token: (body.csrf_token as string) ?? found.csrf_token } : null);
}

/** Signs in; returns the server's problem message for a bad name or password. */
export async function sign_in(name: string, password: string): Promise<string | null> {
  const result = await post<Record<string, unknown>>("/api/v1/auth/login", { name, password });
  if (!result.ok) return result.problem.detail ?? result.problem.title ?? t("session.sign_in_failed_status", { status: result.problem.status });
  if (typeof result.data.csrf_token === "string") set_csrf_token(result.data.csrf_token);
  await refresh();
  if (!current) set_user({ name, csrf_token: result.data.csrf_token as string | undefined });
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
  const roles = current.roles ?? (current.role ? [current.role] : []);
  const role = roles.length ? ` (${roles.join(", ")})` : "";
  replace(
    container,
    h("span", { class: "who", "data-user": current.name }, t("session.signed_in_as_name_role", { name: current.name, role })),
    h("button", { type: "button", class: "secondary", onclick: () => void sign_out() }, t("session.sign_out")),
  );
}
