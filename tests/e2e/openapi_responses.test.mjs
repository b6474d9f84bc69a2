// Every operation of the OpenAPI document is called on a seeded server, as an administrator, and
// its response checked against the document: the success status it names, the content type, and for
// JSON the body against the operation's schema (ajv). An operation left uncalled fails the test, so
// a route added without a call here is noticed.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, it } from "node:test";
import { repo_root, start_server } from "./server.mjs";

const require = createRequire(path.join(repo_root, "web/package.json"));
const Ajv = require("ajv");

const admin = { name: "openapi-admin", password: "openapi responses admin password" };

/** Made-up incidents (SYNTHETIC) for the import route. */
const synthetic_incidents =
  "event_id_cnty,event_date,event_type,actor1,admin1,location,latitude,longitude,fatalities,notes\n" +
  "SYNOA1,2025-03-04,Riots,Synthetic group,Ouest,Synthetic place,18.5,-72.3,0,Synthetic openapi event\n";
/** Made-up funding flows (SYNTHETIC), FTS columns; ?source= names the seeded source they cite. */
const synthetic_flows =
  "id,source_org,destination_org,amount,currency,status,date,description\n" +
  "openapi-flow-1,Synthetic donor,UN Trust Fund for the MSS,1000,USD,pledged,2025-03-04,Synthetic openapi flow\n";
/** A made-up article (SYNTHETIC) with two arrivals, so the extractor proposes two candidate records. */
const synthetic_article =
  "Some 200 Jamaican soldiers arrived in Haiti on Monday, November 4, to join the MSS. " +
  "About 80 Bahamian police officers landed in Port-au-Prince on Thursday, November 7, officials said.";

let server;
let token;
let document;
const called = new Set();
const failures = [];

before(async () => {
  server = await start_server((cli) => {
    cli(["user", "add", admin.name, "--role", "admin", "--password-stdin"], `${admin.password}\n`);
    token = cli(["user", "token", admin.name, "--label", "openapi responses test"]).trim().split(/\s+/).pop();
  });
  document = await (await fetch(`${server.base_url}/api/openapi.json`)).json();
});

after(async () => {
  await server?.stop();
});

/** OpenAPI 3.0 `nullable` as JSON Schema: {type: X, nullable: true} becomes {type: [X, "null"]}. */
function json_schema(value) {
  if (Array.isArray(value)) return value.map(json_schema);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) out[key] = key === "nullable" ? inner : json_schema(inner);
  if (out.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    if (out.enum) out.enum = [...out.enum, null];
    if (out.oneOf) out.oneOf = [...out.oneOf, { type: "null" }];
    if (out.$ref) return { anyOf: [{ $ref: out.$ref }, { type: "null" }] };
  }
  delete out.nullable;
  return out;
}

