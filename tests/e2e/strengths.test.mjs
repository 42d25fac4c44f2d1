// End to end, strengths are not problems: thanking someone gets no problem underline (a thin dotted green one at
// most), the card lists it under "What works" with only a dismiss, the badge counts issues alone, the pre-post check
// never lists a strength, and a post's stats record only the rules that found issues.

import { test } from "node:test";
import assert from "node:assert/strict";
import { SITES } from "../fixtures/sites/sites.mjs";
import { checked, siteSession, tact, typeDraft } from "./fixtures.mjs";
import { openPage } from "./harness.mjs";

const MIXED = "Thanks so much for the report. Obviously you're wrong.";
const THANKFUL = "Thanks so much for the report. What happened when you tried to save?";

const X = SITES.find((site) => site.id === "x");
// A new post, with no post replied to: on the site fixtures the reply's first sentence is also (rightly) underlined
// when it leaves the post's question unanswered, which would hide what these tests look at.
const NEW_POST = "https://mastodon.social/home";
const EDITABLE = {
  composer: "#box",
  html: `<!doctype html><title>New post</title><main>
    <div id="box" contenteditable="true" role="textbox" aria-label="Post text" style="min-height:60px"></div></main>`,
};
const TEXTAREA = {
  composer: "#box",
  html: `<!doctype html><title>New post</title><main><textarea id="box" aria-label="Post text"></textarea></main>`,
};

const session = siteSession();
const { setStorage } = session;

/** A page of its own for a composer given as HTML, else the site fixture. */
async function open(site) {
  return site.html ? openPage(session.browser, NEW_POST, site.html) : session.open(site);
}

/** Waits until the badge shows the report for a draft of `text`'s length, and returns its data and label. */
async function badgeFor(page, text) {
  await checked(page, text);
  return page.evaluate(() => {
    const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
    return { ...badge.dataset, label: badge.getAttribute("aria-label") };
  });
}

/** Each of Tact's CSS highlights with the UTF-16 span of each of its ranges in the editor's text. */
function highlightSpans(page, selector) {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    const spans = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("tact-") || highlight.size === 0) continue;
      spans[name] = [...highlight].map((range) => {
        const before = document.createRange();
        before.setStart(editor, 0);
        before.setEnd(range.startContainer, range.startOffset);
        const start = before.toString().length;
        return { text: range.toString(), start, end: start + range.toString().length };
      });
    }
    return spans;
  }, selector);
}

const THANKS = { start: 0, end: "Thanks".length };
const overlaps = (span, other) => span.start < other.end && other.start < span.end;

test("in a contenteditable, 'Thanks' has no problem underline and 'Obviously' has one", async () => {
  const page = await open(EDITABLE);
  await typeDraft(page, EDITABLE.composer, MIXED);
  const badge = await badgeFor(page, MIXED);
  const spans = await highlightSpans(page, EDITABLE.composer);
  const problems = Object.entries(spans).filter(([name]) => name !== "tact-strength");
  for (const [name, ranges] of problems) {
    for (const range of ranges) assert.ok(!overlaps(range, THANKS), `"${range.text}" in ${name} covers "Thanks"`);
  }
  assert.ok(
    spans["tact-suspending"]?.some((range) => range.text === "Obviously"),
    JSON.stringify(spans),
  );
  assert.ok(
    spans["tact-strength"]?.some((range) => range.text === "Thanks"),
    "the thanks is marked apart, as a strength",
  );
  const css = await page.evaluate(() =>
    [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n"),
  );
  assert.match(css, /::highlight\(tact-strength\) \{[^}]*dotted/, "a strength's underline is dotted, not wavy");
  assert.match(badge.label, /\d+ suggestions? and 1 thing that works/, badge.label);
  assert.ok(Number(badge.findings) >= 1 && badge.strengths === "1", JSON.stringify(badge));
  await page.close();
});

test("over a textarea, the mirror marks the thanks as a strength with a dotted underline, the absolute as an issue", async () => {
  const page = await open(TEXTAREA);
  await typeDraft(page, TEXTAREA.composer, MIXED);
  await badgeFor(page, MIXED);
  const marks = await page.evaluate(() =>
    [...document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=mark]")].map((mark) => ({
      text: mark.textContent,
      effect: mark.dataset.effect,
      style: getComputedStyle(mark).textDecorationStyle,
    })),
  );
  const thanks = marks.find((mark) => mark.text === "Thanks");
  assert.deepEqual(thanks, { text: "Thanks", effect: "strength", style: "dotted" }, JSON.stringify(marks));
  const issue = marks.find((mark) => mark.text.startsWith("Obviously"));
  assert.deepEqual([issue?.effect, issue?.style], ["issue", "wavy"], JSON.stringify(marks));
  await page.close();
});

