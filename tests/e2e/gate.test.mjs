// End to end, the pre-post check on the site fixtures: it catches a click on Post, Enter, Ctrl+Enter and a form
// submit; in warn and hold the post waits for Edit or Post anyway; Post anyway sends exactly the user's draft; off
// and calm drafts go straight out; and when Tact itself fails, the post goes out untouched.

import { test } from "node:test";
import assert from "node:assert/strict";
import { checked, siteSession, typeDraft } from "./fixtures.mjs";
import { SITES, TRUSTED_ONLY_SITES } from "../fixtures/sites/sites.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
// The built-in default preset's own example of a draft its check lets through.
const CALM = "Thanks for flagging this! What happened when you tried?";

const site = (id) => SITES.find((candidate) => candidate.id === id);
const X = site("x");

const session = siteSession();
const { setStorage, open } = session;

const posted = (page) => page.evaluate(() => window.__tactFixture.posted);
const gate = (page) => page.locator("div[data-tact-root] [data-tact=gate]");
const pressAgain = (page) => page.locator("div[data-tact-root] [data-tact=press-again]");
/** What Tact's polite live region last announced. */
const announced = (page) =>
  page.evaluate(
    () => document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[role=status]").textContent,
  );
const focusedEditor = (page, selector) =>
  page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

/** This session's stats as the service worker keeps them. */
function stats() {
  return session.browser.worker.evaluate(() =>
    chrome.storage.local.get("statsRecords").then((stored) => stored.statsRecords),
  );
}

test("warn: Post waits on a rude, promotional draft; Edit goes back to the editor; Post anyway posts it exactly", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(X.submit.click);
  await gate(page).waitFor();
  assert.equal(await gate(page).getAttribute("role"), "alertdialog");
  assert.equal(await gate(page).getAttribute("data-mode"), "warn");
  const issues = await gate(page).locator("[data-tact=issue]").count();
  assert.ok(issues >= 1 && issues <= 3, `the check lists the top issues (${issues})`);
  assert.deepEqual(await posted(page), [], "nothing is posted while the check is open");
  const focused = await page.evaluate(
    () => document.querySelector("div[data-tact-root]").shadowRoot.activeElement?.dataset.tact,
  );
  assert.equal(focused, "edit", "the check takes the focus, on Edit");

  await page.keyboard.press("Enter");
  await gate(page).waitFor({ state: "detached" });
  assert.ok(await focusedEditor(page, X.composer), "Edit gives the focus back to the editor");
  assert.deepEqual(await posted(page), []);

  await page.click(X.submit.click);
  await gate(page).locator("[data-tact=post-anyway]").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO], "Post anyway sends exactly the draft the user wrote");

  // Posting anyway was for that draft only: the same words typed again are checked again.
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(X.submit.click);
  await gate(page).waitFor();
  assert.deepEqual(await posted(page), [RUDE_PROMO], "the new draft waits for its own check");
  await page.close();
});

test("the check catches Ctrl+Enter on X, and Escape means Edit", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.keyboard.press("Control+Enter");
  await gate(page).waitFor();
  await page.keyboard.press("Escape");
  await gate(page).waitFor({ state: "detached" });
  assert.ok(await focusedEditor(page, X.composer));
  assert.equal(await page.locator("#layers [role=dialog]").isVisible(), true, "the site's reply dialog is still open");
  await page.keyboard.press("Control+Enter");
  await gate(page).locator("[data-tact=post-anyway]").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO]);
  await page.close();
});

test("on Facebook the comment box's Enter is caught, and Shift+Enter still adds a line", async () => {
  const facebook = site("facebook");
  const page = await open(facebook);
  await typeDraft(page, facebook.composer, "Obviously you're wrong.");
  await page.keyboard.press("Shift+Enter");
  await page.keyboard.type("Calm down and buy now, check out my channel!");
  const draft = "Obviously you're wrong.\nCalm down and buy now, check out my channel!";
  assert.equal(await page.evaluate(() => window.__tactFixture.model()), draft);
  // The engine reads the rendered text, where Lexical's paragraphs are apart by a blank line.
  await checked(page, await page.evaluate((selector) => document.querySelector(selector).innerText, facebook.composer));
  assert.equal(await gate(page).count(), 0, "Shift+Enter is a new line, not a submit");
  await page.keyboard.press("Enter");
  await gate(page).waitFor();
  await gate(page).locator("[data-tact=post-anyway]").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [draft]);
  await page.close();
});

test("a form submit is caught (Mastodon), and Post anyway submits the form with the user's draft", async () => {
  const mastodon = site("mastodon");
  const page = await open(mastodon);
  await typeDraft(page, mastodon.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.evaluate(
    (selector) => document.querySelector(selector).closest("form").requestSubmit(),
    mastodon.composer,
  );
  await gate(page).waitFor();
  assert.deepEqual(await posted(page), []);
  await gate(page).locator("[data-tact=post-anyway]").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO]);
  await page.close();
});

