// End to end, Tact's own pages as people read them: the options page lists rules by plain names under the card's
// principle names, finds them by search, lists the rules the user turned off with an undo, and applies a built-in
// preset with no passing "Working…"; the popup's switch says its state in words and reset asks first. Both pages, the
// welcome page, and the Try page with its badge, card and check, are axe clean (serious and critical, best-practice
// rules included) in light and dark, at 1280 and 360 px, each state shown within the viewport, with a screenshot of
// each under target/ux/.

import { after, afterEach, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { placement, seriousViolations } from "./axe.mjs";
import { EDITORS_ASSET, SITES } from "../fixtures/sites/sites.mjs";
import { checked, tact, typeDraft } from "./fixtures.mjs";
import { launch, openPage as openSite, ROOT } from "./harness.mjs";

const SHOTS = join(ROOT, "target/ux");
mkdirSync(SHOTS, { recursive: true });
const SCHEMES = ["light", "dark"];
const RUDE_PROMO = "Calm down. Did you even read the docs? Obviously it works. Buy now and follow us for more!";
/** Limits every rude, promotional draft crosses, whatever the engine's tuning, so that Post opens the check. */
const STRICT = { checks: { respect: { warnBelow: 0.95 }, promotion: { warnAbove: 0.05 } } };
const WIDTHS = [1280, 360];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await browser.worker.evaluate(() => chrome.storage.local.remove(["preset", "userChoices", "disabledRules"]));
});
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});

/**
 * One of Tact's pages (`options`, `popup`, `welcome`; `query` such as `?tab=ID`) at `width` px in `scheme`, once
 * `ready` is there.
 */
async function openPage(name, { width = 1280, scheme = "light", ready = "h1", query = "" } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(browser.extensionUrl(`extension/pages/${name}.html${query}`));
  await page.locator(ready).first().waitFor();
  return page;
}

/**
 * Asserts that `selector` (in Tact's shadow root when `inTact`) is shown within the viewport's width and the page does
 * not scroll sideways; saves a screenshot.
 */
async function shot(page, selector, file, { inTact = false } = {}) {
  const where = await placement(page, selector, { inTact });
  assert.ok(where?.shown, `${selector} is shown (${file})`);
  assert.ok(where.withinWidth, `${selector} lies within the viewport's width (${file}): ${JSON.stringify(where.box)}`);
  assert.ok(where.pageWidth <= where.viewportWidth, `no sideways scroll (${file}): ${where.pageWidth}`);
  await page.screenshot({ path: join(SHOTS, file), fullPage: !inTact });
}

test("options: rules by plain names under the card's principles, search, and the rules I turned off with undo", async () => {
  await browser.worker.evaluate(() =>
    chrome.storage.local.set({ disabledRules: ["builtin.condescension"], userChoices: {} }),
  );
  const page = await openPage("options", { ready: ".rule-group" });
  assert.deepEqual(await page.locator(".rule-group h3").allTextContents(), [
    "Listening",
    "Suspending judgment",
    "Respect",
    "Your own voice",
    "Promotion",
  ]);
  const names = await page.locator("ul.rules label").allTextContents();
  assert.ok(names.length > 50, `every rule is listed: ${names.length}`);
  assert.ok(
    names.every((name) => !name.includes("builtin.")),
    "no rule is named by its id",
  );
  assert.equal(
    await page.getByRole("list", { name: "Respect" }).getByRole("combobox", { name: "Talking down" }).count(),
    1,
    "condescension is 'Talking down', under Respect",
  );
  assert.ok(!(await page.locator("main").innerText()).includes("`"), "no Markdown marks on the page");

  // Search: typing narrows the list and says how many match.
  await page.getByRole("searchbox", { name: "Find a rule" }).fill("sarcasm");
  await page.waitForFunction(() => document.querySelector("#rule-search-status")?.textContent === "2 rules match.");
  assert.deepEqual(await page.locator("ul.rules li:not([hidden]) label").allTextContents(), [
    "Praise that reads as sarcasm",
    "Sarcasm",
  ]);
  await page.getByRole("searchbox", { name: "Find a rule" }).fill("");

  // The rule turned off from a card is listed; its undo turns it back on, and storage says so.
  const turnedOff = page.locator("li[data-off-rule='builtin.condescension']");
  assert.equal(await turnedOff.locator("span").textContent(), "Talking down");
  await page.getByRole("button", { name: "Turn back on: Talking down" }).click();
  await turnedOff.waitFor({ state: "detached" });
  const stored = await browser.worker.evaluate(() => chrome.storage.local.get("disabledRules"));
  assert.deepEqual(stored.disabledRules, []);
  assert.match(await page.locator("[data-turned-off]").textContent(), /None/);
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    "rule-builtin.condescension",
    "the focus goes to the rule turned back on",
  );

  // Turning a rule off here lists it at once.
  await page.locator("[id='rule-builtin.absolutes']").selectOption("off");
  await page.locator("li[data-off-rule='builtin.absolutes']").waitFor();
});

