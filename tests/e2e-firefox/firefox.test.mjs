// End to end in real Firefox (the Firefox build, target/firefox): on the X fixture under x.com, the badge and the
// underlines from the page's own engine, the card's rewrite taken by the editor's model, the pre-post check with
// Edit and Post anyway, the popup's stats and chart after a post, a team preset imported on the options page, and an
// administrator's policy read from Firefox's managed storage.
// The Chromium suite (tests/e2e) covers each feature in depth; this one proves the same features run in Firefox.

import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GECKO_ID } from "../../scripts/manifests.mjs";
import { EDITORS_ASSET, SITES } from "../fixtures/sites/sites.mjs";
import {
  checked,
  inExtension,
  launch,
  openExtensionPage,
  openPage,
  press,
  storeScreenshot,
  tact,
  typeDraft,
} from "./harness.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
// The built-in default preset's own example of a draft its check lets through.
const CALM = "Thanks for flagging this! What happened when you tried?";
const X = SITES.find((site) => site.id === "x");

let session;
before(async () => {
  session = await launch();
});
after(async () => {
  await session?.close();
});
beforeEach(async () => {
  await inExtension(session, () =>
    chrome.storage.local
      .set({ disabledSites: [], disabledRules: [], userChoices: {} })
      .then(() => chrome.storage.local.remove("preset")),
  );
});

async function openX() {
  const page = await openPage(session, X.url, X.file, { assets: EDITORS_ASSET });
  await page.waitForSelector(X.composer);
  return page;
}

/** The text under each of Tact's CSS highlights, by highlight name. */
const highlighted = (page) =>
  page.evaluate(() => {
    const found = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith("tact-") && highlight.size > 0) found[name] = [...highlight].map((range) => range.toString());
    }
    return found;
  });

const posted = (page) => page.evaluate(() => window.__tactFixture.posted);
const model = (page) => page.evaluate(() => window.__tactFixture.model());

test("the badge scores the draft with the page's engine and the words behind the scores are underlined", async () => {
  const page = await openX();
  await typeDraft(page, X.composer, RUDE_PROMO);
  const badge = await checked(page, RUDE_PROMO);
  assert.equal(badge.engine, "page", "WebAssembly runs in the content script's engine");
  assert.ok(Number(badge.promotion) > 50, `a hard sell reads as promotional (promotion ${badge.promotion})`);
  assert.ok(Number(badge.respect) < 50, `"Obviously you're wrong" reads as disrespectful (respect ${badge.respect})`);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith("tact-")));
  const marks = await highlighted(page);
  assert.ok(
    marks["tact-promotion"]?.includes("buy now"),
    `"buy now" is underlined as promotion: ${JSON.stringify(marks)}`,
  );
  for (const text of Object.values(marks).flat()) {
    assert.ok(RUDE_PROMO.includes(text), `an underline covers the draft's own words: ${text}`);
  }
  await storeScreenshot(page, "badge-and-underlines");
  await page.close();
});

test("the card's rewrite goes into the editor's model, and undo brings the user's words back", async () => {
  const page = await openX();
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await press(page, "Control+Home");
  await page.keyboard.press("ArrowRight");
  await press(page, "Alt+Enter");
  const apply = await page.waitForSelector(
    `${tact("card")} [data-tact=item][data-rule="builtin.certainty"] [data-tact=apply]`,
  );
  await storeScreenshot(page, "card");
  await apply.click();
  const rewritten = RUDE_PROMO.replace("Obviously", "I think");
  await page.waitForFunction((text) => window.__tactFixture.model() === text, {}, rewritten);
  await checked(page, rewritten);
  // The card closes and gives the focus back to the editor, where the undo is pressed.
  await page.waitForSelector(tact("card"), { hidden: true });
  await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), {}, X.composer);
  await press(page, "Control+Z");
  await page.waitForFunction((text) => window.__tactFixture.model() === text, {}, RUDE_PROMO);
  assert.equal(await model(page), RUDE_PROMO);
  await page.close();
});

test("Post waits on a rude draft: Edit goes back to the editor, Post anyway posts exactly the draft", async () => {
  const page = await openX();
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(X.submit.click);
  const gate = await page.waitForSelector(tact("gate"));
  assert.equal(await gate.evaluate((element) => element.getAttribute("data-mode")), "warn");
  assert.deepEqual(await posted(page), [], "nothing is posted while the check is open");
  await storeScreenshot(page, "pre-post-check");
  await page.click(`${tact("gate")} [data-tact=edit]`);
  await page.waitForSelector(tact("gate"), { hidden: true });
  assert.ok(
    await page.evaluate((selector) => document.activeElement === document.querySelector(selector), X.composer),
    "Edit gives the focus back to the editor",
  );
  assert.deepEqual(await posted(page), []);
  await page.click(X.submit.click);
  await page.click(`${tact("gate")} [data-tact=post-anyway]`);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO], "Post anyway sends exactly the draft the user wrote");
  await page.close();
});