/** Calls one operation and checks its answer against the document; returns the parsed JSON body. */
async function call(method, pattern, { params = {}, query = {}, body, type = "application/json", auth = true } = {}) {
  const operation = document.paths[pattern]?.[method.toLowerCase()];
  assert.ok(operation, `${method} ${pattern} is not in the OpenAPI document`);
  called.add(`${method} ${pattern}`);
  let target = pattern.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(params[name])));
  const search = new URLSearchParams(query).toString();
  if (search) target += `?${search}`;
  const headers = {};
  if (auth) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = type;
  const response = await fetch(`${server.base_url}${target}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const where = `${method} ${target}`;
  const success = Object.keys(operation.responses).find((code) => code.startsWith("2"));
  if (String(response.status) !== success) {
    failures.push(`${where}: status ${response.status}, the document says ${success}: ${text.slice(0, 300)}`);
    return undefined;
  }
  // 204 No Content: the document names no body and the server sends none.
  if (response.status === 204 && !operation.responses[success].content) {
    if (text !== "") failures.push(`${where}: status 204 with a body: ${text.slice(0, 300)}`);
    return undefined;
  }
  const content = operation.responses[success].content ?? {};
  const media = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  if (!(media in content)) {
    failures.push(`${where}: content type ${media}, the document lists ${Object.keys(content).join(", ")}`);
    return undefined;
  }
  if (media !== "application/json") return text;
  const parsed = JSON.parse(text);
  const validate = validator(content[media].schema);
  if (!validate(parsed)) {
    failures.push(`${where}: the body does not match its schema: ${JSON.stringify(validate.errors.slice(0, 5))}`);
  }
  return parsed;
}

let ajv;
function validator(schema) {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(json_schema({ components: document.components }), "openapi.json");
  }
  const fixed = JSON.parse(JSON.stringify(json_schema(schema)).replaceAll('"#/components/', '"openapi.json#/components/'));
  return ajv.compile(fixed);
}

/** The collection routes of the record kinds: "/api/v1/sources" and the like. */
function record_collections() {
  return Object.keys(document.paths).filter(
    (pattern) => document.paths[pattern].get?.tags?.includes("records") && !pattern.includes("{") && document.paths[pattern].post,
  );
}

/** A new record's body from an existing one: the same fields, a fresh key. */
function copy_of(record, fresh) {
  const body = { ...record };
  for (const meta of ["id", "kind", "version", "retired", "created_at", "updated_at"]) delete body[meta];
  if ("key" in body) body.key = fresh;
  // iso3 stays: it must name a real state, the seed holds every one, and only the key is unique.
  if ("pcode" in body) body.pcode = `ZZ${fresh.length}`;
  if ("slug" in body) body.slug = fresh;
  return body;
}

it("answers every operation of its OpenAPI document as the document describes", async () => {
  const slug = "mss-haiti";
  // Reads first, on the seeded data.
  await call("GET", "/healthz", { auth: false });
  await call("GET", "/api/openapi.json", { auth: false });
  await call("GET", "/api/v1/kinds");
  const source = (await call("GET", "/api/v1/sources", { query: { limit: "1" } }))?.items?.[0]?.key;
  assert.ok(source, "the seed holds no source for the synthetic records to cite");
  // The seed has no spending: one made-up month (SYNTHETIC) gives the loop below a record to copy.
  await call("POST", "/api/v1/expenditures", {
    body: { key: "openapi-spending", mission: slug, month: "2025-03", category: "Synthetic", amount_usd: 1000, source_id: source },
  });
  for (const collection of record_collections()) {
    const page = await call("GET", collection, { query: { limit: "2" } });
    await call("GET", collection, { query: { format: "csv" } });
    const first = page?.items?.[0];
    if (first) await call("GET", `${collection}/{id}`, { params: { id: first.id } });
    const created = first && (await call("POST", collection, { body: copy_of(first, `openapi-${first.id}-copy`) }));
    if (!created) {
      if (!first) failures.push(`${collection}: the seed holds no record to copy`);
      continue;
    }
    await call("PATCH", `${collection}/{id}`, { params: { id: created.id }, body: {} });
    if (document.paths[`${collection}/{id}`].delete) {
      await call("DELETE", `${collection}/{id}`, { params: { id: created.id } });
      if (document.paths[`${collection}/{id}/restore`])
        await call("POST", `${collection}/{id}/restore`, { params: { id: created.id } });
    }
  }

  // The seed's resolutions all carry a recorded vote: one made up (SYNTHETIC) without any gives the
  // mandate's recorded_votes an entry with a problem and no tallies.
  const unrecorded = await call("POST", "/api/v1/resolutions", {
    body: {
      key: "openapi-unrecorded-vote", body: "unsc", number: 9999, symbol: "S/RES/9999 (synthetic)", adopted: "2023-11-01",
      action: "modify", mission: slug, outcome: "adopted", unanimous: "no", source_id: source,
      summary: "Synthetic resolution whose vote is not recorded.",
    },
  });
  const mission = "/api/v1/missions/{slug}";
  const mandate = await call("GET", `${mission}/mandate`, { params: { slug } });
  const uncounted = mandate?.recorded_votes?.find((vote) => vote.resolution === unrecorded?.key);
  assert.deepEqual(
    uncounted && { problem: uncounted.problem, yes: uncounted.yes },
    { problem: "no recorded vote", yes: undefined },
    "the mandate answers the synthetic resolution as a vote with a problem and no tallies",
  );
  for (const view of ["summary", "strength", "forecast", "alerts", "funding/summary", "funding/flows"])
    await call("GET", `${mission}/${view}`, { params: { slug } });
  // The views again where their figures are null: the successor mission (no lead nation, no successor,
  // a lapsed mandate), a day before any deployment or mandate, and a day with a mandate in force.
  for (const [other, query] of [["gsf-haiti", {}], [slug, { at: "2024-03-01" }], [slug, { at: "2025-06-01" }]])
    for (const view of ["summary", "strength", "forecast", "mandate", "alerts"])
      await call("GET", `${mission}/${view}`, { params: { slug: other }, query });
  await call("GET", `${mission}/funding/assessed`, { params: { slug }, query: { budget: "600000000" } });
  await call("GET", `${mission}/funding/export`, { params: { slug } });
  await call("GET", `${mission}/report`, { params: { slug } });
  await call("GET", "/api/v1/mission-in-force");
  await call("GET", "/api/v1/council/members", { query: { year: "2025" } });
  await call("GET", "/api/v1/council/scenarios/transition_to_un_pko", { query: { year: "2025" } });
  // Both shapes of simulate's answer: a named scenario (CouncilSimulation), and members given directly
  // (DraftSimulation), which is what the dashboard's simulator sends.
  const scenario = await call("POST", "/api/v1/council/simulate", { body: { scenario: "transition_to_un_pko", year: 2025 } });
  assert.equal(scenario?.scenario, "transition_to_un_pko", "simulate answered a scenario without naming it");
  const given = [
    { member: "USA", yes: 1, no: 0, abstain: 0 },
    { member: "CHN", vote: "abstain" },
    ...["FRA", "GBR", "RUS", "ALB", "BRA", "GAB", "GHA", "ARE", "ECU", "JPN", "MLT", "MOZ"].map((member) => ({ member, yes: 0.9, no: 0, abstain: 0.1 })),
  ];
  const draft = await call("POST", "/api/v1/council/simulate", { body: { members: given } });
  assert.equal(draft?.members?.length, given.length, "simulate did not answer for each member given");

  await call("POST", "/api/v1/incidents/import", { body: synthetic_incidents, type: "text/csv" });
  await call("GET", "/api/v1/incidents/aggregate");
  await call("GET", "/api/v1/incidents/citations");
  await call("GET", "/api/v1/incidents/export");
  await call("GET", "/api/v1/incidents/points");
  await call("GET", "/api/v1/incidents/choropleth");
  await call("GET", "/api/v1/boundaries");
  await call("GET", "/api/v1/incidents", { query: { limit: "2" } });
  const incident = await call("POST", "/api/v1/incidents", {
    body: { key: "openapi-incident", date: "2025-03-05", event_type: "Protests", country: "HTI", fatalities: 0, notes: "Synthetic openapi event" },
  });
  if (incident) {
    await call("GET", "/api/v1/incidents/{id}", { params: { id: incident.id } });
    await call("PATCH", "/api/v1/incidents/{id}", { params: { id: incident.id }, body: { fatalities: 1 } });
    await call("DELETE", "/api/v1/incidents/{id}", { params: { id: incident.id } });
  }

  const imported = await call("POST", `${mission}/funding/import`, {
    params: { slug },
    query: { source },
    body: synthetic_flows,
    type: "text/csv",
  });
  const flows = await call("GET", `${mission}/funding/flows`, { params: { slug } });
  const flow = flows?.flows?.[0] ?? flows?.items?.[0];
  if (flow) await call("GET", `${mission}/funding/flows/{id}/history`, { params: { slug, id: flow.id } });
  else failures.push(`no funding flow to ask the history of (import answered ${JSON.stringify(imported)})`);

  const extraction = await call("POST", "/api/v1/extractions", {
    body: { text: synthetic_article, outlet: "Synthetic Wire", title: "Synthetic arrival", published: "2024-11-08" },
  });
  await call("GET", "/api/v1/extractions");
  if (extraction) {
    await call("GET", "/api/v1/extractions/{id}", { params: { id: extraction.id } });
    const candidates = extraction.candidates ?? [];
    if (candidates.length < 2) failures.push(`the synthetic article gave ${candidates.length} candidates; two are needed`);
    else {
      await call("POST", "/api/v1/extractions/{id}/candidates/{n}/reject", { params: { id: extraction.id, n: 1 } });
      await call("POST", "/api/v1/extractions/{id}/candidates/{n}/accept", { params: { id: extraction.id, n: 2 } });
    }
  }

  await call("PUT", "/api/v1/alerts/subscriptions", { body: { subscriptions: [{ kind: "extractions_pending" }] } });
  await call("GET", "/api/v1/alerts/subscriptions");
  await call("GET", "/api/v1/alerts");
  const feed = await call("POST", "/api/v1/alerts/feed-token");
  if (feed?.token) await call("GET", "/api/v1/alerts/feed.atom", { query: { token: feed.token }, auth: false });
  await call("GET", "/api/v1/alerts/feed-token");
  await call("DELETE", "/api/v1/alerts/feed-token");
  const hook = await call("POST", "/api/v1/alerts/webhooks", { body: { url: "http://127.0.0.1:9/openapi-hook" } });
  await call("GET", "/api/v1/alerts/webhooks");
  await call("GET", "/api/v1/alerts/deliveries");
  if (hook) await call("DELETE", "/api/v1/alerts/webhooks/{id}", { params: { id: hook.id } });

  await call("GET", "/api/v1/auth/me");
  const created_token = await call("POST", "/api/v1/auth/tokens", { body: { name: "openapi second token" } });
  await call("GET", "/api/v1/auth/tokens");
  if (created_token) await call("DELETE", "/api/v1/auth/tokens/{id}", { params: { id: created_token.id } });
  await call("POST", "/api/v1/users", { body: { name: "openapi-viewer", roles: ["viewer"], password: "openapi viewer password 1" } });
  await call("GET", "/api/v1/users");
  await call("PATCH", "/api/v1/users/{name}", { params: { name: "openapi-viewer" }, body: { roles: ["viewer"] } });
  await call("GET", "/api/v1/audit", { query: { limit: "5" } });
  await call("POST", "/api/v1/auth/login", { body: admin, auth: false });
  await call("POST", "/api/v1/auth/logout", { auth: false });

  const missed = [];
  for (const [pattern, item] of Object.entries(document.paths))
    for (const method of Object.keys(item))
      if (!called.has(`${method.toUpperCase()} ${pattern}`)) missed.push(`${method.toUpperCase()} ${pattern}`);
  // Both lists at once, so one run shows every gap.
  assert.deepEqual({ never_called: missed, failures }, { never_called: [], failures: [] });
});
