// End to end, the real editors from npm (tests/fixtures/real/editors.js): which write path each library takes, read
// back from the library's own model through its API; a paste sent only once the selection has settled; Draft.js's
// decorators; and, after Post anyway on X's real Draft.js under React 18, a next draft that types exactly as typed.

import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { join } from "node:path";
import { checked, siteSession, typeDraft } from "./fixtures.mjs";
import { ROOT } from "./harness.mjs";
import { REAL_EDITOR_SITES, SITES } from "../fixtures/sites/sites.mjs";

const DRAFT = "Thanks for the report. Buy now, obviously!";
const SPAN = "Buy now, obviously!";
const REWRITE = "What have you tried so far?";
const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const NEXT = "Thanks for raising this, Sam";

/** write.ts, text.ts and the adapters, bundled for the page's world so a test can call them on the page's editor. */
let PAGE_HOOK;
before(async () => {
  PAGE_HOOK = (
    await build({
      stdin: {
        contents: `
          import { applyRewrite, editorFamily } from "./write";
          import { readText } from "./text";
          import { adapterFor, findComposers, submitKeysFor } from "./adapters/index";
          window.__tactTest = { applyRewrite, editorFamily, readText, adapterFor, findComposers, submitKeysFor };`,
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
});

const session = siteSession();

async function openWithHook(site) {
  const page = await session.open(site);
  await page.evaluate(PAGE_HOOK);
  return page;
}

/** The text of the editor's own model (Draft's ContentState, Lexical's EditorState, Quill's Delta, TipTap's doc, Slate's value). */
const model = (page, site) =>
  page.evaluate((selector) => window.__tactFixture.editorFor(selector).text(), site.composer);
const shown = (page, site) =>
  page.evaluate((selector) => window.__tactTest.readText(document.querySelector(selector)), site.composer);

/** Empties the composer and types `text` as a person would; waits for the model to hold it. */
async function typeInto(page, site, text) {
  await page.click(site.composer);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
  await page.waitForFunction(({ selector, text }) => window.__tactFixture.editorFor(selector).text() === text, {
    selector: site.composer,
    text,
  });
}

/** Rewrites `span` of the draft with the page's adapter, or with only the given write paths. */
function rewrite(page, site, span, replacement, writePaths) {
  return page.evaluate(
    async ({ selector, span, replacement, writePaths }) => {
      const { adapterFor, applyRewrite, readText } = window.__tactTest;
      const editor = document.querySelector(selector);
      const start = readText(editor).indexOf(span);
      const adapter = writePaths ? { writePaths } : adapterFor(location, document);
      return applyRewrite(editor, adapter, start, start + span.length, replacement);
    },
    { selector: site.composer, span, replacement, writePaths },
  );
}

for (const site of REAL_EDITOR_SITES) {
  describe(`${site.id}: the real ${site.editor} at ${site.url}`, () => {
    test("the content script knows the editor's library and finds the composer", async () => {
      const page = await openWithHook(site);
      const found = await page.evaluate((selector) => {
        const { adapterFor, editorFamily, findComposers } = window.__tactTest;
        const editor = document.querySelector(selector);
        const adapter = adapterFor(location, document);
        return {
          adapter: adapter.id,
          family: editorFamily(editor),
          listed: findComposers(adapter, document).includes(editor),
        };
      }, site.composer);
      assert.deepEqual(found, { adapter: site.adapter, family: site.family, listed: true });
      await page.close();
    });

    for (const [path, takes] of Object.entries(site.takes)) {
      test(`${path}: ${takes ? "taken into the library's model" : "never tried, and the draft stays as typed"}`, async () => {
        const page = await openWithHook(site);
        await typeInto(page, site, DRAFT);
        const result = await rewrite(page, site, SPAN, REWRITE, [path]);
        const want = takes ? DRAFT.replace(SPAN, REWRITE) : DRAFT;
        assert.deepEqual(result, takes ? { ok: true, path } : { ok: false, path: null });
        await page.waitForTimeout(100);
        assert.equal(await model(page, site), want, "the library's model");
        assert.equal(await shown(page, site), want, "the screen shows the model");
        await page.close();
      });
    }

    test("the adapter's rewrite is what the site posts, and typing after it goes where the caret shows", async () => {
      const page = await openWithHook(site);
      await typeInto(page, site, DRAFT);
      assert.equal((await rewrite(page, site, SPAN, REWRITE)).ok, true);
      await page.keyboard.type(" Thanks");
      const want = `${DRAFT.replace(SPAN, REWRITE)} Thanks`;
      await page.waitForFunction(({ selector, want }) => window.__tactFixture.editorFor(selector).text() === want, {
        selector: site.composer,
        want,
      });
      assert.equal(await shown(page, site), want);
      if (site.submit.click) await page.click(site.submit.click);
      else await page.keyboard.press(site.submit.key);
      const gate = page.locator("div[data-tact-root] [data-tact=post-anyway]");
      const posted = page.waitForFunction(() => window.__tactFixture.posted.length === 1, null, { timeout: 5_000 });
      await Promise.race([posted, gate.waitFor({ timeout: 5_000 }).then(() => gate.click())]).catch(() => undefined);
      await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
      assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), [want]);
      await page.close();
    });
  });
}

describe("Draft.js with X's decorators (hashtags, mentions, links)", () => {
  const X = SITES.find((site) => site.id === "x");
  const cases = [
    [
      "a span across a hashtag",
      "Obviously you are wrong, BUY now #sale #deal",
      "Obviously you are wrong, BUY now #sale",
      "I see it differently: the sale",
    ],
    [
      "a span over a hashtag, a mention and a link",
      "Great product #sale @sam https://example.com ok",
      "#sale @sam https://example.com",
      "for you",
    ],
    ["a span inside a hashtag's neighbour", "Calm down #support team", "Calm down", "Thanks"],
  ];
  for (const [name, draft, span, replacement] of cases) {
    test(`${name}: Draft's model and the screen agree after the rewrite`, async () => {
      const page = await openWithHook(X);
      await typeInto(page, X, draft);
      const result = await rewrite(page, X, span, replacement);
      assert.equal(result.ok, true, JSON.stringify(result));
      const want = draft.replace(span, replacement);
      assert.equal(await model(page, X), want);
      assert.equal(await shown(page, X), want);
      await page.close();
    });
  }

  test("a rewrite with a line break goes in by a settled paste, as paragraphs of Draft's model", async () => {
    const page = await openWithHook(X);
    await typeInto(page, X, DRAFT);
    const result = await rewrite(page, X, SPAN, "What happened?\nWe can help.");
    assert.deepEqual(result, { ok: true, path: "paste" });
    assert.equal(await model(page, X), DRAFT.replace(SPAN, "What happened?\nWe can help."));
    await page.close();
  });
});

describe("a real React 18 controlled textarea: a rewrite reaches React's state", () => {
  const FORUM = REAL_EDITOR_SITES.find((site) => site.id === "forum-react-textarea");
  /** React's state, as the component last rendered it. */
  const state = (page) => model(page, FORUM);

  test("the value path passes React's value tracker: the state takes the rewrite and Post sends it", async () => {
    const page = await openWithHook(FORUM);
    await typeInto(page, FORUM, DRAFT);
    assert.deepEqual(await rewrite(page, FORUM, SPAN, REWRITE, ["value"]), { ok: true, path: "value" });
    assert.equal(await state(page), DRAFT.replace(SPAN, REWRITE));
    await page.click(FORUM.submit.click);
    assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), [DRAFT.replace(SPAN, REWRITE)]);
    await page.close();
  });

  test("a page-world assignment through the element's own value setter is lost to React: the fixture is React's", async () => {
    const page = await openWithHook(FORUM);
    await typeInto(page, FORUM, DRAFT);
    await page.evaluate((selector) => {
      const field = document.querySelector(selector);
      field.value = "written past React";
      field.dispatchEvent(new InputEvent("input", { bubbles: true }));
    }, FORUM.composer);
    await page.waitForTimeout(100);
    assert.equal(await state(page), DRAFT, "React's tracker saw no change, so its state kept the draft");
    await page.close();
  });
});

