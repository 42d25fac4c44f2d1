// Puppeteer harness for the end-to-end tests in Firefox: Debian's Firefox ESR over WebDriver BiDi with the built
// Firefox extension (target/firefox) installed, and the site fixtures served under their real URLs.

import puppeteer from "puppeteer-core";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIXTURES = join(ROOT, "tests/fixtures");
const BUILD = join(ROOT, "target/firefox");
const GECKO_ID = JSON.parse(readFileSync(join(BUILD, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
/** Firefox gives each install a random internal UUID; this pref fixes it, so moz-extension:// URLs are known. */
const EXTENSION_UUID = "6d1d5a1e-7ac7-4d6c-9b2f-7ac7a0c7e2e1";

/**
 * Starts headless Firefox with the Firefox build installed as a temporary add-on. `--remote-allow-system-access`
 * lets WebDriver BiDi script the extension's own pages (the popup, the options page), which is how the tests read
 * and set chrome.storage. Every request a page makes that the test does not serve is refused and recorded in
 * `blockedRequests`, so no test reaches the network. `home` runs Firefox with another HOME, where it looks for
 * per-user files such as an administrator's managed storage (~/.mozilla/managed-storage/ID.json).
 */
export async function launch({ home } = {}) {
  const browser = await puppeteer.launch({
    env: home ? { ...process.env, HOME: home } : process.env,
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      "browser.shell.checkDefaultBrowser": false,
      "datareporting.policy.dataSubmissionEnabled": false,
    },
    defaultViewport: { width: 1280, height: 800 },
  });
  await browser.installExtension(BUILD);
  const blockedRequests = [];
  return {
    browser,
    blockedRequests,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    close: () => browser.close(),
  };
}

/**
 * Opens one of the extension's pages in a tab. Navigation to a moz-extension:// page does not always report its
 * load over BiDi, so the tab is sent there without waiting and the test waits for `selector` instead; a wait that
 * began on the blank page ends with an error when the navigation replaces it, and is begun again on the new page.
 */
export async function openExtensionPage(session, path, selector, timeout = 15_000) {
  const page = await session.browser.newPage();
  page.goto(session.extensionUrl(path)).catch(() => {});
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return page;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Runs `fn(args)` in an extension page, where `chrome.*` is the extension's API; opens and closes one. */
export async function inExtension(session, fn, args) {
  const page = await openExtensionPage(session, "extension/pages/options.html", "[data-fact=name]");
  try {
    return await page.evaluate(fn, args);
  } finally {
    await page.close();
  }
}

/**
 * Serves `html` (a path under tests/fixtures) at `url` and other files of the same origin from `assets`
 * ({ "/path": "fixture/file" }); any other request is refused and recorded. Returns the page.
 */
export async function openPage(session, url, html, { assets = {} } = {}) {
  const body = readFileSync(join(FIXTURES, html), "utf8");
  const origin = new URL(url).origin;
  const page = await session.browser.newPage();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const requested = new URL(request.url());
    if (!/^https?:$/.test(requested.protocol)) return request.continue();
    if (requested.origin !== origin) {
      session.blockedRequests.push(request.url());
      return request.abort("blockedbyclient");
    }
    const asset = assets[requested.pathname];
    if (asset) {
      const type = asset.endsWith(".js") ? "text/javascript" : "text/plain";
      return request.respond({ status: 200, contentType: type, body: readFileSync(join(FIXTURES, asset), "utf8") });
    }
    return request.respond({ status: 200, contentType: "text/html; charset=utf-8", body });
  });
  await page.goto(url);
  return page;
}

/** Presses `keys` together, as "Control+A" (modifiers first, released in reverse). */
export async function press(page, keys) {
  const parts = keys.split("+");
  for (const key of parts.slice(0, -1)) await page.keyboard.down(key);
  await page.keyboard.press(parts[parts.length - 1]);
  for (const key of parts.slice(0, -1).reverse()) await page.keyboard.up(key);
}

/** Empties the composer as a person would, then types `text`. */
export async function typeDraft(page, selector, text) {
  await page.click(selector);
  await press(page, "Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** A selector for a part of Tact's UI on the page, by its `data-tact` hook, through Tact's open shadow root. */
export const tact = (hook) => `div[data-tact-root] >>> [data-tact=${hook}]`;

/** Waits until the badge shows the check of a draft as long as `text`, and returns its data attributes. */
export async function checked(page, text) {
  await page.waitForFunction(
    (length) => {
      const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
      return badge && !badge.hidden && badge.dataset.length === String(length);
    },
    { timeout: 15_000 },
    text.length,
  );
  return page.evaluate(() => ({
    ...document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]").dataset,
  }));
}

/** Saves the page as the store screenshot `name` (docs/STORE.md), 1280 x 800, under target/store/. */
export async function storeScreenshot(page, name) {
  mkdirSync(join(ROOT, "target/store"), { recursive: true });
  await page.screenshot({ path: join(ROOT, "target/store", `${name}.png`) });
}
