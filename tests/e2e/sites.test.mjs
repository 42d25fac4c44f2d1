// End to end, site by site: each fixture composer served under its real URL with the unpacked extension loaded.
// The badge scores it; the adapter finds it and its reply context; rewrites land in the editor's model; undo works.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { join } from "node:path";
import { launch, openPage, readBadge, ROOT, waitForBadge } from "./harness.mjs";
import { EDITORS_ASSET, REDDIT_REFUSING_WRITES, SITES } from "../fixtures/sites/sites.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const LISTENING = "Thanks for telling us. What happened when you tried to save? We appreciate the detail.";
const DRAFT = "Thanks for the report. Buy now, obviously!";
const SPAN = "Buy now, obviously!";
const REWRITE = "What have you tried so far?";

/**
 * The content script's adapter, text and write modules, bundled for the page's world so a test can call them
 * directly on the fixture's editor (the content script's own world is out of a test's reach).
 */
const PAGE_HOOK = (
  await build({
    stdin: {
      contents: `
        import { applyRewrite } from "./write";
        import { readText } from "./text";
        import { ADAPTERS, adapterFor, composerFor, findComposers } from "./adapters/index";
        import { readReplyContext } from "./adapters/context";
        window.__tactTest = { applyRewrite, readText, ADAPTERS, adapterFor, composerFor, findComposers, readReplyContext };`,
      resolveDir: join(ROOT, "extension/src/content"),
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    target: "chrome121",
    write: false,
    logLevel: "warning",
  })
).outputFiles[0].text;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function open(site) {
  const page = await openPage(browser, site.url, site.file, { assets: EDITORS_ASSET, csp: site.csp });
  // Evaluated, not added as a <script>: a page that enforces Trusted Types refuses a script built from a string.
  await page.evaluate(PAGE_HOOK);
  if (site.mount) {
    assert.equal(
      await page.locator(site.composer).count(),
      0,
      "the composer is not there before its placeholder is clicked",
    );
    await page.click(site.mount);
  }
  await page.locator(site.composer).waitFor();
  return page;
}

/** Empties the composer the way a person would: select all, delete. */
async function clear(page, site) {
  await page.click(site.composer);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.waitForFunction(() => window.__tactFixture.model() === "");
}

async function typeDraft(page, site, text) {
  await clear(page, site);
  await page.keyboard.type(text);
  assert.equal(await modelText(page), text, "typing reaches the editor's model");
}

const modelText = (page) => page.evaluate(() => window.__tactFixture.model());
const shownText = (page, site) =>
  page.evaluate((selector) => window.__tactTest.readText(document.querySelector(selector)), site.composer);

/** Applies REWRITE over SPAN in the draft, with the site's adapter (or only the given write paths). */
function rewrite(page, site, writePaths) {
  return page.evaluate(
    async ({ selector, span, replacement, writePaths }) => {
      const { adapterFor, applyRewrite, readText } = window.__tactTest;
      const editor = document.querySelector(selector);
      const adapter = adapterFor(location, document);
      const start = readText(editor).indexOf(span);
      return applyRewrite(editor, writePaths ? { writePaths } : adapter, start, start + span.length, replacement);
    },
    { selector: site.composer, span: SPAN, replacement: REWRITE, writePaths },
  );
}

/** The badge once it has caught up with the whole draft: a new report, then no change for a few frames. */
async function settledBadge(page, previousLabel = null) {
  let badge = await waitForBadge(page, previousLabel);
  for (;;) {
    await page.waitForTimeout(250);
    const now = await readBadge(page);
    if (now?.label === badge.label) return now;
    badge = now ?? (await waitForBadge(page, previousLabel));
  }
}

/** Sends the post as the site does; if Tact's pre-post check holds it, goes on with "Post anyway". */
async function sendPost(page, site) {
  const count = await page.evaluate(() => window.__tactFixture.posted.length);
  if (site.submit.click) {
    const cover = await page.evaluate((selector) => {
      const button = document.querySelector(selector);
      const box = button.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit && (button === hit || button.contains(hit)) ? null : (hit?.outerHTML.slice(0, 60) ?? "nothing");
    }, site.submit.click);
    assert.equal(cover, null, "nothing of Tact's covers the site's Post button");
    // Forced: Tact's check may open on pointerdown and take the rest of the click, as a person would see it do.
    await page.click(site.submit.click, { force: true });
  } else {
    await page.click(site.composer);
    await page.keyboard.press(site.submit.key);
  }
  const posted = page.waitForFunction((n) => window.__tactFixture.posted.length > n, count, { timeout: 5_000 });
  const gate = page.locator("div[data-tact-root] [data-tact=post-anyway]");
  await Promise.race([posted, gate.waitFor({ timeout: 5_000 }).then(() => gate.click())]).catch(() => undefined);
  await posted;
  return page.evaluate(() => window.__tactFixture.posted.at(-1));
}

/**
 * Where each of Tact's underlines is drawn, against the line of the words it marks. An underline is text decoration:
 * for each line box of its words (a highlight's range, or a mirror mark's client rects) its band runs from the
 * baseline (the box's bottom less the font's descent, measured with a canvas in the same font) plus the underline's
 * offset, as thick as its thickness; a wavy line from one thickness under that to four (where Chromium paints a 1px
 * wave, read back from a screenshot's pixels at 13 and 16 px); a mirror's mark is cut
 * where the mirror clips it (at the textarea's padding box, as the textarea clips its own text). Also the editor's
 * box less its bottom border, which an underline must not reach.
 */
function underlineBands(page, selector) {
  return page.evaluate((selector) => {
    const context = document.createElement("canvas").getContext("2d");
    const px = (value, fontSize) => (value.endsWith("em") ? parseFloat(value) * fontSize : parseFloat(value));
    const band = (element, rect, decoration, text, clip = Number.POSITIVE_INFINITY) => {
      const style = getComputedStyle(element);
      const fontSize = parseFloat(style.fontSize);
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const descent = context.measureText(text).fontBoundingBoxDescent;
      const offset = px(decoration.textUnderlineOffset, fontSize);
      const thickness = px(decoration.textDecorationThickness, fontSize);
      const wavy = decoration.textDecorationStyle === "wavy";
      const top = rect.bottom - descent + offset + (wavy ? thickness : 0);
      const height = wavy ? 3 * thickness : thickness;
      return {
        text,
        line: { top: rect.top, bottom: rect.bottom },
        band: { top, bottom: Math.min(top + height, clip) },
      };
    };
    const bands = [];
    // A contenteditable: the ranges of Tact's highlights, styled by the ::highlight rules in their tree scope.
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("tact-")) continue;
      for (const range of highlight) {
        const element = range.startContainer.parentElement;
        const scope = element.getRootNode();
        const rule = [...scope.adoptedStyleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .find((candidate) => candidate.selectorText === `::highlight(${name})`);
        for (const rect of range.getClientRects()) bands.push(band(element, rect, rule.style, range.toString()));
      }
    }
    // A textarea: the marks of Tact's mirror.
    const mirror = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=mirror]");
    if (mirror) {
      const clip = mirror.getBoundingClientRect().bottom - parseFloat(getComputedStyle(mirror).borderBottomWidth);
      for (const mark of mirror.querySelectorAll("[data-tact=mark]"))
        for (const rect of mark.getClientRects())
          bands.push(band(mark, rect, getComputedStyle(mark), mark.textContent, clip));
    }
    const editor = document.querySelector(selector);
    const box = editor.getBoundingClientRect();
    const inside = box.bottom - parseFloat(getComputedStyle(editor).borderBottomWidth);
    return { bands, inside };
  }, selector);
}