describe("after Post anyway, the next draft types exactly as typed (on X, Draft.js under React 18 lost its first letter)", () => {
  const gate = (page) => page.locator("div[data-tact-root] [data-tact=gate]");
  /** The ways each site sends: its Post control, and the keys it binds. */
  const MOD_ENTER = new Set(["x", "bluesky"]);
  for (const site of SITES.filter((row) => row.real)) {
    const ways = [
      ...(site.submit.click ? ["button"] : [site.submit.key]),
      ...(MOD_ENTER.has(site.id) ? ["Control+Enter"] : []),
    ];
    for (const how of ways) {
      test(`${site.id}, ${how}`, async () => {
        const page = await session.open(site);
        await typeDraft(page, site.composer, RUDE_PROMO);
        await checked(page, RUDE_PROMO);
        if (how === "button") await page.click(site.submit.click);
        else await page.keyboard.press(how);
        await gate(page).locator("[data-tact=post-anyway]").click();
        await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
        assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), [RUDE_PROMO]);
        // The focus comes back to the composer, and the person goes on typing there, as they would after a post.
        await page.waitForFunction(
          (selector) => document.activeElement === document.querySelector(selector),
          site.composer,
        );
        // A person starts typing some time after the post, not in the same frame as the focus comes back.
        await page.waitForTimeout(100);
        await page.keyboard.type(NEXT);
        await page.waitForTimeout(200);
        assert.equal(await model(page, site), NEXT, "the editor's model has the next draft, first letter included");
        await page.close();
      });
    }
  }
});

