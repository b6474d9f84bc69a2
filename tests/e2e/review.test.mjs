// The Review page in a browser: an article submitted with `mssops review submit` is shown with each
// candidate's span highlighted beside its record; the editor edits one record and accepts it, and
// rejects another. Run with `npm run test:e2e` in web/.

import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { open_browser, sign_in, start_server } from "./server.mjs";

// Written for this test: two arrivals, one of them of a contingent named with a French accent nearby.
const article =
  "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday, November 5, to join the MSS. " +
  "About 60 Salvadoran soldiers landed in Port-au-Prince on Wednesday, November 6, officials in Pétion-Ville said.";

let server;
let browser;
let page;
let scratch;
let extraction_id;

before(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "mssops-review-"));
  const file = path.join(scratch, "article.txt");
  writeFileSync(file, article);
  server = await start_server((cli) => {
    const out = cli(["--json", "review", "submit", file, "--outlet", "Test Wire", "--title", "Contingents land", "--published", "2024-11-08"]);
    extraction_id = JSON.parse(out).id;
  });
  browser = await open_browser();
  page = browser.page;
  await sign_in(page, server.base_url);
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  await server?.stop();
});

describe("review page", () => {
  it("lists the submitted extraction", async () => {
    await page.goto(`${server.base_url}/#/review`);
    await page.waitForSelector('.page[data-page="review"][data-ready="true"]', { timeout: 15000 });
    const link = page.locator(`a[href="#/review?id=${extraction_id}"]`);
    assert.equal(await link.textContent(), "Contingents land");
  });

  it("shows the article as text with each candidate's span highlighted", async () => {
    await page.goto(`${server.base_url}/#/review?id=${extraction_id}`);
    await page.waitForSelector("#review-article");
    assert.equal(await page.locator("#review-article").textContent(), article);
    const marks = await page.locator("#review-article mark").evaluateAll((nodes) =>
      nodes.map((node) => ({ n: node.getAttribute("data-candidates"), text: node.textContent })),
    );
    assert.ok(marks.some((mark) => mark.n === "1" && mark.text.includes("150 Guatemalan soldiers arrived")), JSON.stringify(marks));
    assert.ok(marks.some((mark) => mark.n === "2" && mark.text.includes("60 Salvadoran soldiers landed")), JSON.stringify(marks));
    assert.equal(await page.locator(".review-candidate").count(), 2);
  });

  it("accepts an edited record and rejects another", async () => {
    const first = page.locator("#candidate-1");
    const record = JSON.parse(await first.locator("textarea").inputValue());
    assert.equal(record.count, 150);
    record.count = 155;
    await first.locator("textarea").fill(JSON.stringify(record));
    await first.locator('button[data-action="accept"]').click();
    await page.waitForSelector('#candidate-1 .review-state[data-state="accepted"]');
    const state = await page.locator("#candidate-1 .review-state").textContent();
    assert.match(state, /^accepted: extraction-\d+-1$/);

    await page.locator('#candidate-2 button[data-action="reject"]').click();
    await page.waitForSelector('#candidate-2 .review-state[data-state="rejected"]');

    const written = await page.evaluate(async (key) => {
      const response = await fetch(`/api/v1/deployment_events/${key}`);
      return response.json();
    }, state.replace("accepted: ", ""));
    assert.equal(written.count, 155);
    assert.equal(written.country, "GTM");
  });
});
