// End to end, composers in and around shadow roots (SITES.md): new Reddit's trigger textarea in a shadow root and its
// lazily defined shreddit-composer with named slots, and LinkedIn's messaging editor inside #interop-outlet's open
// shadow root. Tact finds each editor from the focus event's composed path, underlines in the editor's own tree
// scope, adds nothing to the site's components, and holds a Send whose submit never leaves the shadow root.

import { test } from "node:test";
import assert from "node:assert/strict";
import { checked, siteSession, tact, typeDraft } from "./fixtures.mjs";
import { openPage } from "./harness.mjs";
import { EDITORS_ASSET, SITES } from "../fixtures/sites/sites.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const REDDIT = SITES.find((site) => site.id === "reddit-new");
const LINKEDIN = SITES.find((site) => site.id === "linkedin-quill");
const MESSAGE_EDITOR = "#interop-outlet .msg-form__contenteditable";

const session = siteSession();
const posted = (page) => page.evaluate(() => window.__tactFixture.posted);

/** The text under Tact's underlines whose ranges lie inside the editor the user last focused (in any shadow root). */
function underlinedInEditor(page) {
  return page.evaluate(() => {
    const editor = window.__tactFixture.active.root;
    return [...CSS.highlights].flatMap(([name, highlight]) =>
      name.startsWith("tact-")
        ? [...highlight].filter((range) => editor.contains(range.startContainer)).map(String)
        : [],
    );
  });
}

test("new Reddit: a click on the trigger in its shadow root mounts shreddit-composer, and Tact follows the focus to its editor", async () => {
  const page = await openPage(session.browser, REDDIT.url, REDDIT.file, { assets: EDITORS_ASSET });
  const before = await page.evaluate((selector) => {
    const trigger = document.querySelector(selector);
    return {
      inForm: trigger?.closest("faceplate-form form") !== null,
      shadowTextarea: trigger?.shadowRoot?.querySelector("textarea") instanceof HTMLTextAreaElement,
      lightTextarea: trigger?.querySelector("textarea") !== null,
      composer: document.querySelector("shreddit-composer") !== null,
    };
  }, REDDIT.mount);
  assert.deepEqual(before, { inForm: true, shadowTextarea: true, lightTextarea: false, composer: false });

  await page.click(REDDIT.mount);
  await page.locator(REDDIT.composer).waitFor();
  const mounted = await page.evaluate(() => {
    const composer = document.querySelector("faceplate-form shreddit-composer");
    const rte = composer.querySelector(':scope > div[slot="rte"][data-lexical-editor="true"][name="body"]');
    const submit = composer.querySelector(
      ':scope > button#comment-composer-submit-button[slot="submit-button"][type="submit"]',
    );
    return {
      slots: [...composer.shadowRoot.querySelectorAll("slot")].map((slot) => slot.name),
      rte: rte?.assignedSlot?.name,
      submit: submit?.assignedSlot?.name,
      focused: document.activeElement === rte,
    };
  });
  assert.deepEqual(mounted, { slots: ["rte", "submit-button"], rte: "rte", submit: "submit-button", focused: true });

  await page.keyboard.type(RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  assert.ok((await underlinedInEditor(page)).includes("buy now"), "the editor's words are underlined");
  const children = await page.evaluate(() =>
    [...document.querySelector("shreddit-composer").children].map((child) => child.getAttribute("slot")),
  );
  assert.deepEqual(
    children,
    ["rte", "submit-button"],
    "nothing of Tact's was put in the component, where it could not show",
  );

  // The composer's own toolbar, inside its shadow root, takes the focus and gives it back: Tact stays on the editor.
  await page.click('shreddit-composer button[aria-label="Show formatting options"]');
  await page.click(REDDIT.composer);
  await page.keyboard.press("End");
  await page.keyboard.type(" Now!");
  await checked(page, `${RUDE_PROMO} Now!`);
  await page.close();
});

test("LinkedIn messaging in #interop-outlet's shadow root: Tact finds the editor, underlines it and holds its Send", async () => {
  const page = await session.open(LINKEDIN);
  await typeDraft(page, MESSAGE_EDITOR, RUDE_PROMO);
  assert.equal(await page.evaluate(() => window.__tactFixture.model()), RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  assert.ok((await underlinedInEditor(page)).includes("buy now"), "the message's words are underlined");
  const rules = await page.evaluate(() =>
    document
      .getElementById("interop-outlet")
      .shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.selectorText)),
  );
  assert.ok(rules.includes("::highlight(tact-promotion)"), "the underline styles are in the shadow root's own scope");

  // The form's submit stays inside the shadow root: Tact listens there.
  await page.click("#interop-outlet .msg-form__send-button");
  await tact(page, "gate").waitFor();
  assert.deepEqual(await posted(page), [], "the message waits for the check");
  await tact(page, "post-anyway").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO], "Post anyway sends the message exactly as written");
  await page.close();
});

test("the shadow-root pages make no network request", () => {
  assert.deepEqual(session.browser.blockedRequests, []);
});
