// Starts a real `mssops serve` on a fresh SQLite database for the browser tests: init, seed, an
// editor account, then serve on an ephemeral port with the built dashboard as web root. Also the
// browser every test file drives: Debian's Chromium through playwright-core, on a fresh profile, and
// the sign-in through the dashboard's form.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (tests/e2e/../..). */
export const repo_root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The editor the tests sign in as. */
export const editor = { name: "e2e-editor", password: "correct horse battery staple" };

/** playwright-core's Chromium driver; playwright-core is a dependency of web/, so it is resolved there. */
export const { chromium } = createRequire(path.join(repo_root, "web/package.json"))("playwright-core");
/** The Chromium binary: Debian's, unless CHROMIUM names another. */
export const chromium_path = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** Chromium's flags for the tests: headless, no sandbox, and no network traffic of its own. */
export const chromium_args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Opens Chromium on a fresh profile (launchPersistentContext, as Debian's Chromium needs); `options` go to
 * it, with a 1280x900 viewport unless given. Resolves with the context, its first page, and close(), which
 * also removes the profile. */
export async function open_browser(options = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), "mssops-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromium_path,
    headless: true,
    args: chromium_args,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Refuses every request of `context` to another host than 127.0.0.1 (the dashboard must work with no
 * internet), noting each refused URL in `refused`. */
export async function offline(context, refused = []) {
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") return route.continue();
    refused.push(url.href);
    return route.abort();
  });
}

/** Signs `account` in through the dashboard's sign-in form at `base_url`, and waits until the page names it. */
export async function sign_in(page, base_url, account = editor) {
  await page.goto(`${base_url}/#/sign-in`);
  await page.waitForSelector("#sign-in-form");
  await page.fill("#sign-in-name", account.name);
  await page.fill("#sign-in-password", account.password);
  await page.click('#sign-in-form button[type="submit"]');
  await page.waitForSelector(`[data-user="${account.name}"]`);
}

function run(binary, args, input) {
  const result = spawnSync(binary, args, { cwd: repo_root, input, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`mssops ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Starts the server; resolves with its base URL and a stop function. `prepare` may run more CLI
 * commands on the seeded database first: it gets `cli(args, input)`, which adds `--db`, and
 * `tool(name, args)`, which runs a demo tool built beside mssops (mssops-funding-demo) the same way.
 * `serve_args` are added to `serve` (e.g. ["--alert-interval", "1"]). */
export async function start_server(prepare = () => {}, serve_args = []) {
  const binary = path.resolve(repo_root, process.env.MSSOPS_BINARY ?? "build/mssops");
  const web_root = path.join(repo_root, "web/dist");
  if (!existsSync(binary)) throw new Error(`no server binary at ${binary}: build it, or set MSSOPS_BINARY`);
  if (!existsSync(path.join(web_root, "index.html"))) throw new Error(`no dashboard in ${web_root}: run npm run build in web/`);
  const directory = mkdtempSync(path.join(tmpdir(), "mssops-e2e-"));
  const db = path.join(directory, "e2e.db");
  run(binary, ["init", "--db", db]);
  run(binary, ["seed", "--db", db]);
  run(
    binary,
    ["user", "add", editor.name, "--db", db, "--role", "editor", "--domain", "force", "--domain", "incidents", "--domain", "funding", "--password-stdin"],
    `${editor.password}\n`,
  );
  prepare(
    (args, input) => run(binary, [...args, "--db", db], input),
    (name, args = []) => run(path.join(path.dirname(binary), name), [...args, "--db", db]),
  );
  const server = spawn(binary, ["serve", "--port", "0", "--db", db, "--web-root", web_root, ...serve_args], {
    cwd: repo_root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stderr.on("data", (chunk) => (log += chunk));
  const base_url = await new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`server did not print its address in 20 s:\n${seen}\n${log}`)), 20000);
    server.stdout.on("data", (chunk) => {
      seen += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${seen}\n${log}`));
    });
  });
  return {
    base_url,
    log: () => log,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.on("exit", resolve));
        server.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (server.exitCode === null) server.kill("SIGKILL");
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