describe("a write the editor takes only in part is put back by the editor's own undo, or said to have changed the draft", () => {
  // An editor that changes what it is given (it tags any text with "tried" in it, as an autocorrect might), and keeps
  // its own history for Ctrl+Z; with `?no-undo`, its Ctrl+Z does nothing.
  const page = (undo) => `<!doctype html><meta charset="utf-8"><div id="box" contenteditable="true"></div><script>
    const box = document.getElementById("box");
    const history = [];
    let last = "";
    box.addEventListener("input", () => {
      history.push(last);
      if (box.textContent.includes("tried") && !box.textContent.includes("[sic]")) box.lastChild.appendData(" [sic]");
      last = box.textContent;
    });
    box.addEventListener("keydown", (event) => {
      if (!event.ctrlKey || event.key !== "z") return;
      event.preventDefault();
      if (${undo} && history.length) box.textContent = last = history.pop();
    });
  </script>`;
  const site = (undo) => ({ url: "https://forum.example.org/t/42", file: page(undo), composer: "#box" });
  const text = (tab) => tab.evaluate(() => document.getElementById("box").textContent);

  test("with an undo, the words come back as they were found", async () => {
    const tab = await openWithHook(site(true));
    await tab.click("#box");
    await tab.keyboard.type(DRAFT);
    const result = await rewrite(tab, site(true), SPAN, REWRITE);
    assert.deepEqual(result, { ok: false, path: "execCommand", restored: true });
    assert.equal(await text(tab), DRAFT);
    await tab.close();
  });

  test("without one, the result says the draft changed", async () => {
    const tab = await openWithHook(site(false));
    await tab.click("#box");
    await tab.keyboard.type(DRAFT);
    const result = await rewrite(tab, site(false), SPAN, REWRITE);
    assert.deepEqual(result, { ok: false, path: "execCommand", restored: false });
    await tab.close();
  });
});

