// End to end, where Tact draws itself, measured as boxes (getBoundingClientRect), never as pixels: on every site
// fixture the badge covers no text of the page (the draft's lines included) and not the post being answered, never
// sits half over the composer, and stays in the viewport; it takes the composer's own corner where the draft leaves it
// free; the card opened on the draft covers none of the lines it talks about, at 1280 px and in a 360 px window.

import { test } from "node:test";
import assert from "node:assert/strict";
import { SITES } from "../fixtures/sites/sites.mjs";
import { siteSession, tact, typeDraft } from "./fixtures.mjs";

const session = siteSession();
// Findings on several words, so that the card talks about more than one line's worth of the draft.
const DRAFT = "Calm down, obviously you are wrong. Buy now!";

/** Waits until the badge shows this draft and has stopped moving (it is placed after each check). */
async function settledBadge(page, text) {
  await page.waitForFunction((length) => {
    const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
    return badge && !badge.hidden && badge.dataset.length === String(length);
  }, text.length);
  let last = "";
  for (;;) {
    const now = await page.evaluate(() => {
      const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
      return JSON.stringify(badge.getBoundingClientRect());
    });
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/**
 * The boxes a placement rule is judged on: the badge, the composer, every line of the page's text under the badge
 * (outside Tact), and the block showing the post being answered (found by a phrase of it).
 */
function measure(page, composer, phrase) {
  return page.evaluate(
    ([selector, phrase]) => {
      const box = (rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      const overlap = (a, b) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
      const root = document.querySelector("div[data-tact-root]");
      const badge = box(root.shadowRoot.querySelector("[data-tact=badge]").getBoundingClientRect());
      const editor = box(document.querySelector(selector).getBoundingClientRect());
      const covered = [];
      let post = null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = node.textContent.trim();
        if (!text || root.contains(node)) continue;
        if (phrase && !post && node.textContent.includes(phrase)) {
          let block = node.parentElement;
          while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
          post = block && box(block.getBoundingClientRect());
        }
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some((line) => line.width > 0 && overlap(line, badge))) covered.push(text);
      }
      return {
        badge,
        editor,
        post,
        covered,
        viewport: { width: window.innerWidth, height: window.innerHeight },
      };
    },
    [composer, phrase],
  );
}

const inside = (a, b) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
const overlaps = (a, b) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;

for (const site of SITES) {
  test(`${site.id}: the badge covers no text and not the post being answered, never straddles the composer`, async () => {
    const page = await session.open(site);
    await page.setViewportSize({ width: 1280, height: 800 });
    await typeDraft(page, site.composer, DRAFT);
    await settledBadge(page, DRAFT);
    const seen = await measure(page, site.composer, site.context);
    const where = JSON.stringify(seen.badge);
    assert.deepEqual(seen.covered, [], `no text of the page under the badge at ${where}`);
    assert.ok(
      inside(seen.badge, seen.editor) || !overlaps(seen.badge, seen.editor),
      `the badge is in the composer or outside it, not across its edge: ${where} vs ${JSON.stringify(seen.editor)}`,
    );
    if (seen.post)
      assert.ok(!overlaps(seen.badge, seen.post), `not over the post answered ${JSON.stringify(seen.post)}`);
    assert.ok(
      inside(seen.badge, { left: 0, top: 0, right: seen.viewport.width, bottom: seen.viewport.height }),
      `within the viewport: ${where}`,
    );
  });
}

test("the badge takes the composer's own corner while the draft leaves it free, and leaves it when the lines reach it", async () => {
  const site = SITES.find((row) => row.id === "linkedin-share");
  const page = await session.open(site);
  await typeDraft(page, site.composer, DRAFT);
  await settledBadge(page, DRAFT);
  let seen = await measure(page, site.composer, null);
  assert.ok(
    inside(seen.badge, seen.editor),
    `in the corner: ${JSON.stringify(seen.badge)} ${JSON.stringify(seen.editor)}`,
  );
  // A draft of many lines fills the composer: the badge goes outside rather than over the words.
  const long = Array.from({ length: 8 }, () => "Obviously you are wrong about this, and everyone knows it.").join(" ");
  await typeDraft(page, site.composer, long);
  await settledBadge(page, long);
  seen = await measure(page, site.composer, null);
  assert.deepEqual(seen.covered, [], "the draft's own lines stay readable");
});

/** The page's boxes of the lines the card talks about: Tact's underlines (CSS highlights, or a textarea's mirror). */
function underlinedLines(page) {
  return page.evaluate(() => {
    const lines = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("tact-")) continue;
      for (const range of highlight) lines.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
    }
    const mirror = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=mirror]");
    for (const mark of mirror?.querySelectorAll("[data-start]") ?? []) lines.push(...mark.getClientRects());
    return lines.map((rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }));
  });
}

for (const width of [1280, 360]) {
  for (const site of SITES) {
    test(`${site.id} at ${width} px: the card covers none of the lines it talks about`, async (t) => {
      const page = await session.open(site);
      await page.setViewportSize({ width, height: 800 });
      const reachable = await page.evaluate((selector) => {
        const editor = document.querySelector(selector);
        const box = editor.getBoundingClientRect();
        const x = (Math.max(box.left, 0) + Math.min(box.right, window.innerWidth)) / 2;
        const hit = document.elementFromPoint(x, box.top + box.height / 2);
        return hit !== null && (editor.contains(hit) || hit.contains(editor));
      }, site.composer);
      if (!reachable) {
        t.skip("the fixture's own layout covers its composer in this window (no person could type there)");
        return;
      }
      await typeDraft(page, site.composer, DRAFT);
      await settledBadge(page, DRAFT);
      await page.keyboard.press("Alt+Enter");
      const card = tact(page, "card");
      await card.waitFor();
      const lines = await underlinedLines(page);
      assert.ok(lines.length > 0, "the draft is underlined");
      const box = await card.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      });
      const under = lines.filter((line) => overlaps(line, box));
      assert.deepEqual(under, [], `the card at ${JSON.stringify(box)} leaves the underlined lines readable`);
    });
  }
}
