// End to end, where the badge sits on Threads: beside the composer and never over the site's Post control, for a
// one-line and a two-line draft (the composer grows under the badge's first place), and in a composer crowded with
// controls on every side, measured as boxes on the page.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { checked, siteSession, tact, typeDraft } from "./fixtures.mjs";
import { SITES } from "../fixtures/sites/sites.mjs";

const THREADS = SITES.find((site) => site.id === "threads");
const ONE_LINE = "Obviously you're wrong. Calm down and buy now!";
const TWO_LINES = `${ONE_LINE} Check out my channel, it has every answer you need, and you will love it.`;
const BREAK = ["Obviously you're wrong.", "Calm down and buy now!"];

const session = siteSession();

/** The badge's box and the Post control's, once the badge has been placed for the draft it shows. */
async function boxes(page) {
  // The badge is placed again each frame the composer moved: two frames after the check, it has settled.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((selector) => {
    const rect = (element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
    const post = [...document.querySelectorAll(selector)].find((node) => node.textContent.trim() === "Post");
    const composer = document.querySelector('[role="dialog"] [role="textbox"]');
    return { badge: rect(badge), post: rect(post), composer: rect(composer) };
  }, '[role="dialog"] div[role="button"]');
}

const intersect = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Crowds the composer: a row of controls above it across the dialog's width, and an emoji control in its
 * bottom-right corner, so that above, inside the corner and to the right all hold a control, as below does Post.
 */
function crowd(page) {
  return page.evaluate(() => {
    const composer = document.querySelector('[role="dialog"] [role="textbox"]');
    const item = composer.parentElement;
    item.style.position = "relative";
    const row = document.createElement("div");
    row.style.display = "flex";
    for (const label of ["Add a GIF", "Add a poll", "Add a photo", "Add a location", "Tag people", "Topics"]) {
      const control = document.createElement("div");
      control.setAttribute("role", "button");
      control.tabIndex = 0;
      control.textContent = label;
      control.style.flex = "1";
      row.append(control);
    }
    composer.before(row);
    const emoji = document.createElement("div");
    emoji.setAttribute("role", "button");
    emoji.setAttribute("aria-label", "Add an emoji");
    emoji.tabIndex = 0;
    emoji.style.cssText = "position: absolute; right: 0; bottom: 0; width: 24px; height: 24px; padding: 0";
    item.append(emoji);
  });
}

describe("on Threads, the badge never covers the Post control", () => {
  for (const [name, type] of [
    ["a one-line draft", (page) => typeDraft(page, THREADS.composer, ONE_LINE)],
    ["a draft that wraps to two lines", (page) => typeDraft(page, THREADS.composer, TWO_LINES)],
    [
      "a draft of two paragraphs",
      async (page) => {
        await typeDraft(page, THREADS.composer, BREAK[0]);
        await page.keyboard.press("Enter");
        await page.keyboard.type(BREAK[1]);
      },
    ],
    [
      "a composer with controls above, inside its corner and to its right",
      async (page) => {
        await crowd(page);
        await typeDraft(page, THREADS.composer, ONE_LINE);
      },
    ],
  ]) {
    test(name, async () => {
      const page = await session.open(THREADS);
      await type(page);
      const text = await page.evaluate((selector) => window.__tactFixture.editorFor(selector).text(), THREADS.composer);
      await checked(page, text);
      const measured = await boxes(page);
      assert.ok(measured.composer.bottom - measured.composer.top > 0, JSON.stringify(measured));
      assert.equal(intersect(measured.badge, measured.post), false, JSON.stringify(measured));
      // And a person's click on Post reaches it: the check opens, as the draft crosses the thresholds.
      await page.click('[role="dialog"] .x1i10hfl');
      await tact(page, "gate").waitFor();
      await page.close();
    });
  }
});