test("options: choosing a built-in preset applies it with no passing 'Working…'", async () => {
  const page = await openPage("options", { ready: "[data-fact=name]" });
  await page.evaluate(() => {
    window.sawWorking = false;
    new MutationObserver(() => {
      if (document.body.textContent.includes("Working…")) window.sawWorking = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.locator("#builtin").selectOption("builtin:launch");
  await page.click("#use-builtin");
  assert.match(
    await page.locator("[data-fact=name]").textContent(),
    /launch/i,
    "the page shows the new preset at once",
  );
  await page.locator("[data-notice=ok]").waitFor();
  assert.match(await page.locator("[data-notice=ok]").textContent(), /is now active/);
  const stored = await browser.worker.evaluate(() => chrome.storage.local.get("preset"));
  assert.equal(stored.preset?.label, "builtin:launch", "the worker stored it");
  assert.equal(await page.evaluate(() => window.sawWorking), false, "no 'Working…' was shown");
});

test("popup: the switch says On or Off in words and reset asks before it clears anything", async () => {
  const site = SITES.find((row) => row.id === "reddit-old");
  const reddit = await openSite(browser, site.url, site.file, { assets: EDITORS_ASSET });
  await reddit.locator(site.composer).waitFor();
  const tabId = await browser.worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
    site.url,
  );
  assert.ok(tabId, "the fixture's tab is found");
  const page = await openPage(`popup`, { query: `?tab=${tabId}`, ready: "[data-action=site]" });
  const state = () => page.locator("[data-action=site] .state").textContent();
  assert.equal(await state(), "On");
  assert.equal(await page.locator("[data-action=site]").getAttribute("aria-checked"), "true");
  const knob = () =>
    page.evaluate(() => {
      const track = document.querySelector("[data-action=site] .track").getBoundingClientRect();
      const knob = getComputedStyle(document.querySelector("[data-action=site] .track"), "::after");
      return { trackWidth: track.width, left: Number.parseFloat(knob.left) };
    });
  const on = await knob();
  assert.ok(on.left > on.trackWidth / 2 - 8, `the knob sits right when on: ${JSON.stringify(on)}`);
  await shot(page, "[data-action=site]", "popup-switch-on.png");
  await page.click("[data-action=site]");
  await page.waitForFunction(() => document.querySelector("[data-action=site] .state")?.textContent === "Off");
  assert.equal(await page.locator("[data-action=site]").getAttribute("aria-checked"), "false");
  const off = await knob();
  assert.ok(off.left < off.trackWidth / 2 - 8, `the knob sits left when off: ${JSON.stringify(off)}`);
  await shot(page, "[data-action=site]", "popup-switch-off.png");
  await page.click("[data-action=site]");
  await page.waitForFunction(() => document.querySelector("[data-action=site] .state")?.textContent === "On");

  await page.click("[data-action=reset]");
  const question = page.getByRole("group", { name: /Clear this session's stats\?/ });
  await question.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Keep it", "the safe answer has focus");
  await page.keyboard.press("Enter");
  await question.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-action")), "reset");
});

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`options, popup and welcome (${scheme}, ${width} px): axe clean, shown within the viewport`, async () => {
      await browser.worker.evaluate(() =>
        chrome.storage.local.set({ disabledRules: ["builtin.condescension"], userChoices: {} }),
      );
      const options = await openPage("options", { width, scheme, ready: ".rule-group" });
      assert.deepEqual(await seriousViolations(options), [], `options page (${scheme}, ${width})`);
      await shot(options, "[data-turned-off]", `options-${scheme}-${width}.png`);

      const popup = await openPage("popup", { width: Math.min(width, 360), scheme, ready: "[data-stat=drafts]" });
      assert.deepEqual(await seriousViolations(popup), [], `popup (${scheme})`);
      await shot(popup, "[data-action=reset]", `popup-${scheme}-${width}.png`);
      await popup.click("[data-action=reset]");
      await popup.locator("#reset-confirm").waitFor();
      assert.deepEqual(await seriousViolations(popup), [], `popup asking before reset (${scheme})`);
      await shot(popup, "#reset-confirm", `popup-reset-${scheme}-${width}.png`);

      const welcome = await openPage("welcome", { width, scheme });
      assert.deepEqual(await seriousViolations(welcome), [], `welcome page (${scheme}, ${width})`);
      await shot(welcome, "h1", `welcome-${scheme}-${width}.png`);
    });
  }
}

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`Try page (${scheme}, ${width} px): the badge, the card and the check are shown in the viewport, axe clean`, async () => {
      await browser.worker.evaluate((choices) => chrome.storage.local.set({ userChoices: choices }), STRICT);
      const page = await openPage("try", { width, scheme, ready: "#reply" });
      await typeDraft(page, "#reply", RUDE_PROMO);
      await checked(page, RUDE_PROMO);
      await shot(page, "[data-tact=badge]", `try-badge-${scheme}-${width}.png`, { inTact: true });

      await tact(page, "badge").click();
      await tact(page, "card").waitFor();
      assert.ok((await tact(page, "card").locator("[data-tact=item]").count()) > 0, "the card lists the suggestions");
      assert.deepEqual(await seriousViolations(page), [], `Try page with the card open (${scheme}, ${width})`);
      await shot(page, "[data-tact=card]", `try-card-${scheme}-${width}.png`, { inTact: true });
      await page.keyboard.press("Escape");
      await tact(page, "card").waitFor({ state: "hidden" });

      await page.click("#reply-form button[type=submit]");
      await tact(page, "gate").waitFor();
      assert.ok(await tact(page, "gate").getByRole("button", { name: "Show all suggestions" }).isVisible());
      assert.deepEqual(await seriousViolations(page), [], `Try page with the check open (${scheme}, ${width})`);
      await shot(page, "[data-tact=gate]", `try-check-${scheme}-${width}.png`, { inTact: true });
      assert.equal(await page.locator("[data-posted] li").count(), 0, "nothing posted while the check is open");
    });
  }
}