describe("on a site no adapter knows, the send key is learnt from the composer", () => {
  const keysOn = (tab, selector) =>
    tab.evaluate((selector) => {
      const { adapterFor, submitKeysFor } = window.__tactTest;
      return submitKeysFor(adapterFor(location, document), document.querySelector(selector));
    }, selector);
  for (const site of REAL_EDITOR_SITES.filter((row) => row.adapter === "generic")) {
    const enter = site.sendKeys.includes("enter");
    test(`${site.id}: the ${site.editor} ${enter ? "chat box sends on Enter" : "reply box in a form with a submit button has no send key"}`, async () => {
      const tab = await openWithHook(site);
      assert.deepEqual(await keysOn(tab, site.composer), site.sendKeys);
      await tab.close();
    });
  }

  test("a help desk's Quill in a form with a submit button: Enter adds a line, and the form's submit is watched", async () => {
    const helpDesk = {
      url: "https://support.example.org/tickets/42/reply",
      composer: ".ql-editor",
      file: `<!doctype html><meta charset="utf-8"><form><div id="mount"></div><button type="submit">Send reply</button></form>
        <script src="/__tact_fixture__/editors.js"></script><script src="/__tact_fixture__/real-editors.js"></script>
        <script>TactRealEditors.quill(document.getElementById("mount"));</script>`,
    };
    const tab = await openWithHook(helpDesk);
    assert.deepEqual(await keysOn(tab, helpDesk.composer), []);
    assert.equal(await tab.evaluate(() => document.querySelector(".ql-editor").dataset.gramm), "false");
    const listed = await tab.evaluate(() => {
      const { adapterFor, findComposers } = window.__tactTest;
      return findComposers(adapterFor(location, document), document).includes(document.querySelector(".ql-editor"));
    });
    assert.ok(listed, "stock Quill (data-gramm=false on its own root) is a composer");
    await tab.close();
  });
});

describe("screen and model never part: random rewrites, undos and typing, then Post", () => {
  const LONG =
    "Obviously you are wrong about the export. Calm down and BUY now #sale. Check out my channel @sam today!";
  const REWRITES = [
    ["Obviously you are wrong", "I see it differently"],
    ["Calm down and ", ""],
    ["BUY now #sale", "have a look"],
    ["Check out my channel @sam", "Happy to help, @sam,"],
    ["about the export", "about the export: what happened?"],
  ];
  /** A small seeded generator (mulberry32), so a failure replays the same way. */
  function random(seed) {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const agree = async (page, site, step) => {
    await page.waitForTimeout(150);
    assert.equal(await model(page, site), await shown(page, site), `after ${step}: the model is what the screen shows`);
  };

  for (const site of REAL_EDITOR_SITES) {
    for (const seed of [1, 2]) {
      test(`${site.id}, seed ${seed}`, async () => {
        const next = random(seed * 7919 + site.id.length);
        const page = await openWithHook(site);
        await typeInto(page, site, LONG);
        const steps = [];
        for (const [span, replacement] of [...REWRITES].sort(() => next() - 0.5)) {
          const draft = await shown(page, site);
          if (draft.includes(span)) {
            // A person pauses before choosing a rewrite (editors group the changes of a moment into one undo).
            await page.waitForTimeout(600);
            const result = await rewrite(page, site, span, replacement);
            steps.push(`rewrite "${span}" (${result.ok ? result.path : "refused"})`);
            await agree(page, site, steps.at(-1));
          }
          const roll = next();
          if (roll < 0.3) {
            await page.keyboard.press("Control+Z");
            steps.push("undo");
          } else if (roll < 0.7) {
            await page.keyboard.press("Control+End");
            await page.keyboard.type(" Thanks.");
            steps.push("type at the end");
          }
          await agree(page, site, steps.join(", "));
        }
        const screen = await shown(page, site);
        // Focused, not clicked: a click in the middle of the draft lands on an underline and opens Tact's card, which
        // then lies over the Post control until dismissed (badge-place.test.mjs measures the badge itself).
        await page.focus(site.composer);
        if (site.submit.click) await page.click(site.submit.click);
        else await page.keyboard.press(site.submit.key);
        const gate = page.locator("div[data-tact-root] [data-tact=post-anyway]");
        const posted = page.waitForFunction(() => window.__tactFixture.posted.length === 1, null, { timeout: 5_000 });
        await Promise.race([posted, gate.waitFor({ timeout: 5_000 }).then(() => gate.click())]).catch(() => undefined);
        await posted;
        assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), [screen], steps.join(", "));
        await page.close();
      });
    }
  }
});
