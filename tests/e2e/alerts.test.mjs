// The Alerts page in a browser: an editor subscribes to a kind of alert and sees the alert already
// raised appear with a link to the page it concerns, creates and revokes the Atom feed link (and is
// told after a reload whether one exists), adds a webhook whose secret is shown once; a new alert is
// sent to the webhook (which does not answer) and an admin sees the failed try in the delivery log.
// Run with `npm run test:e2e` in web/.

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { editor, open_browser, repo_root, sign_in, start_server } from "./server.mjs";

const screenshots = path.join(repo_root, "docs/screenshots");
const admin = { name: "e2e-admin", password: "another correct horse battery" };
// Nothing listens on the discard port: every try fails and is logged.
const dead_hook = "http://127.0.0.1:9/hook";

// Written for these tests.
const first_article = "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday, November 5, to join the MSS.";
const second_article = "About 60 Salvadoran soldiers landed in Port-au-Prince on Wednesday, November 6.";

let server;
let browser;
let context;
let page;
let scratch;

async function open_alerts() {
  const url = `${server.base_url}/#/alerts`;
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await page.waitForSelector('.page[data-page="alerts"][data-ready="true"]', { timeout: 15000 });
}

before(async () => {
  mkdirSync(screenshots, { recursive: true });
  scratch = mkdtempSync(path.join(tmpdir(), "mssops-alerts-"));
  const file = path.join(scratch, "article.txt");
  writeFileSync(file, first_article);
  // A pending extraction before the server starts: its first alert run raises extractions_pending.
  server = await start_server(
    (cli) => {
      cli(["review", "submit", file, "--outlet", "Test Wire", "--title", "Contingent lands", "--published", "2024-11-08"]);
      cli(["user", "add", admin.name, "--role", "admin", "--password-stdin"], `${admin.password}\n`);
    },
    ["--alert-interval", "1", "--webhook-retry", "1"],
  );
  browser = await open_browser();
  ({ context, page } = browser);
  await sign_in(page, server.base_url, editor);
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  await server?.stop();
});