// Two site fixtures, one answering a post on a contenteditable (X on a phone) and one a textarea (Mastodon): the badge, the card
// and the check in light and dark at both widths, each within the viewport, the badge clear of the post answered and
// of its composer's edge.
for (const id of ["x-mobile", "mastodon"]) {
  const site = SITES.find((row) => row.id === id);
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      test(`${id} (${scheme}, ${width} px): the badge, the card and the check are shown in the viewport`, async () => {
        await browser.worker.evaluate((choices) => chrome.storage.local.set({ userChoices: choices }), STRICT);
        const fixture = await openSite(browser, site.url, site.file, { assets: EDITORS_ASSET, csp: site.csp });
        await fixture.setViewportSize({ width, height: 900 });
        await fixture.emulateMedia({ colorScheme: scheme });
        if (site.mount) await fixture.click(site.mount);
        await typeDraft(fixture, site.composer, RUDE_PROMO);
        await checked(fixture, RUDE_PROMO);
        const boxes = await fixture.evaluate(
          ([selector, phrase]) => {
            const box = (element) => element.getBoundingClientRect().toJSON();
            const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let post = null;
            while (!post && walker.nextNode())
              if (walker.currentNode.textContent.includes(phrase)) post = walker.currentNode;
            return {
              badge: box(badge),
              editor: box(document.querySelector(selector)),
              post: post && box(post.parentElement),
            };
          },
          [site.composer, site.context],
        );
        const overlaps = (a, b) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
        const inside = (a, b) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
        assert.ok(!boxes.post || !overlaps(boxes.badge, boxes.post), `not over the post: ${JSON.stringify(boxes)}`);
        assert.ok(inside(boxes.badge, boxes.editor) || !overlaps(boxes.badge, boxes.editor), JSON.stringify(boxes));
        await shot(fixture, "[data-tact=badge]", `${id}-badge-${scheme}-${width}.png`, { inTact: true });

        await fixture.keyboard.press("Alt+Enter");
        await tact(fixture, "card").waitFor();
        await shot(fixture, "[data-tact=card]", `${id}-card-${scheme}-${width}.png`, { inTact: true });
        await fixture.keyboard.press("Escape");
        await tact(fixture, "card").waitFor({ state: "hidden" });

        await fixture.click(site.submit.click);
        await tact(fixture, "gate").waitFor();
        await shot(fixture, "[data-tact=gate]", `${id}-check-${scheme}-${width}.png`, { inTact: true });
      });
    }
  }
}