test("the popup counts the draft and the post, and charts the scores at posting", async () => {
  const readStats = async () => {
    const popup = await openExtensionPage(session, "extension/pages/popup.html", "[data-stat=drafts]");
    await storeScreenshot(popup, "popup");
    const stats = await popup.evaluate(() => {
      const stat = (name) => Number(document.querySelector(`[data-stat=${name}]`).textContent);
      const line = document.querySelector("svg.chart polyline[data-series=respect]");
      return {
        drafts: stat("drafts"),
        posts: stat("posts"),
        respect: line?.getAttribute("data-values").split(",").map(Number) ?? [],
        chartNamespace: document.querySelector("svg.chart")?.namespaceURI ?? null,
      };
    });
    await popup.close();
    return stats;
  };
  const before = await readStats();
  const page = await openX();
  await typeDraft(page, X.composer, CALM);
  const badge = await checked(page, CALM);
  await page.click(X.submit.click);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [CALM], "a calm draft goes straight out");
  await page.close();

  const after = await readStats();
  assert.equal(after.drafts, before.drafts + 1, "one more draft checked");
  assert.equal(after.posts, before.posts + 1, "one more post");
  assert.equal(after.chartNamespace, "http://www.w3.org/2000/svg", "the chart is drawn as SVG elements");
  assert.equal(after.respect.length, after.posts, "one point per post");
  assert.equal(after.respect.at(-1), Number(badge.respect), "the last point is the respect the post was sent with");
});

test("a team preset imported from a file underlines its own rule, and its gate mode holds the post", async () => {
  const preset = {
    format: 1,
    id: "acme-community",
    name: "ACME community voice",
    version: "1.0.0",
    extends: "builtin:default",
    gate: "hold",
    rules: [
      {
        id: "no-codenames",
        kind: "avoid",
        phrases: ["project falcon"],
        principle: "voicing",
        severity: "warn",
        description: "Internal code names mean nothing to the community.",
        message: "'{match}' is an internal code name; say what it does.",
      },
    ],
    tests: [{ text: "Project Falcon ships today.", expect: ["no-codenames"], expectGate: true }],
  };
  const folder = mkdtempSync(join(tmpdir(), "tact-firefox-preset-"));
  const file = join(folder, "acme.json");
  writeFileSync(file, JSON.stringify(preset));
  const options = await openExtensionPage(session, "extension/pages/options.html", "[data-fact=name]");
  const input = await options.$("#preset-file");
  await input.uploadFile(file);
  await options.waitForFunction(() => {
    const notice = document.querySelector("[data-notice=ok]");
    return notice && notice.textContent !== "Working…";
  });
  assert.match(await options.$eval("[data-notice=ok]", (notice) => notice.textContent), /ACME community voice/);
  assert.equal(await options.$eval("[data-fact=name]", (fact) => fact.textContent), "ACME community voice");
  await options.close();
  rmSync(folder, { recursive: true, force: true });

  const page = await openX();
  const draft = "Happy to help! Project Falcon will fix it.";
  await typeDraft(page, X.composer, draft);
  await checked(page, draft);
  await page.waitForFunction(() =>
    [...CSS.highlights].some(
      ([name, highlight]) =>
        name.startsWith("tact-") && [...highlight].some((range) => range.toString() === "Project Falcon"),
    ),
  );
  await page.click(X.submit.click);
  const gate = await page.waitForSelector(tact("gate"));
  assert.equal(await gate.evaluate((element) => element.getAttribute("data-mode")), "hold", "the preset's gate mode");
  assert.match(await gate.evaluate((element) => element.textContent), /internal code name/);
  assert.deepEqual(await posted(page), []);
  await page.close();
});

test("an administrator's policy in Firefox's managed storage locks a check on the options page", async () => {
  // Firefox reads managed storage from policies.json ("3rdparty", docs/ADMINS.md) or, per user, from a manifest in
  // ~/.mozilla/managed-storage/: the test gives a second Firefox its own HOME holding that manifest.
  const home = mkdtempSync(join(tmpdir(), "tact-firefox-home-"));
  const manifests = join(home, ".mozilla/managed-storage");
  mkdirSync(manifests, { recursive: true });
  const data = {
    lockedChecks: { promotion: { warnAbove: 0.3, reason: "Brand policy: no sales talk." }, gate: { mode: "warn" } },
  };
  const id = GECKO_ID;
  writeFileSync(
    join(manifests, `${id}.json`),
    JSON.stringify({ name: id, description: "Tact", type: "storage", data }),
  );
  const managed = await launch({ home });
  try {
    const options = await openExtensionPage(managed, "extension/pages/options.html", "[data-lock=promotion]");
    assert.match(
      await options.$eval("[data-lock=promotion]", (lock) => lock.textContent),
      /Brand policy: no sales talk\./,
    );
    assert.equal(await options.$eval("#check-promotion-threshold", (input) => input.disabled), true);
    assert.equal(await options.$eval("#check-promotion-threshold", (input) => input.value), "30");
    assert.equal(await options.$eval("#gate", (select) => select.disabled), true);
    assert.equal(await options.$eval("#check-respect-threshold", (input) => input.disabled), false);
  } finally {
    await managed.close();
    rmSync(home, { recursive: true, force: true });
  }
});

test("no page request left the machine", () => {
  assert.deepEqual(session.blockedRequests, []);
});