const expectedAfterRewrite = DRAFT.replace(SPAN, REWRITE);

for (const site of SITES) {
  describe(`${site.id} (${site.editor} at ${site.url})`, () => {
    let page;
    before(async () => {
      page = await open(site);
    });
    after(async () => {
      await page?.close();
    });

    test("the site's adapter takes the page, finds this composer and reads the post replied to", async () => {
      const found = await page.evaluate((selector) => {
        const { adapterFor, composerFor, findComposers, readReplyContext } = window.__tactTest;
        const adapter = adapterFor(location, document);
        const editor = document.querySelector(selector);
        return {
          adapter: adapter.id,
          composer: composerFor(adapter, editor) === editor,
          listed: findComposers(adapter, document).includes(editor),
          context: readReplyContext(adapter, editor),
        };
      }, site.composer);
      assert.equal(found.adapter, site.adapter);
      assert.ok(found.composer, "the composer is recognised from inside");
      assert.ok(found.listed, "the composer is among the page's composers");
      if (site.context === null) assert.equal(found.context, null);
      else assert.ok(found.context?.includes(site.context), `reply context "${found.context}" has "${site.context}"`);
    });

    test("the badge appears and ranks a rude, promotional draft below a listening reply", async () => {
      await typeDraft(page, site, RUDE_PROMO);
      const rude = await settledBadge(page);
      await typeDraft(page, site, LISTENING);
      const listening = await settledBadge(page, rude.label);
      assert.ok(listening.listening > rude.listening, `listening ${listening.listening} > ${rude.listening}`);
      assert.ok(listening.respect > rude.respect, `respect ${listening.respect} > ${rude.respect}`);
      assert.ok(listening.promotion < rude.promotion, `promotion ${listening.promotion} < ${rude.promotion}`);
    });

    test("each underline lies on the line of the words it marks, above the field's bottom border", async () => {
      await typeDraft(page, site, RUDE_PROMO);
      await settledBadge(page);
      await page.waitForFunction(() => {
        const marks = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelectorAll("[data-tact=mark]");
        return [...CSS.highlights.values()].some((highlight) => highlight.size > 0) || marks?.length > 0;
      });
      const { bands, inside } = await underlineBands(page, site.composer);
      assert.ok(bands.length > 0, "the draft is underlined");
      for (const { text, line, band } of bands) {
        const where = `"${text}": underline ${band.top.toFixed(1)}-${band.bottom.toFixed(1)}, line ${line.top.toFixed(1)}-${line.bottom.toFixed(1)}`;
        assert.ok(band.top >= line.top, `${where}: below the line's top`);
        assert.ok(band.bottom <= line.bottom + 2, `${where}: at most 2 px below the line`);
        assert.ok(band.bottom <= inside, `${where}: above the field's bottom border at ${inside.toFixed(1)}`);
      }
    });

    test("a rewrite goes through execCommand into the editor's model, and undo restores the draft", async () => {
      await typeDraft(page, site, DRAFT);
      // A person pauses before choosing a rewrite: ProseMirror's history groups the changes of 500 ms into one undo,
      // Quill's those of a second (its default `delay`), so an undo sooner takes the typing with it.
      await page.waitForTimeout(1_100);
      assert.deepEqual(await rewrite(page, site), { ok: true, path: "execCommand" });
      assert.equal(await shownText(page, site), expectedAfterRewrite);
      assert.equal(await modelText(page), expectedAfterRewrite, "the editor's model has the rewrite");
      await page.keyboard.press("Control+Z");
      await page.waitForFunction((draft) => window.__tactFixture.model() === draft, DRAFT);
      assert.equal(await shownText(page, site), DRAFT, "undo restores what the user wrote");
    });

    test("the rewritten draft is what the site posts", async () => {
      await typeDraft(page, site, DRAFT);
      assert.equal((await rewrite(page, site)).ok, true);
      assert.equal(await sendPost(page, site), expectedAfterRewrite);
    });

    for (const [path, takes] of Object.entries(site.takes)) {
      test(`the ${path} write path is ${takes ? "taken by the editor's model" : "refused, and seen to be refused"}`, async () => {
        await typeDraft(page, site, DRAFT);
        const result = await rewrite(page, site, [path]);
        if (takes) {
          assert.deepEqual(result, { ok: true, path });
          assert.equal(await modelText(page), expectedAfterRewrite);
        } else {
          assert.equal(result.ok, false);
          assert.equal(await modelText(page), DRAFT, "the model is untouched");
          assert.equal(await shownText(page, site), DRAFT, "and so is the text on screen");
        }
      });
    }
  });
}

