// End to end, Tact on a site the manifest does not cover: a Mastodon server on its own domain gets nothing until the
// user turns Tact on for it from the popup; then the content script is registered for that origin and started in the
// open tab, the Mastodon adapter is found by the page's DOM, the engine runs in the service worker (the wasm is not
// web-accessible there), the pre-post check holds its Post button; turning the site off stops and unregisters it.
//
// What is simulated: headless Chromium cannot answer Chrome's permission prompt, so the extension is loaded from a
// temporary copy whose manifest also lists the test origin in `host_permissions`. `chrome.permissions.request` then
// resolves true without a prompt, and everything after it is real: `registerContentScripts` injects the content
// script on the next load, the popup's button and the worker's messages are the shipped code. Because the copy's
// manifest requires that origin, `chrome.permissions.remove` cannot give it back when the site is turned off (the
// worker ignores that refusal); the registration and the stored list are still checked to be gone.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, launchGranting, openPage, readBadge, stopServiceWorker } from "./harness.mjs";
import { EDITORS_ASSET, SITES } from "../fixtures/sites/sites.mjs";

const HOST = "social.example.org";
const URL_ON_OTHER_SITE = `https://${HOST}/home`;
const MASTODON = SITES.find((site) => site.id === "mastodon");
const CONTENT_SCRIPT = "extension/dist/content-main.js";
const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";

let browser;
before(async () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
  assert.ok(!JSON.stringify(manifest.content_scripts).includes(HOST), "the test origin must not be a built-in site");
  browser = await launchGranting([HOST]);
});
after(async () => {
  await browser?.close();
});

/** Runs `body` in the service worker (the first test runs before the second one restarts it). */
const worker = (body, arg) => browser.worker.evaluate(body, arg);
const registered = () =>
  worker(async () => {
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    return scripts.map(({ id, matches, js, runAt }) => ({ id, matches, js, runAt }));
  });
const enabledSites = () => worker(async () => (await chrome.storage.local.get("enabledSites")).enabledSites ?? []);
const tabIdOf = (url) =>
  worker(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
const badgeHost = (page) => page.evaluate(() => Boolean(document.querySelector("div[data-tact-root]")));

async function openSite() {
  const page = await openPage(browser, URL_ON_OTHER_SITE, MASTODON.file, { assets: EDITORS_ASSET });
  await page.locator(MASTODON.composer).waitFor();
  return page;
}

async function typeDraft(page, text) {
  await page.bringToFront();
  await page.click(MASTODON.composer);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** The badge once it shows the check of a draft as long as `text`. */
async function checked(page, text) {
  await page.waitForFunction((length) => {
    const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
    return badge && !badge.hidden && badge.dataset.length === String(length);
  }, text.length);
  return readBadge(page);
}

/** Waits long enough for a content script to have drawn a badge (the worker path debounces 80 ms), then asks. */
async function noBadgeAfterTyping(page) {
  await typeDraft(page, RUDE_PROMO);
  await page.waitForTimeout(1500);
  return !(await badgeHost(page));
}

async function openPopup(tabId) {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`extension/pages/popup.html?tab=${tabId}`));
  await popup.locator("[data-stat=drafts]").waitFor();
  return popup;
}

