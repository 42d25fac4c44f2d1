// End to end: the unpacked extension scores drafts in a textarea, a contenteditable and under a strict CSP.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, readBadge, typeInto, waitForBadge } from "./harness.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const LISTENING = "Thanks for telling us. What happened when you tried to save? We appreciate the detail.";

const TEXTAREA_PAGE = `<!doctype html><title>Reply</title><main><textarea id="box" aria-label="Reply"></textarea></main>`;
const EDITABLE_PAGE = `<!doctype html><title>Post</title>
  <div id="box" contenteditable="true" role="textbox" aria-label="Post text" style="min-height:60px"></div>`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("the badge scores a textarea draft in the page's own engine", async () => {
  const page = await openPage(browser, "https://mastodon.social/@someone/1", TEXTAREA_PAGE);
  await typeInto(page, "#box", RUDE_PROMO);
  const badge = await waitForBadge(page);
  assert.equal(badge.engine, "page");
  for (const score of [badge.listening, badge.respect, badge.promotion]) {
    assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `score ${score} is an integer in 0-100`);
  }
  assert.ok(badge.promotion > 50, `a hard sell reads as promotional (promotion ${badge.promotion})`);
  await page.close();
});

test("the badge follows a contenteditable as the user types, and ranks a listening reply above a rude one", async () => {
  const page = await openPage(browser, "https://bsky.app/profile/someone", EDITABLE_PAGE);
  await typeInto(page, "#box", RUDE_PROMO);
  const rude = await waitForBadge(page);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(LISTENING);
  const listening = await waitForBadge(page, rude.label);
  assert.ok(listening.listening > rude.listening, `listening ${listening.listening} > ${rude.listening}`);
  assert.ok(listening.respect > rude.respect, `respect ${listening.respect} > ${rude.respect}`);
  assert.ok(listening.promotion < rude.promotion, `promotion ${listening.promotion} < ${rude.promotion}`);
  await page.close();
});

test("under a CSP that forbids WebAssembly the service worker runs the engine", async () => {
  const page = await openPage(browser, "https://x.com/home", TEXTAREA_PAGE, { csp: "script-src 'self'" });
  await typeInto(page, "#box", LISTENING);
  const badge = await waitForBadge(page);
  assert.equal(badge.engine, "worker");
  assert.ok(badge.respect > 50, `a thankful reply is respectful (respect ${badge.respect})`);
  await page.close();
});

test("a page cannot tell Tact is there by fetching its files at their static address, and the engine still loads", async () => {
  const page = await openPage(browser, "https://mastodon.social/@someone/1", TEXTAREA_PAGE);
  await typeInto(page, "#box", RUDE_PROMO);
  const badge = await waitForBadge(page);
  assert.equal(badge.engine, "page", "the content script loaded the engine through its dynamic address");
  const probes = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map((url) =>
          fetch(url).then(
            (response) => `${url}: ${response.status}`,
            () => `${url}: refused`,
          ),
        ),
      ),
    ["extension/pkg/tact.js", "extension/pkg/tact_bg.wasm.gz", "manifest.json"].map(browser.extensionUrl),
  );
  for (const probe of probes) assert.match(probe, /: refused$/);
  // Tact itself (its worker) reads the same address: the probe failed for the page, not for want of the file.
  const own = await browser.worker.evaluate(
    (url) => fetch(url).then((response) => response.status),
    browser.extensionUrl("extension/pkg/tact.js"),
  );
  assert.equal(own, 200);
  await page.close();
});

test("an emptied composer hides the badge", async () => {
  const page = await openPage(browser, "https://mastodon.social/home", TEXTAREA_PAGE);
  await typeInto(page, "#box", LISTENING);
  await waitForBadge(page);
  await page.fill("#box", "");
  await page.waitForFunction(() => {
    const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
    return badge?.hidden === true;
  });
  assert.equal(await readBadge(page), null);
  await page.close();
});

test("the popup counts the drafts checked in this session", async () => {
  const stats = async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl("extension/pages/popup.html"));
    const drafts = await popup.locator("[data-stat=drafts]").textContent();
    await popup.close();
    return Number(drafts);
  };
  const before = await stats();
  for (const url of ["https://mastodon.social/a", "https://bsky.app/b"]) {
    const page = await openPage(browser, url, TEXTAREA_PAGE);
    await typeInto(page, "#box", LISTENING);
    await waitForBadge(page);
    await page.keyboard.type(" More words in the same draft.");
    await page.waitForTimeout(150);
    await page.close();
  }
  assert.equal(await stats(), before + 2, "two new drafts, each counted once however long it grew");
});

test("checking drafts makes no network request", () => {
  assert.deepEqual(browser.blockedRequests, []);
});
