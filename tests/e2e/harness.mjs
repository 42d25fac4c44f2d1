// Playwright harness for end-to-end tests: Debian's Chromium with the real unpacked extension, pages under real URLs.

import { chromium } from "playwright-core";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: after `make` it is the unpacked extension. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = join(ROOT, "tests/fixtures");

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * Starts Chromium with the extension loaded. Every request to a host not routed by the test is aborted, so no
 * test ever reaches the network and any request Tact makes while checking is recorded in `blockedRequests`.
 * `allowOrigins` lists origins left alone, for a test's own local server (e.g. `http://127.0.0.1:PORT`).
 * `extensionRoot` loads another copy of the extension instead of the repository root (e.g. one whose manifest a test
 * changed). `language` sets the browser's UI language (e.g. "es"), which chrome.i18n reads: on Linux Chromium takes
 * it from the LANGUAGE environment variable, `--lang` elsewhere.
 */
export async function launch({ allowOrigins = [], extensionRoot = ROOT, language = null } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), "tact-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionRoot}`,
      `--load-extension=${extensionRoot}`,
      ...(language ? [`--lang=${language}`] : []),
    ],
    ...(language ? { env: { ...process.env, LANGUAGE: language }, locale: language } : {}),
    viewport: { width: 1100, height: 800 },
  });
  const blockedRequests = [];
  const routed = (url) => /^https?:$/.test(url.protocol) && !allowOrigins.includes(url.origin);
  await context.route(routed, (route) => {
    blockedRequests.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    blockedRequests,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts Chromium with a temporary copy of the extension whose manifest also lists `hosts` in `host_permissions`:
 * headless Chromium cannot answer the permission prompt of the popup's "Turn Tact on", and with the host granted
 * `chrome.permissions.request` resolves without one. The copy is the manifest, `_locales/` and `extension/`; closing
 * the browser removes it.
 */
export async function launchGranting(hosts) {
  const copy = mkdtempSync(join(tmpdir(), "tact-granted-"));
  cpSync(join(ROOT, "extension"), join(copy, "extension"), { recursive: true });
  cpSync(join(ROOT, "_locales"), join(copy, "_locales"), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
  manifest.host_permissions.push(...hosts.map((host) => `https://${host}/*`));
  writeFileSync(join(copy, "manifest.json"), JSON.stringify(manifest, null, 2));
  const browser = await launch({ extensionRoot: copy });
  return {
    ...browser,
    async close() {
      await browser.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/**
 * Serves `html` (a string, or a path under tests/fixtures) at `url`, with an optional Content-Security-Policy
 * header, and other files under the same origin from `assets` ({ "/path": "fixture/file" }). Returns the page.
 */
export async function openPage(browser, url, html, { csp, assets = {} } = {}) {
  const body = html.trimStart().startsWith("<") ? html : readFileSync(join(FIXTURES, html), "utf8");
  const origin = new URL(url).origin;
  const page = await browser.context.newPage();
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (assets[path]) {
      const type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "text/plain";
      return route.fulfill({
        status: 200,
        contentType: type,
        body: readFileSync(join(FIXTURES, assets[path]), "utf8"),
      });
    }
    const headers = { "content-type": "text/html; charset=utf-8" };
    if (csp) headers["content-security-policy"] = csp;
    return route.fulfill({ status: 200, headers, body });
  });
  await page.goto(url);
  return page;
}

/** The badge's scores and engine location, or null while there is no visible badge. */
export async function readBadge(page) {
  return page.evaluate(() => {
    const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
    if (!badge || badge.hidden) return null;
    return {
      listening: Number(badge.getAttribute("data-listening")),
      respect: Number(badge.getAttribute("data-respect")),
      promotion: Number(badge.getAttribute("data-promotion")),
      engine: badge.getAttribute("data-engine"),
      label: badge.getAttribute("aria-label"),
    };
  });
}

/** Waits until the badge shows a report for the current draft (its label changes from `previousLabel`). */
export async function waitForBadge(page, previousLabel = null, timeout = 10_000) {
  await page.waitForFunction(
    (previous) => {
      const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
      return badge && !badge.hidden && badge.getAttribute("aria-label") !== previous;
    },
    previousLabel,
    { timeout },
  );
  return readBadge(page);
}

/** Types `text` into the element matching `selector` as a person would (trusted key events). */
export async function typeInto(page, selector, text) {
  await page.click(selector);
  await page.keyboard.type(text);
}

/** Stops the extension's service worker through the DevTools protocol, as Chrome does to an idle worker. */
export async function stopServiceWorker(browser, page) {
  const cdp = await browser.context.newCDPSession(page);
  const stopped = new Promise((resolve) =>
    cdp.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
      if (versions.some((version) => version.runningStatus === "stopped")) resolve();
    }),
  );
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await stopped;
  await cdp.detach();
}
