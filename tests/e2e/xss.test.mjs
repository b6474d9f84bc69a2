// Stored script payloads never run and never become elements: every free-text field of every record
// the seeded store holds is overwritten with markup through the API, then an admin visits every page,
// hovers every unit of the map and opens the report. The test fails if a payload script runs, if an
// element from the data appears in the DOM, or if the Content-Security-Policy refuses anything (the
// dashboard must work under it without a single violation). Run with `npm run test:e2e` in web/.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { offline, open_browser, sign_in, start_server } from "./server.mjs";

const admin = { name: "xss-admin", password: "a long and careful admin passphrase" };

// Each sets window.__xss if it ever runs as markup; the "XSS" prefix lets the test find the text.
const payloads = [
  `XSS <img src=x onerror="window.__xss=1">`,
  `XSS <script>window.__xss=1</script>`,
  `XSS "><svg onload="window.__xss=1"></svg>`,
  `XSS <iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
];
// Fields that identify or join records (keys, P-codes, geometry): changing them would only hide data.
const structural = new Set(["key", "pcode", "adm1_pcode", "adm2_pcode", "parent_pcode", "geometry", "m49", "succession_resolution"]);
// Fields the dashboard shows that must take a payload; the test fails if the API refused one of them.
const must_store = [
  "admin_units.name", "sources.title", "sources.publisher", "sources.notes", "missions.name", "persons.name",
  "persons.role", "countries.name", "organisations.name", "engagements.summary", "positions.quote",
  "incidents.notes", "incidents.actor1", "incidents.location", "funding_flows.donor",
];

let server;
let token;
let browser;
let page;
let files;
const stored = new Set();
const attempted = new Set();
const console_errors = [];
const violations = [];
const page_errors = [];
let javascript_url_stored = false;

async function api(method, route, body) {
  const response = await fetch(`${server.base_url}${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Accept: "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Every record of `kind`, page by page. */
async function all_records(kind) {
  const records = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await api("GET", `/api/v1/${kind}?limit=1000&offset=${offset}`);
    assert.equal(page.status, 200, `GET ${kind}: ${JSON.stringify(page.body)}`);
    records.push(...page.body.items);
    if (records.length >= page.body.total || page.body.items.length === 0) return records;
  }
}

/** The free-text fields of each record kind, read from the OpenAPI document's x-mssops-type. */
async function text_fields_by_kind() {
  const document = (await api("GET", "/api/openapi.json")).body;
  const kinds = Object.keys(document.paths)
    .map((route) => /^\/api\/v1\/([a-z_]+)\/\{id\}$/.exec(route))
    .filter((match) => match && document.paths[match[0]].patch)
    .map((match) => match[1]);
  const fields = new Map();
  for (const kind of kinds) {
    const reference = document.paths[`/api/v1/${kind}/{id}`].patch.requestBody?.content?.["application/json"]?.schema?.$ref;
    const schema = reference ? document.components.schemas[reference.split("/").pop()] : undefined;
    const properties = Object.entries(schema?.properties ?? {});
    fields.set(
      kind,
      properties
        .filter(([name, property]) => ["text", "text_list"].includes(property["x-mssops-type"]) && !structural.has(name))
        .map(([name, property]) => ({ name, list: property["x-mssops-type"] === "text_list" })),
    );
  }
  return fields;
}

/** Overwrites every free-text field of every record with a payload: all at once, else field by field. */
async function poison_store() {
  let at = 0;
  for (const [kind, fields] of await text_fields_by_kind()) {
    if (fields.length === 0) continue;
    for (const record of await all_records(kind)) {
      const change = {};
      for (const field of fields) {
        attempted.add(`${kind}.${field.name}`);
        const payload = payloads[at++ % payloads.length];
        change[field.name] = field.list ? [payload, payloads[at % payloads.length]] : payload;
      }
      const whole = await api("PATCH", `/api/v1/${kind}/${record.id}`, change);
      if (whole.status === 200) {
        for (const field of fields) stored.add(`${kind}.${field.name}`);
        continue;
      }
      for (const [name, value] of Object.entries(change)) {
        const one = await api("PATCH", `/api/v1/${kind}/${record.id}`, { [name]: value });
        if (one.status === 200) stored.add(`${kind}.${name}`);
      }
    }
  }
  // A stored URL with a script scheme must never become a link.
  const sources = await all_records("sources");
  const attempt = await api("PATCH", `/api/v1/sources/${sources[0].id}`, { url: "javascript:window.__xss=1" });
  javascript_url_stored = attempt.status === 200;
}

/** What the DOM of `frame` holds that came from a payload; [] when nothing did. */
function injected(frame) {
  return frame.evaluate(() => {
    const found = [];
    if (window.__xss !== undefined) found.push("window.__xss is set");
    for (const element of document.querySelectorAll('img[src="x"], img[src$="/x"], svg[onload], [onerror], [onload], a[href^="javascript:" i], iframe[srcdoc]')) {
      found.push(element.outerHTML.slice(0, 120));
    }
    for (const script of document.querySelectorAll("script")) {
      if ((script.textContent ?? "").includes("__xss")) found.push(script.outerHTML.slice(0, 120));
    }
    return found;
  });
}

/** Fails when a payload ran or injected an element in the page or its frames, or the policy refused anything. */
async function assert_clean(where) {
  for (const frame of page.frames()) {
    const found = await injected(frame).catch((error) => [`could not inspect frame ${frame.url()}: ${error}`]);
    assert.deepEqual(found, [], `${where}: injected into ${frame.url()}`);
  }
  assert.deepEqual(violations, [], `${where}: Content-Security-Policy violations`);
  assert.deepEqual(console_errors, [], `${where}: console errors about the policy`);
  assert.deepEqual(page_errors, [], `${where}: page errors`);
}

async function open(route, name = route.split("?")[0]) {
  const url = `${server.base_url}/#/${route}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.waitForSelector(`.page[data-page="${name}"][data-ready="true"]`, { timeout: 15000 });
}

/** Whether the page shows `text` as text: the payload is displayed, not dropped or parsed. */
async function shows_as_text(text) {
  return page.evaluate((wanted) => document.body.textContent.includes(wanted), text);
}

/** A boundary file of three made-up square departments (north of Haiti, so they overlap no real one)
 * whose name property is a payload: an imported file reaches the map as stored records do. */
function boundary_file(directory) {
  const square = (west, south) => [[[west, south], [west + 0.5, south], [west + 0.5, south + 0.5], [west, south + 0.5], [west, south]]];
  const features = [0, 1, 2].map((index) => ({
    type: "Feature",
    properties: { ADM1_PCODE: `HT9${index + 1}`, ADM1_EN: payloads[index] },
    geometry: { type: "Polygon", coordinates: square(-74 + index * 0.6, 20.2) },
  }));
  const file = path.join(directory, "payload-departments.geojson");
  writeFileSync(file, JSON.stringify({ type: "FeatureCollection", features }));
  return file;
}

/** Incidents in the made-up departments, so the map, the tables and the trend have rows to show. */
async function add_incidents(source_id) {
  for (const [index, pcode] of ["HT91", "HT92", "HT93"].entries()) {
    const created = await api("POST", "/api/v1/incidents", {
      date: `2025-0${index + 1}-1${index}`, event_type: payloads[index], adm1_pcode: pcode, admin1: payloads[index + 1],
      location: payloads[index], actor1: payloads[index], fatalities: index + 1, country: "HTI", source_id,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  }
}

before(async () => {
  files = mkdtempSync(path.join(tmpdir(), "mssops-xss-"));
  const source_id = "seed-article-ruto-blinken-2024-11";
  server = await start_server((cli, tool) => {
    cli(["user", "add", admin.name, "--role", "admin", "--password-stdin"], `${admin.password}\n`);
    token = JSON.parse(cli(["--json", "user", "token", admin.name, "--label", "xss test"])).token;
    // In the place of the default departments: a second set at one level is refused without --replace.
    cli(["boundaries", "import", boundary_file(files), "--source-id", source_id, "--replace"]);
    tool("mssops-funding-demo");
  });
  await add_incidents(source_id);
  await poison_store();
  browser = await open_browser();
  const { context } = browser;
  await offline(context);
  // Every refusal of the policy, in any page or frame, before any of the dashboard's own script runs;
  // reported to the test, so a reload loses none.
  await context.exposeBinding("__report_violation", (_source, text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__report_violation(`${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  page = browser.page;
  page.on("console", (message) => {
    // Only the policy's own messages: a 401 before sign-in is logged as an error too, and is expected.
    if (/Content Security Policy|Refused to/i.test(message.text())) console_errors.push(message.text());
  });
  page.on("pageerror", (error) => page_errors.push(String(error)));
});

after(async () => {
  await browser?.close();
  if (files) rmSync(files, { recursive: true, force: true });
  await server?.stop();
});

describe("stored script payloads", () => {
  it("are stored in every free-text field the dashboard shows", (t) => {
    t.diagnostic(`payloads stored in ${stored.size} fields: ${[...stored].sort().join(", ")}`);
    t.diagnostic(`refused everywhere: ${[...attempted].filter((field) => !stored.has(field)).join(", ") || "none"}`);
    t.diagnostic(`a javascript: source URL was ${javascript_url_stored ? "stored (the page must not link it)" : "refused by the API"}`);
    const missing = must_store.filter((field) => !stored.has(field));
    assert.deepEqual(missing, [], `the API refused payloads in: ${missing.join(", ")}`);
  });

  it("serves the dashboard with no inline script, so it runs under script-src 'self'", async () => {
    const html = await (await fetch(`${server.base_url}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length >= 1, html);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes, /\bsrc="\/[^"]+"/, `inline script in index.html: ${attributes}`);
      assert.equal(body.trim(), "");
    }
    assert.doesNotMatch(html, /\son[a-z]+=/i, "an inline event handler in index.html");
  });

  it("signs the admin in with no violation of the policy", async () => {
    await sign_in(page, server.base_url, admin);
    await assert_clean("sign-in");
  });

  for (const route of ["overview", "force", "council", "funding"]) {
    it(`run nowhere on the ${route} page`, async () => {
      await open(route);
      await page.waitForTimeout(300);
      await assert_clean(route);
    });
  }

  it("show as text in every tooltip of the map, hovered unit by unit", async () => {
    await open("incidents");
    const units = page.locator("#incident-map path[data-pcode]");
    await units.first().waitFor({ timeout: 10000 });
    const count = await units.count();
    assert.ok(count >= 1, "the map drew no unit");
    let tooltips_with_payload = 0;
    for (let index = 0; index < count; index++) {
      await units.nth(index).hover({ force: true });
      const tooltip = page.locator(".leaflet-tooltip");
      await tooltip.last().waitFor({ timeout: 5000 });
      const text = await tooltip.last().textContent();
      if (text.includes("XSS <")) tooltips_with_payload++;
      assert.equal(await tooltip.last().locator("img, script, svg, iframe").count(), 0, text);
      await page.mouse.move(0, 0);
    }
    assert.ok(tooltips_with_payload >= 1, "no tooltip showed a stored unit name: the map did not use the stored names");
    await assert_clean("incidents map");
    // Choosing a unit redraws the page filtered to it, with the unit's name in the headings.
    await units.first().click({ force: true });
    await page.waitForSelector("#clear-department", { timeout: 10000 });
    await page.waitForSelector('.page[data-page="incidents"][data-ready="true"]', { timeout: 15000 });
    await page.waitForTimeout(300);
    await assert_clean("incidents, one unit chosen");
  });

  it("show as text on the Sources page and in a source's detail", async () => {
    await open("sources");
    assert.ok(await shows_as_text(`<img src=x onerror="window.__xss=1">`) || (await shows_as_text("<script>window.__xss=1</script>")), "the sources table does not show the stored titles");
    await assert_clean("sources");
    const sources = await all_records("sources");
    for (const source of sources.slice(0, 5)) {
      await open(`sources?key=${encodeURIComponent(source.key)}`, "sources");
      await page.waitForSelector("#source-detail");
      await assert_clean(`source ${source.key}`);
    }
    if (javascript_url_stored) {
      // The source whose URL is javascript: shows it as text, never as a link.
      await open(`sources?key=${encodeURIComponent(sources[0].key)}`, "sources");
      assert.ok(await shows_as_text("javascript:window.__xss=1"));
      assert.equal(await page.locator('#source-detail a[href^="javascript:" i]').count(), 0);
    }
  });

  it("stay text inside the situation report's frame", async () => {
    await open("report?from=2024-01-01&to=2025-12-31", "report");
    const report = page.frameLocator("#report-frame");
    await report.locator("h1").waitFor({ timeout: 10000 });
    assert.match(await report.locator("body").textContent(), /XSS </, "the report shows no stored text");
    // The footnote links jump inside the report under its own policy.
    const footnote = report.locator('a[href^="#source-"]').first();
    if ((await footnote.count()) > 0) await footnote.click();
    await assert_clean("report");
  });

  it("left no console error, page error or policy violation over the whole visit", async () => {
    await open("overview");
    await assert_clean("end of visit");
  });
});