describe("alerts page", () => {
  it("is linked in the navigation", async () => {
    await open_alerts();
    assert.equal(await page.textContent('#nav a[data-page="alerts"]'), "Alerts");
  });

  it("shows a raised alert once the user subscribes to its kind, linked to the page it concerns", async () => {
    await open_alerts();
    assert.equal(await page.locator('#alerts tr[data-kind="extractions_pending"]').count(), 0, "no subscription, no alert");
    await page.selectOption("#alerts-kind", "extractions_pending");
    await page.click('#alerts-subscribe button[type="submit"]');
    await page.waitForSelector('#alerts-subscriptions tr[data-kind="extractions_pending"]');
    const row = page.locator('#alerts tr[data-kind="extractions_pending"]').first();
    await row.waitFor({ timeout: 15000 });
    assert.match(await row.textContent(), /Extractions awaiting review/);
    assert.match(await row.textContent(), /mss-haiti|gsf-haiti/);
    const link = await row.locator("a").getAttribute("href");
    assert.match(link, /^#\/review\?mission=/);
  });

  it("keeps the runway threshold of a funding_runway subscription and drops one on unsubscribe", async () => {
    await open_alerts();
    assert.equal(await page.isVisible("#alerts-runway-months"), false, "only funding_runway takes months");
    await page.selectOption("#alerts-kind", "funding_runway");
    assert.equal(await page.isVisible("#alerts-runway-months"), true);
    await page.fill("#alerts-runway-months", "4");
    await page.click('#alerts-subscribe button[type="submit"]');
    const runway = page.locator('#alerts-subscriptions tr[data-kind="funding_runway"]');
    await runway.waitFor();
    assert.match(await runway.textContent(), /below 4 months/);
    const saved = await page.evaluate(async () => (await fetch("/api/v1/alerts/subscriptions")).json());
    assert.deepEqual(
      saved.subscriptions.map((s) => [s.kind, s.runway_months]).sort(),
      [["extractions_pending", 0], ["funding_runway", 4]],
    );
    await runway.locator('button[data-action="unsubscribe"]').click();
    await page.waitForSelector('#alerts-subscriptions tr[data-kind="funding_runway"]', { state: "detached" });
    // The list is drawn again after the change: wait for the redrawn table, then count its rows.
    const kept = page.locator('#alerts-subscriptions tr[data-kind="extractions_pending"]');
    await kept.waitFor();
    assert.equal(await kept.count(), 1);
  });

  it("creates a feed link that serves Atom, and a revoked link answers 404", async () => {
    await open_alerts();
    await page.click('button[data-action="create-feed"]');
    await page.waitForSelector("#alerts-feed-url");
    const feed_url = await page.inputValue("#alerts-feed-url");
    assert.match(feed_url, /\/api\/v1\/alerts\/feed\.atom\?token=feed_/);
    const feed = await context.request.get(feed_url);
    assert.equal(feed.status(), 200);
    assert.match(await feed.text(), /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    assert.match(await feed.text(), /<category term="extractions_pending"\/>/);
    await page.click('button[data-action="revoke-feed"]');
    await page.waitForFunction(() => document.querySelector("#alerts-feed-message")?.textContent?.includes("revoked"));
    assert.equal(await page.locator("#alerts-feed-url").count(), 0, "the revoked link is no longer shown");
    assert.equal((await context.request.get(feed_url)).status(), 404);
  });

  it("says after a reload whether a feed link exists and since when, without showing it again", async () => {
    await open_alerts();
    assert.equal(await page.getAttribute("#alerts-feed-status", "data-exists"), "false");
    assert.equal(await page.textContent("#alerts-feed-status"), "You have no feed link.");
    await page.click('button[data-action="create-feed"]');
    await page.waitForSelector("#alerts-feed-url");
    const feed_url = await page.inputValue("#alerts-feed-url");
    await page.waitForSelector('#alerts-feed-status[data-exists="true"]');
    await open_alerts();
    assert.equal(await page.locator("#alerts-feed-url").count(), 0, "the link is shown once only");
    assert.equal(await page.getAttribute("#alerts-feed-status", "data-exists"), "true");
    const said = await page.textContent("#alerts-feed-status");
    assert.match(said, /^You have a feed link, created 20\d\d-\d\d-\d\d \d\d:\d\d UTC\./);
    assert.equal(said.includes(new URL(feed_url).searchParams.get("token")), false);
    await page.click('button[data-action="revoke-feed"]');
    await page.waitForSelector('#alerts-feed-status[data-exists="false"]');
    await open_alerts();
    assert.equal(await page.getAttribute("#alerts-feed-status", "data-exists"), "false");
  });

  it("adds a webhook, shows its secret once, and lists it without the secret", async () => {
    await open_alerts();
    await page.fill("#alerts-webhook-url", dead_hook);
    await page.click('#alerts-webhook-add button[type="submit"]');
    await page.waitForSelector("#alerts-secret");
    const secret = await page.textContent("#alerts-secret");
    assert.match(secret, /^whsec_/);
    assert.match(await page.textContent("#alerts-webhooks table"), /127\.0\.0\.1:9\/hook/);
    await open_alerts();
    assert.equal(await page.locator("#alerts-secret").count(), 0);
    assert.equal((await page.textContent("#alerts-webhooks")).includes(secret), false);
    assert.match(await page.textContent("#alerts-webhooks table"), /127\.0\.0\.1:9\/hook/);
  });

  it("does not show the delivery log to an editor", async () => {
    await open_alerts();
    assert.equal(await page.locator("#alerts-admin").count(), 0);
  });

  it("sends a new alert to the webhook, and an admin sees the failed try in the delivery log", async () => {
    // A second pending article is a new condition: the next alert run raises it and queues a delivery.
    await page.goto(`${server.base_url}/#/review`);
    await page.waitForSelector("#review-submit");
    await page.fill('#review-submit textarea[name="text"]', second_article);
    await page.fill('#review-submit input[name="outlet"]', "Test Wire");
    await page.fill('#review-submit input[name="title"]', "Second contingent lands");
    await page.fill('#review-submit input[name="published"]', "2024-11-08");
    await page.click('#review-submit button[type="submit"]');
    await page.waitForURL(/#\/review\?id=/);

    await page.click('#session button');
    await sign_in(page, server.base_url, admin);
    let row;
    for (let i = 0; i < 30 && !row; ++i) {
      await open_alerts();
      // A delivery is logged as pending before its first try: wait for the row that shows the try.
      const rows = page.locator("#alerts-deliveries tr[data-status]").filter({ hasText: "no answer" });
      if ((await rows.count()) > 0) row = rows.first();
      else await page.waitForTimeout(500);
    }
    assert.ok(row, "a delivery and its failed try show in the log within 15 s");
    const text = await row.textContent();
    assert.match(text, /127\.0\.0\.1:9\/hook/);
    assert.match(text, new RegExp(editor.name));
    assert.match(text, /no answer/);
    // The admin's own alerts above the log, for the README's picture.
    await page.selectOption("#alerts-kind", "extractions_pending");
    await page.click('#alerts-subscribe button[type="submit"]');
    await page.locator('#alerts tr[data-kind="extractions_pending"]').first().waitFor({ timeout: 15000 });
    await page.screenshot({ path: path.join(screenshots, "alerts.png"), fullPage: true });
  });
});