describe(`${REDDIT_REFUSING_WRITES.id}: an editor that takes nothing but typing (the 2026-06 note on new Reddit)`, () => {
  const site = REDDIT_REFUSING_WRITES;
  let page;
  before(async () => {
    page = await open(site);
  });
  after(async () => {
    await page?.close();
  });

  for (const path of [...Object.keys(site.takes), null]) {
    test(`${path ? `the ${path} write path` : "the adapter's write paths, in turn,"} fail and leave the draft as typed`, async () => {
      await typeDraft(page, site, DRAFT);
      const result = await rewrite(page, site, path ? [path] : undefined);
      assert.equal(result.ok, false);
      assert.equal(await modelText(page), DRAFT, "the model is untouched");
      assert.equal(await shownText(page, site), DRAFT, "and so is the text on screen");
    });
  }

  test("the draft as typed is what the site posts", async () => {
    await typeDraft(page, site, DRAFT);
    await rewrite(page, site);
    assert.equal(await sendPost(page, site), DRAFT);
  });
});

describe("fixtures hold their editors to the real ones' rules", () => {
  test("on X, a text edit without an input event changes the screen but not Draft's model, so it is not posted", async () => {
    const site = SITES.find((row) => row.id === "x");
    const page = await open(site);
    await typeDraft(page, site, DRAFT);
    await page.evaluate((selector) => {
      const node = document.querySelector(`${selector} [data-text="true"]`).firstChild;
      node.data = node.data.replace("Buy now", "Sell now");
    }, site.composer);
    assert.equal(await shownText(page, site), DRAFT.replace("Buy now", "Sell now"));
    assert.equal(await sendPost(page, site), DRAFT);
    await page.close();
  });

  test("on Mastodon, a value set through React's tracker is dropped and put back", async () => {
    const site = SITES.find((row) => row.id === "mastodon");
    const page = await open(site);
    await typeDraft(page, site, DRAFT);
    await page.evaluate((selector) => {
      const textarea = document.querySelector(selector);
      textarea.value = "Replaced behind React's back";
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }, site.composer);
    assert.equal(await shownText(page, site), DRAFT);
    assert.equal(await modelText(page), DRAFT);
    await page.close();
  });

  test("on X, only the modal's composer counts while the reply modal is open", async () => {
    const site = SITES.find((row) => row.id === "x");
    const page = await open(site);
    const composers = await page.evaluate(() => {
      const { adapterFor, findComposers } = window.__tactTest;
      return findComposers(adapterFor(location, document), document).map((element) => element.id);
    });
    assert.deepEqual(composers, ["reply-editor"]);
    await page.close();
  });
});
