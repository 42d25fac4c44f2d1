// What the end-to-end tests that type on the site fixtures share: one browser for the test file with clean settings
// before each test, opening a site's composer, typing a draft as a person would, and waiting for its check.

import { after, afterEach, before, beforeEach } from "node:test";
import { EDITORS_ASSET } from "../fixtures/sites/sites.mjs";
import { launch, openPage } from "./harness.mjs";

/**
 * Registers the test file's hooks: Chromium with the extension starts before the first test and closes after the last;
 * before each test the user's settings are reset, and after it the site pages it left open (a failed test leaves its
 * pages open) are closed, so that no tab of one test is taken for another's. Returns the session: its `browser` once
 * started, and helpers bound to it.
 */
export function siteSession() {
  const session = {
    browser: undefined,
    /** Sets chrome.storage.local from the service worker, as the popup and the options page do. */
    setStorage(items) {
      return session.browser.worker.evaluate((values) => chrome.storage.local.set(values), items);
    },
    /** Opens a site fixture (from sites.mjs) at its real URL and waits for its composer. */
    async open(site, options = {}) {
      const page = await openPage(session.browser, site.url, site.file, {
        assets: EDITORS_ASSET,
        csp: site.csp,
        ...options,
      });
      if (site.mount) await page.click(site.mount);
      await page.locator(site.composer).waitFor();
      return page;
    },
  };
  before(async () => {
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
  });
  beforeEach(async () => {
    await session.setStorage({ disabledSites: [], disabledRules: [], userChoices: {} });
  });
  afterEach(async () => {
    for (const page of session.browser.context.pages()) if (page.url().startsWith("https://")) await page.close();
  });
  return session;
}

/** Empties the composer as a person would, then types `text`. */
export async function typeDraft(page, selector, text) {
  await page.click(selector);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** Waits until the badge shows the check of a draft as long as `text`. */
export async function checked(page, text) {
  await page.waitForFunction((length) => {
    const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
    return badge && !badge.hidden && badge.dataset.length === String(length);
  }, text.length);
}

/** A part of Tact's UI on the page, by its `data-tact` hook (the badge, the card, the check, an item). */
export const tact = (page, hook) => page.locator(`div[data-tact-root] [data-tact=${hook}]`);

/**
 * Opens the card from the keyboard with the caret in the draft's first word (Alt+Enter), presses Apply on the finding
 * of `rule`, and returns that finding's card item.
 */
export async function applyFromCard(page, rule) {
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Alt+Enter");
  const item = tact(page, "card").locator(`[data-tact=item][data-rule="${rule}"]`);
  await item.locator("[data-tact=apply]").click();
  return item;
}