test("hold: Post anyway asks for a reason first, and the stats keep it", async () => {
  await setStorage({ userChoices: { gate: "hold" } });
  const reddit = site("reddit-new");
  const page = await open(reddit);
  await typeDraft(page, reddit.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(reddit.submit.click);
  await gate(page).waitFor();
  assert.equal(await gate(page).getAttribute("data-mode"), "hold");
  const postAnyway = gate(page).locator("[data-tact=post-anyway]");
  assert.equal(await postAnyway.isDisabled(), true, "no posting anyway without a reason");
  await gate(page).locator("[data-tact=reason]").fill("Customer asked for the link");
  await postAnyway.click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO], "the reason never gets into the post");
  await page.waitForFunction(() => window.__tactFixture.model() === "");
  const session = await stats();
  const check = session.checks.findLast((entry) => entry.outcome === "posted-anyway");
  assert.equal(check?.reason, "Customer asked for the link");
  assert.equal(check?.site, "reddit");
  await page.close();
});

test("off: the post goes out at once, however the draft reads", async () => {
  await setStorage({ userChoices: { gate: "off" } });
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(X.submit.click);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.equal(await gate(page).count(), 0);
  assert.deepEqual(await posted(page), [RUDE_PROMO]);
  await page.close();
});

test("a calm draft goes out without a check, and the post is counted with its first and final scores", async () => {
  const before = (await stats())?.posts?.length ?? 0;
  const page = await open(X);
  await typeDraft(page, X.composer, CALM);
  await checked(page, CALM);
  await page.click(X.submit.click);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.equal(await gate(page).count(), 0);
  assert.deepEqual(await posted(page), [CALM]);
  await page.waitForFunction(() => true);
  let session;
  for (let tries = 0; tries < 50 && (session?.posts?.length ?? 0) <= before; tries++) {
    await page.waitForTimeout(50);
    session = await stats();
  }
  const post = session.posts.at(-1);
  assert.equal(post.site, "x");
  for (const scores of [post.first, post.final]) {
    assert.ok(["listening", "respect", "promotion"].every((axis) => typeof scores[axis] === "number"));
  }
  // The rules recorded are the ones that found issues: the thanks and the open question are strengths.
  assert.ok(Array.isArray(post.rules) && !post.rules.includes("builtin.gratitude"), `rules fired: ${post.rules}`);
  await page.close();
});

test("when Tact fails (a broken engine answer under a strict CSP), the post goes out untouched", async () => {
  await session.browser.worker.evaluate(() => {
    // Answers every check before the real engine does, with a report the content script cannot use.
    self.__brokenCheck = (message, _sender, sendResponse) => {
      if (message.type !== "check") return false;
      sendResponse({ report: { scores: "broken" } });
      return false;
    };
    chrome.runtime.onMessage.addListener(self.__brokenCheck);
  });
  try {
    const page = await open(X, { csp: "script-src 'self' 'unsafe-inline'" });
    await typeDraft(page, X.composer, RUDE_PROMO);
    await page.waitForTimeout(300);
    await page.click(X.submit.click);
    await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
    assert.deepEqual(await posted(page), [RUDE_PROMO], "the post went out, exactly as written");
    assert.equal(await gate(page).count(), 0);
    await page.close();
  } finally {
    await session.browser.worker.evaluate(() => chrome.runtime.onMessage.removeListener(self.__brokenCheck));
  }
});

test("under a strict CSP the worker's engine decides, with the user's own mode (hold)", async () => {
  await setStorage({ userChoices: { gate: "hold" } });
  const page = await open(X, { csp: "script-src 'self' 'unsafe-inline'" });
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  const engine = await page.evaluate(
    () => document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]").dataset.engine,
  );
  assert.equal(engine, "worker");
  await page.click(X.submit.click);
  await gate(page).waitFor();
  assert.equal(await gate(page).getAttribute("data-mode"), "hold");
  await gate(page).locator("[data-tact=reason]").fill("Agreed with the team");
  await gate(page).locator("[data-tact=post-anyway]").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO]);
  await page.close();
});

for (const fixture of SITES) {
  test(`on ${fixture.id}, Post (${fixture.submit.click ? "its button" : fixture.submit.key}) waits for the check, and Post anyway posts the exact draft`, async () => {
    const page = await open(fixture);
    await typeDraft(page, fixture.composer, RUDE_PROMO);
    await page.waitForFunction(() => window.__tactFixture.model() !== "");
    const draft = await page.evaluate(() => window.__tactFixture.model());
    assert.equal(draft, RUDE_PROMO);
    await checked(
      page,
      await page.evaluate((selector) => {
        const editor = document.querySelector(selector);
        return editor.value ?? editor.innerText.replace(/[\u200b\ufeff]/g, "");
      }, fixture.composer),
    );
    if (fixture.submit.click) await page.click(fixture.submit.click);
    else await page.keyboard.press(fixture.submit.key);
    await gate(page).waitFor();
    assert.deepEqual(await posted(page), [], "the post waits");
    await gate(page).locator("[data-tact=post-anyway]").click();
    await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
    assert.deepEqual(await posted(page), [RUDE_PROMO]);
    await page.close();
  });
}

