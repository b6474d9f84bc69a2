// The dashboard's only way to the server: same-origin JSON calls to /api, with the session's CSRF token.

/** An RFC 9457 problem as the API sends it; `field` names the input at fault. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  field?: string;
  request_id?: string;
}

/** The outcome of a call: the data, or why there is none (404 means the endpoint or record does not exist). */
export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/** A stored record as the generic record endpoints return it. */
export interface ApiRecord {
  id: number;
  kind: string;
  version: number;
  retired?: boolean;
  created_at?: string;
  updated_at?: string;
  key?: string;
  source_id?: string;
  [field: string]: unknown;
}

/** A page of records. */
export interface RecordPage {
  items: ApiRecord[];
  total: number;
  limit: number;
  offset: number;
}

let csrf_token = sessionStorage.getItem("mssops.csrf") ?? "";

/** Keeps the token the server gave at sign-in; writes send it back in X-CSRF-Token. */
export function set_csrf_token(token: string): void {
  csrf_token = token;
  if (token) sessionStorage.setItem("mssops.csrf", token);
  else sessionStorage.removeItem("mssops.csrf");
}

/** The problem a refused call describes; a body that is not problem+json still gives status and reason. */
function problem_of(response: Response, parsed: unknown): Problem {
  const problem = (parsed && typeof parsed === "object" ? parsed : {}) as Partial<Problem>;
  return { ...problem, status: response.status, title: problem.title ?? response.statusText };
}

async function call<T>(method: string, path: string, body?: unknown): Promise<Outcome<T>> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrf_token) headers["X-CSRF-Token"] = csrf_token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    return { ok: false, problem: { status: 0, title: "The server did not answer", detail: String(error) } };
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) return { ok: false, problem: problem_of(response, parsed) };
  if (parsed === null && text) {
    return { ok: false, problem: { status: response.status, title: "The answer was not JSON" } };
  }
  return { ok: true, data: parsed as T };
}

/** GET a JSON document. */
export function get<T>(path: string): Promise<Outcome<T>> {
  return call<T>("GET", path);
}

/** GET a document that is not JSON (a report as Markdown or HTML): its text, or the problem+json refusal. */
export async function get_text(path: string, accept: string): Promise<Outcome<string>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: `${accept}, application/problem+json` }, credentials: "same-origin" });
  } catch (error) {
    return { ok: false, problem: { status: 0, title: "The server did not answer", detail: String(error) } };
  }
  const text = await response.text();
  if (response.ok) return { ok: true, data: text };
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { ok: false, problem: problem_of(response, parsed) };
}

/** POST a JSON body. */
export function post<T>(path: string, body: unknown): Promise<Outcome<T>> {
  return call<T>("POST", path, body);
}

/** PUT a JSON body. */
export function put<T>(path: string, body: unknown): Promise<Outcome<T>> {
  return call<T>("PUT", path, body);
}

/** DELETE a resource; a 204 answer gives data null. */
export function del(path: string): Promise<Outcome<null>> {
  return call<null>("DELETE", path);
}

/** Builds "/api/v1/<path>?a=1" leaving out empty parameters. */
export function api_path(path: string, query: Record<string, string | number | undefined> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") parameters.set(name, String(value));
  }
  const suffix = parameters.toString();
  return `/api/v1/${path}${suffix ? `?${suffix}` : ""}`;
}

/** Every record of a kind, page by page, up to `cap`; `total` says how many exist. */
export async function list_all(
  kind: string,
  query: Record<string, string | number | undefined> = {},
  cap = 5000,
): Promise<Outcome<RecordPage>> {
  const items: ApiRecord[] = [];
  const limit = 500;
  let total = 0;
  for (let offset = 0; offset < cap; offset += limit) {
    const page = await get<RecordPage>(api_path(kind, { ...query, limit, offset }));
    if (!page.ok) return page;
    items.push(...page.data.items);
    total = page.data.total;
    if (page.data.items.length < limit || items.length >= total) break;
  }
  return { ok: true, data: { items, total, limit: items.length, offset: 0 } };
}
