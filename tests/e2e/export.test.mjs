// The Download menu (issue 19): a download from the incidents page with a filter holds exactly the
// rows the API lists for that filter, in order.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { offline, open_browser, sign_in, start_server } from "./server.mjs";

/** Made-up incidents (SYNTHETIC): three event types over a month. */
function synthetic_csv() {
  const types = ["Battles", "Riots", "Protests"];
  const lines = ["event_id_cnty,event_date,event_type,actor1,admin1,location,latitude,longitude,fatalities,notes"];
  for (let i = 1; i <= 30; i++) {
    lines.push(`SYNE${i},2025-02-${String(1 + (i % 27)).padStart(2, "0")},${types[i % 3]},Synthetic group,Ouest,Synthetic place ${i},18.5,-72.3,${i % 4},Synthetic e2e event`);
  }
  return lines.join("\n") + "\n";
}

let server;
let browser;
let page;
let folder;

before(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "mssops-export-e2e-"));
  const csv = path.join(folder, "synthetic.csv");
  writeFileSync(csv, synthetic_csv());
  server = await start_server((cli) => cli(["incidents", "import", csv, "--no-assign-pcodes"]));
  browser = await open_browser({ acceptDownloads: true });
  await offline(browser.context);
  page = browser.page;
  await sign_in(page, server.base_url);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Splits CSV lines (the export quotes no line breaks in these rows). */
function rows_of(text) {
  return text.split("\r\n").filter((line) => line !== "");
}

describe("downloads", () => {
  it("a CSV download from the incidents page with a filter equals the filtered list", async () => {
    await page.goto(`${server.base_url}/#/incidents?event_type=Riots&from=2025-02-01&to=2025-02-28`);
    await page.waitForSelector('.page[data-page="incidents"][data-ready="true"]', { timeout: 15000 });
    await page.click("#incidents-download summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('#incidents-download a[data-format="csv"]')]);
    assert.equal(download.suggestedFilename(), "incidents.csv");
    const text = readFileSync(await download.path(), "utf8");
    const listed = await page.evaluate(async () => (await fetch("/api/v1/incidents?event_type=Riots&from=2025-02-01&to=2025-02-28&limit=1000")).json());
    const rows = rows_of(text);
    assert.equal(rows[0].split(",")[0], "event_id_cnty");
    assert.ok(listed.items.length >= 10, `only ${listed.items.length} riots listed`);
    assert.deepEqual(
      rows.slice(1).map((row) => row.split(",")[0]),
      listed.items.map((item) => item.key),
    );
    for (const row of rows.slice(1)) assert.match(row, /,Riots,/);
  });

  it("offers GeoJSON and XLSX of the same filter", async () => {
    const href = await page.getAttribute('#incidents-download a[data-format="geojson"]', "href");
    assert.match(href, /^\/api\/v1\/incidents\?/);
    const query = new URLSearchParams(href.split("?")[1]);
    assert.equal(query.get("event_type"), "Riots");
    assert.equal(query.get("format"), "geojson");
    assert.equal(query.get("limit"), null);
    assert.equal(await page.locator('#incidents-download a[data-format="xlsx"]').count(), 1);
  });
});