const PRESSES = [
  [TRUSTED_ONLY_SITES[0], "its button"],
  [TRUSTED_ONLY_SITES[0], "Control+Enter"],
  [TRUSTED_ONLY_SITES[1], "Enter"],
];
for (const [fixture, press] of PRESSES) {
  test(`on a site that ignores untrusted events (${fixture.id}, ${press}), Post anyway keeps the draft, says to press again, and the next press posts it once`, async () => {
    const page = await open(fixture);
    const send = () => (press === "its button" ? page.click(fixture.submit.click) : page.keyboard.press(press));
    await typeDraft(page, fixture.composer, RUDE_PROMO);
    await checked(page, RUDE_PROMO);
    await send();
    await gate(page).waitFor();
    await gate(page).locator("[data-tact=post-anyway]").click();
    // The site ignores the post Tact sends on: the user is told, and the draft is as they wrote it.
    await pressAgain(page).waitFor();
    const message = await pressAgain(page).textContent();
    const again = `Press ${press === "its button" ? "Post" : press.replace("Control", "Ctrl")} again`;
    assert.ok(message.includes(again), `"${message}" says "${again}"`);
    assert.equal(await announced(page), message, "the message is announced");
    assert.deepEqual(await posted(page), [], "nothing was posted");
    assert.equal(await page.evaluate(() => window.__tactFixture.model()), RUDE_PROMO, "the draft is untouched");
    assert.ok(await focusedEditor(page, fixture.composer), "the editor has the focus, for a key press");

    await send();
    await page.waitForFunction(() => window.__tactFixture.posted.length > 0);
    await pressAgain(page).waitFor({ state: "detached" });
    assert.equal(await gate(page).count(), 0, "the user's own press is not held again");
    assert.deepEqual(await posted(page), [RUDE_PROMO], "posted once, exactly as written");
    assert.equal(await page.evaluate(() => window.__tactFixture.model()), "");
    await page.close();
  });
}

test("on a site that ignores untrusted events, editing the draft after Post anyway brings the check back", async () => {
  const [fixture] = TRUSTED_ONLY_SITES;
  const page = await open(fixture);
  await typeDraft(page, fixture.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(fixture.submit.click);
  await gate(page).locator("[data-tact=post-anyway]").click();
  await pressAgain(page).waitFor();
  await page.keyboard.press("End");
  await page.keyboard.type(" Now!");
  await pressAgain(page).waitFor({ state: "detached" });
  await checked(page, `${RUDE_PROMO} Now!`);
  await page.click(fixture.submit.click);
  await gate(page).waitFor();
  assert.deepEqual(await posted(page), [], "the edited draft waits for its check");
  await page.close();
});

test("the check belongs to its composer: it closes when the composer goes, and holds no press on another", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(X.submit.click);
  await gate(page).waitFor();
  // The site closes its reply dialog (a navigation, the close button): the check goes with it, nothing is sent.
  await page.evaluate(() => document.querySelector("#layers [role=dialog]").remove());
  await gate(page).waitFor({ state: "detached" });
  assert.deepEqual(await posted(page), []);
  const inline = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
  await typeDraft(page, inline, CALM);
  await checked(page, CALM);
  await page.click('[data-testid="tweetButtonInline"]');
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [CALM], "the other composer's post went out at its first press");
  assert.equal(await gate(page).count(), 0);
  await page.close();
});

test("with no working engine nothing is held: on a site that takes only real presses, one press posts", async () => {
  const [fixture] = TRUSTED_ONLY_SITES;
  await session.browser.worker.evaluate(() => {
    self.__failingCheck = (message, _sender, sendResponse) => {
      if (message.type !== "check") return false;
      sendResponse({ error: "the engine failed" });
      return false;
    };
    chrome.runtime.onMessage.addListener(self.__failingCheck);
  });
  try {
    const page = await open(fixture, { csp: "script-src 'self' 'unsafe-inline'" });
    await typeDraft(page, fixture.composer, RUDE_PROMO);
    await page.waitForTimeout(300);
    await page.click(fixture.submit.click);
    await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
    assert.deepEqual(await posted(page), [RUDE_PROMO], "posted at the first press, exactly as written");
    assert.equal(await gate(page).count(), 0);
    assert.equal(await pressAgain(page).count(), 0);
    await page.close();
  } finally {
    await session.browser.worker.evaluate(() => chrome.runtime.onMessage.removeListener(self.__failingCheck));
  }
});

test("the check makes no network request", () => {
  assert.deepEqual(session.browser.blockedRequests, []);
});