test("the card lists issues, then 'What works' with the thanks and only a dismiss for it", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, MIXED);
  const badge = await badgeFor(page, MIXED);
  await tact(page, "badge").click();
  const card = tact(page, "card");
  await card.waitFor();
  const issues = await card
    .locator("[data-tact=item]")
    .evaluateAll((items) => items.map((item) => item.dataset.effect));
  assert.equal(issues.length, Number(badge.findings), "the badge's count is the card's issues");
  assert.ok(
    issues.every((effect) => effect === "issue"),
    `issues: ${issues}`,
  );
  const thanks = card.locator('[data-tact=strength][data-rule="builtin.gratitude"]');
  assert.equal(await thanks.count(), 1);
  assert.match(await card.locator(".works h3").textContent(), /What works/);
  assert.match(await thanks.locator(".sr-only").textContent(), /What works/, "a screen reader hears it is a strength");
  assert.match(await card.locator("[data-tact=item] .sr-only").first().textContent(), /Suggestion/);
  assert.equal(
    await thanks.locator("[data-tact=apply], [data-tact=turn-off]").count(),
    0,
    "nothing to apply or turn off",
  );
  await thanks.locator("[data-tact=dismiss]").click();
  await page.waitForFunction(
    () => ![...(CSS.highlights.get("tact-strength") ?? [])].some((range) => range.toString() === "Thanks"),
  );
  const after = await badgeFor(page, MIXED);
  assert.equal(after.findings, badge.findings, "dismissing a strength leaves the issues as they were");
  assert.equal(after.strengths, "0");
  await page.close();
});

test("the pre-post check never lists a strength, even when the user marks gratitude 'warn'", async () => {
  // Warn on the thanks, the open question and the absolute, and hold any draft whose respect is below 99: every
  // way a finding can be listed is open to the strengths too.
  const rules = { "builtin.gratitude": "warn", "builtin.open-question": "warn", "builtin.certainty": "warn" };
  await setStorage({ userChoices: { rules } });
  const page = await open(X);
  await typeDraft(page, X.composer, THANKFUL);
  await badgeFor(page, THANKFUL);
  await page.click(X.submit.click);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.equal(await tact(page, "gate").count(), 0, "thanking someone is no reason to hold a post");

  await setStorage({ userChoices: { rules, checks: { respect: { warnBelow: 0.99 } } } });
  await typeDraft(page, X.composer, MIXED);
  await badgeFor(page, MIXED);
  await page.click(X.submit.click);
  const gate = tact(page, "gate");
  await gate.waitFor();
  const listed = await gate
    .locator("[data-tact=issue]")
    .evaluateAll((items) => items.map((item) => ({ rule: item.dataset.rule, effect: item.dataset.effect })));
  assert.ok(listed.length > 0, "the rude part is listed");
  assert.ok(
    listed.every((item) => item.effect === "issue" && item.rule !== "builtin.gratitude"),
    JSON.stringify(listed),
  );
  await page.close();
});

test("a sent post records the rules that found issues, not the strengths", async () => {
  await setStorage({ userChoices: { gate: "off" } });
  const page = await open(X);
  await typeDraft(page, X.composer, MIXED);
  await badgeFor(page, MIXED);
  await page.click(X.submit.click);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  let post;
  for (let tries = 0; tries < 50 && !post?.rules?.includes("builtin.certainty"); tries++) {
    await page.waitForTimeout(50);
    const stats = await session.browser.worker.evaluate(() =>
      chrome.storage.local.get("statsRecords").then((stored) => stored.statsRecords),
    );
    post = stats?.posts?.at(-1);
  }
  assert.ok(post?.rules?.includes("builtin.certainty"), `rules: ${post?.rules}`);
  assert.ok(!post.rules.includes("builtin.gratitude"), `rules: ${post.rules}`);
  await page.close();
});

test("no network request", () => {
  assert.deepEqual(session.browser.blockedRequests, []);
});