test("a Mastodon server on its own domain is off until the user turns it on, and off again after", async () => {
  const page = await openSite();
  assert.ok(await noBadgeAfterTyping(page), "no badge on a site the user has not turned on");
  const tabId = await tabIdOf(URL_ON_OTHER_SITE);

  // The popup offers the site, with a real, named button.
  const popup = await openPopup(tabId);
  const turnOn = popup.getByRole("button", { name: `Turn Tact on for ${HOST}` });
  await turnOn.waitFor();
  assert.equal(await popup.locator("[data-tab-state=not-on]").count(), 1);
  assert.match(await popup.locator("#offer-note").textContent(), /never leave your device/);
  assert.equal(await turnOn.getAttribute("aria-describedby"), "offer-note");
  // From the keyboard, as a user would: Tab to it (or focus it) and press Enter; the gesture is the key press.
  await turnOn.focus();
  await popup.keyboard.press("Enter");
  await popup.locator("[data-notice=ok]").waitFor();
  assert.equal(await popup.locator("[data-notice=ok]").getAttribute("role"), "status");
  assert.match(await popup.locator("[data-notice=ok]").textContent(), new RegExp(`Tact is on for ${HOST}`));
  // The tab is now one Tact runs on: the usual switch and pause, and the site in the list of the user's sites.
  assert.equal(
    await popup.getByRole("switch", { name: `Check drafts on ${HOST}` }).getAttribute("aria-checked"),
    "true",
  );
  assert.equal(await popup.locator(`[data-user-site="${HOST}"]`).count(), 1);

  assert.deepEqual(await registered(), [
    {
      id: `tact-site-${HOST}`,
      matches: [`https://${HOST}/*`],
      js: [CONTENT_SCRIPT],
      runAt: "document_idle",
    },
  ]);
  assert.deepEqual(await enabledSites(), [HOST]);

  // The open tab got Tact at once (no reload, so no draft lost): the engine runs in the worker, as the wasm is not
  // web-accessible on this origin.
  await typeDraft(page, RUDE_PROMO);
  const badge = await checked(page, RUDE_PROMO);
  assert.equal(badge.engine, "worker");
  assert.ok(badge.respect < 50 && badge.promotion > 50, JSON.stringify(badge));

  // A new load gets the registered content script, and the Mastodon adapter (found by the DOM) holds its Post button.
  await page.reload();
  await page.locator(MASTODON.composer).waitFor();
  await typeDraft(page, RUDE_PROMO);
  assert.equal((await checked(page, RUDE_PROMO)).engine, "worker");
  await page.click(MASTODON.submit.click);
  const gate = page.locator("div[data-tact-root] [data-tact=gate]");
  await gate.waitFor();
  assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), [], "the post waits for the check");
  await gate.locator("[data-tact=post-anyway]").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), [RUDE_PROMO]);

  // Turning it off: the badge goes at once from the open tab, the registration and the stored site go.
  await typeDraft(page, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await popup.reload();
  const turnOff = popup.getByRole("button", { name: `Turn Tact off for ${HOST}` });
  await turnOff.click();
  await popup.locator("[data-notice=ok]").waitFor();
  assert.match(await popup.locator("[data-notice=ok]").textContent(), new RegExp(`Tact is off for ${HOST}`));
  await popup.getByRole("button", { name: `Turn Tact on for ${HOST}` }).waitFor();
  assert.equal(await popup.locator(`[data-user-site="${HOST}"]`).count(), 0);
  await page.waitForFunction(() => !document.querySelector("div[data-tact-root]"));
  assert.deepEqual(await registered(), []);
  assert.deepEqual(await enabledSites(), []);

  await page.reload();
  await page.locator(MASTODON.composer).waitFor();
  assert.ok(await noBadgeAfterTyping(page), "no badge after the site was turned off and the page reloaded");
  await popup.close();
  await page.close();
});

test("when the worker starts, a site without its permission loses its registration and its place", async () => {
  // As after the user removed the site's access in chrome://extensions while the worker slept: a stored host and its
  // registration, with no permission for it. Another extension script's registration must stay.
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl("extension/pages/try.html"));
  const scripts = () =>
    page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
  await page.evaluate(async (script) => {
    await chrome.storage.local.set({ enabledSites: ["forum.example.net"] });
    await chrome.scripting.registerContentScripts([
      { id: "tact-site-forum.example.net", matches: ["https://forum.example.net/*"], js: [script] },
      { id: "not-a-user-site", matches: ["https://forum.example.net/*"], js: [script] },
    ]);
  }, CONTENT_SCRIPT);
  assert.deepEqual((await scripts()).sort(), ["not-a-user-site", "tact-site-forum.example.net"]);

  await stopServiceWorker(browser, page);
  // Any message wakes the worker, whose start reconciles.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: "get-stats" }));
  await page.waitForFunction(async () => {
    const ids = (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id);
    return !ids.includes("tact-site-forum.example.net");
  });
  assert.deepEqual(await scripts(), ["not-a-user-site"]);
  assert.deepEqual(await page.evaluate(async () => (await chrome.storage.local.get("enabledSites")).enabledSites), []);
  await page.evaluate(() => chrome.scripting.unregisterContentScripts({ ids: ["not-a-user-site"] }));
  await page.close();
});
