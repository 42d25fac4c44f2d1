// End to end, where Tact draws itself, measured as boxes (getBoundingClientRect), never as pixels: on every site
// fixture the badge covers no text of the page (the draft's lines included) and not the post being answered, never
// sits half over the composer, and stays in the viewport; it takes the composer's own corner where the draft leaves it
// free; the card opened on the draft covers none of the lines it talks about, at 1280 px and in a 360 px window.

import { test } from "node:test";
import assert from "node:assert/strict";
import { SITES } from "../fixtures/sites/sites.mjs";
import { checked, siteSession, tact, typeDraft } from "./fixtures.mjs";

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
 * (outside Tact), and the block showing the post being answered (found by a phrase of it), its card included.
 */
function measure(page, composer, phrase) {
  return page.evaluate(
    ([selector, phrase]) => {
      const box = (rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
      const overlap = (a, b) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
      const root = document.querySelector("div[data-tact-root]");
      const badge = box(root.shadowRoot.querySelector("[data-tact=badge]").getBoundingClientRect());
      const editorElement = document.querySelector(selector);
      const editor = box(editorElement.getBoundingClientRect());
      const covered = [];
      let post = null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const text = node.textContent.trim();
        if (!text || root.contains(node)) continue;
        if (phrase && !post && node.textContent.includes(phrase)) {
          // The post's whole card (its author line, its padding): the outermost block around it without the composer.
          let block = node.parentElement;
          while (block?.parentElement && !block.parentElement.contains(editorElement)) block = block.parentElement;
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

/** Whether a person could click into the composer in this window (a fixture's own layout may cover it when narrow). */
function reachable(page, selector) {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    const box = editor.getBoundingClientRect();
    const x = (Math.max(box.left, 0) + Math.min(box.right, window.innerWidth)) / 2;
    const hit = document.elementFromPoint(x, box.top + box.height / 2);
    return hit !== null && (editor.contains(hit) || hit.contains(editor));
  }, selector);
}

/**
 * The site's fixture in a window `width` px wide with DRAFT typed and its badge settled; null (the test skipped)
 * when the fixture's own layout covers its composer there.
 */
async function drafted(t, site, width) {
  const page = await session.open(site);
  await page.setViewportSize({ width, height: 800 });
  if (!(await reachable(page, site.composer))) {
    t.skip("the fixture's own layout covers its composer in this window (no person could type there)");
    return null;
  }
  await typeDraft(page, site.composer, DRAFT);
  await settledBadge(page, DRAFT);
  return page;
}

for (const width of [1280, 360]) {
  for (const site of SITES) {
    test(`${site.id} at ${width} px: the badge covers no text and not the post being answered, never straddles the composer`, async (t) => {
      const page = await drafted(t, site, width);
      if (!page) return;
      const seen = await measure(page, site.composer, site.context);
      const where = JSON.stringify(seen.badge);
      assert.deepEqual(seen.covered, [], `no text of the page under the badge at ${where}`);
      assert.ok(
        inside(seen.badge, seen.editor) || !overlaps(seen.badge, seen.editor),
        `the badge is in the composer or outside it, not across its edge: ${where} vs ${JSON.stringify(seen.editor)}`,
      );
      if (seen.post)
        assert.ok(
          !overlaps(seen.badge, seen.post),
          `not over the post answered ${JSON.stringify(seen.post)}: ${where}`,
        );
      assert.ok(
        inside(seen.badge, { left: 0, top: 0, right: seen.viewport.width, bottom: seen.viewport.height }),
        `within the viewport: ${where}`,
      );
    });
  }
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
      const page = await drafted(t, site, width);
      if (!page) return;
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

// ---- The Try page: its textarea (a reply under a post) and its rich editor, in a 360 px window and at 1280 px. ----

/** A draft that wraps to three lines in the Try page's textarea in a 360 px window. */
const THREE_LINES = "Calm down. Did you even read the docs? Obviously it works. Buy now and follow us for more!";

/** The Try page at `width` px, its badge not shown yet. */
async function tryPage(width) {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(session.browser.extensionUrl("extension/pages/try.html"));
  await page.locator("#reply").waitFor();
  return page;
}

/**
 * In the page: the lines of `editor`'s draft that show and that `badge` (a box) covers. A textarea's lines are
 * measured on a copy of it made for the measurement and removed at once (Tact never sees it).
 */
function coveredLines(editor, badge) {
  const overlap = (a, b) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
  const shown = editor.getBoundingClientRect();
  const style = getComputedStyle(editor);
  const range = document.createRange();
  let lines;
  if (editor instanceof HTMLTextAreaElement) {
    const copy = document.createElement("div");
    const copied = ["fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "wordSpacing", "tabSize"];
    for (const side of ["Top", "Right", "Bottom", "Left"]) copied.push(`padding${side}`, `border${side}Width`);
    for (const property of [...copied, "wordBreak", "overflowWrap"]) copy.style[property] = style[property];
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, editor.offsetWidth - editor.clientWidth - borders);
    Object.assign(copy.style, {
      position: "fixed",
      left: `${shown.left}px`,
      top: `${shown.top}px`,
      width: `${shown.width}px`,
      height: `${shown.height}px`,
      boxSizing: "border-box",
      overflow: "hidden",
      whiteSpace: "pre-wrap",
      borderStyle: "solid",
      visibility: "hidden",
      margin: "0",
      paddingRight: `${parseFloat(style.paddingRight) + scrollbar}px`,
    });
    copy.textContent = editor.value;
    document.body.append(copy);
    copy.scrollTop = editor.scrollTop;
    range.selectNodeContents(copy);
    lines = [...range.getClientRects()];
    copy.remove();
  } else {
    range.selectNodeContents(editor);
    lines = [...range.getClientRects()];
  }
  // What shows of a line is what the editor's padding box does not clip (a line scrolled half out is cut at its edge).
  const clip = {
    left: shown.left + parseFloat(style.borderLeftWidth),
    top: shown.top + parseFloat(style.borderTopWidth),
    right: shown.right - parseFloat(style.borderRightWidth),
    bottom: shown.bottom - parseFloat(style.borderBottomWidth),
  };
  return lines
    .filter((line) => line.width > 0)
    .map((line) => ({
      left: Math.max(line.left, clip.left),
      top: Math.max(line.top, clip.top),
      right: Math.min(line.right, clip.right),
      bottom: Math.min(line.bottom, clip.bottom),
    }))
    .filter((line) => line.right > line.left && line.bottom > line.top && overlap(line, badge));
}

/** Makes `coveredLines` callable in the page, as `window.__coveredLines`. */
const withCoveredLines = (page) => page.evaluate(`window.__coveredLines = ${coveredLines.toString()}`);

/** The badge's box, its composer's, the draft's lines under the badge and the parent post's box. */
async function measureTry(page, selector) {
  await withCoveredLines(page);
  return page.evaluate((selector) => {
    const box = (rect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    const badge = box(
      document
        .querySelector("div[data-tact-root]")
        .shadowRoot.querySelector("[data-tact=badge]")
        .getBoundingClientRect(),
    );
    const editor = document.querySelector(selector);
    const lines = window.__coveredLines(editor, badge);
    return {
      badge,
      editor: box(editor.getBoundingClientRect()),
      lines,
      post: box(document.querySelector(".parent-post").getBoundingClientRect()),
      viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
    };
  }, selector);
}

for (const width of [360, 1280]) {
  for (const [selector, name] of [
    ["#reply", "textarea"],
    ["#rich", "rich editor"],
  ]) {
    test(`Try page at ${width} px, its ${name}: the badge is in the corner clear of the draft or wholly outside, never over the post or the page's text`, async () => {
      const page = await tryPage(width);
      for (const draft of [DRAFT, THREE_LINES]) {
        await typeDraft(page, selector, draft);
        await settledBadge(page, draft);
        const seen = await measureTry(page, selector);
        const where = `${JSON.stringify(seen.badge)} vs the composer ${JSON.stringify(seen.editor)}`;
        assert.ok(
          inside(seen.badge, seen.editor) || !overlaps(seen.badge, seen.editor),
          `never across its edge: ${where}`,
        );
        assert.deepEqual(seen.lines, [], `no line of the draft under the badge: ${where}`);
        assert.ok(
          !overlaps(seen.badge, seen.post),
          `not over the post answered ${JSON.stringify(seen.post)}: ${where}`,
        );
        assert.ok(inside(seen.badge, seen.viewport), `within the window: ${where}`);
        const pageText = await measure(page, selector, null);
        assert.deepEqual(pageText.covered, [], `no text of the page (a label, the Post button) under it: ${where}`);
      }
      await page.close();
    });
  }
}

/**
 * Starts recording, at every frame the page draws, where the badge is against `selector`'s composer: the frames in
 * which it straddles the composer's edge or covers a line of the draft that shows. `stopFrames` returns them.
 */
async function recordFrames(page, selector) {
  await withCoveredLines(page);
  await page.evaluate((selector) => {
    const overlap = (a, b) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
    const within = (a, b) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
    const frames = { seen: 0, wrong: [], stop: false };
    window.__frames = frames;
    const editor = document.querySelector(selector);
    const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
    const frame = () => {
      if (frames.stop) return;
      if (!badge.hidden) {
        frames.seen++;
        const spot = badge.getBoundingClientRect();
        const field = editor.getBoundingClientRect();
        if (overlap(spot, field) && !within(spot, field)) frames.wrong.push({ straddles: spot.toJSON() });
        const lines = window.__coveredLines(editor, spot);
        if (lines.length > 0) frames.wrong.push({ covers: lines, badge: spot.toJSON(), scrollTop: editor.scrollTop });
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, selector);
}

function stopFrames(page) {
  return page.evaluate(() => {
    window.__frames.stop = true;
    return { seen: window.__frames.seen, wrong: window.__frames.wrong.slice(0, 5) };
  });
}

/** Ordinary sentences, some flagged, `count` of them: many lines in a composer a few lines high. */
const manyLines = (count) =>
  Array.from(
    { length: count },
    (_, index) => ["Obviously you are wrong about this.", "Thanks, that helps.", "What happened next?"][index % 3],
  ).join(" ");

for (const [selector, name, style] of [
  ["#reply", "textarea", "#reply { height: 120px; resize: none; }"],
  ["#rich", "rich editor", "#rich { max-height: 140px; overflow-y: auto; }"],
]) {
  test(`Try page, a long draft in its scrolling ${name}: at no frame does the badge cover a line of it or straddle it, typing, scrolling or resizing`, async () => {
    const page = await tryPage(1280);
    await page.addStyleTag({ content: style });
    // A short draft first: the corner is free, the badge may take it.
    await typeDraft(page, selector, "Calm down, obviously.");
    await settledBadge(page, "Calm down, obviously.");
    await recordFrames(page, selector);
    // Lines reach the corner, then scroll under it.
    await page.keyboard.type(" Buy now! What happened next? Thanks, that helps a lot.");
    await page.keyboard.insertText(` ${manyLines(24)}`);
    await page.keyboard.type(" Obviously.");
    const box = await page.locator(selector).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (const delta of [-60, -60, -200, -400, 120, 40, 40, 600]) {
      await page.mouse.wheel(0, delta);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("Hi! ");
    await page.setViewportSize({ width: 360, height: 900 });
    await page.keyboard.type("Well. ");
    await page.setViewportSize({ width: 1280, height: 900 });
    const text = await page.evaluate((selector) => {
      const editor = document.querySelector(selector);
      return editor.value ?? editor.innerText;
    }, selector);
    await checked(page, text);
    const frames = await stopFrames(page);
    assert.ok(frames.seen > 0, "frames were recorded with the badge shown");
    assert.deepEqual(frames.wrong, [], `of ${frames.seen} frames`);
    await page.close();
  });
}
