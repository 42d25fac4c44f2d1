// End to end, the popup: the session's numbers and chart match what happened (drafts typed and posted on two fixture
// sites, and events sent straight to the service worker), they survive the worker being stopped, reset and CSV export
// work, and the popup is usable from the keyboard and names everything for a screen reader.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { launch, openPage, readBadge, stopServiceWorker, waitForBadge } from "./harness.mjs";
import { EDITORS_ASSET, SITES } from "../fixtures/sites/sites.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const LISTENING = "Thanks for telling us. What happened when you tried to save? We appreciate the detail.";
const KIND = "Thanks for flagging this, and sorry it got in your way. Which step lost the draft?";
const STAT_NAMES = ["drafts", "posts", "improved", "checks-shown", "checks-edited", "checks-posted-anyway"];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const popupUrl = (tabId) => browser.extensionUrl(`extension/pages/popup.html${tabId ? `?tab=${tabId}` : ""}`);

/** Opens the popup as a page (for `tabId`'s site when given) and waits for its first render. */
async function openPopup(tabId) {
  const popup = await browser.context.newPage();
  await popup.goto(popupUrl(tabId));
  await popup.locator("[data-stat=drafts]").waitFor();
  return popup;
}

async function readStats(popup) {
  const stats = {};
  for (const name of STAT_NAMES) stats[name] = Number(await popup.locator(`[data-stat=${name}]`).textContent());
  return stats;
}

async function seriesOf(popup) {
  const series = {};
  for (const name of ["listening", "respect", "promotion"]) {
    const values = await popup.locator(`svg.chart polyline[data-series=${name}]`).getAttribute("data-values");
    series[name] = values.split(",").map(Number);
  }
  return series;
}

/** Runs `body` in an extension page, where chrome.runtime and chrome.storage are at hand. */
async function inExtension(body, arg) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl("extension/pages/try.html"));
  try {
    return await page.evaluate(body, arg);
  } finally {
    await page.close();
  }
}

async function resetSession() {
  await inExtension(() => chrome.runtime.sendMessage({ type: "reset-stats" }));
}

/** The id of the tab showing `url`, as the extension sees it. */
async function tabIdOf(url) {
  return inExtension(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, url);
}

const scores = (listening, respect, promotion) => ({ listening, respect, promotion });

/** A session as the content script reports it: 3 drafts on two sites, 2 posts (one improved), 2 pre-post checks. */
const SENT_EVENTS = [
  { type: "draft-checked", site: "reddit" },
  { type: "draft-checked", site: "mastodon" },
  { type: "pre-post-check", site: "reddit", outcome: "shown" },
  { type: "pre-post-check", site: "reddit", outcome: "edited" },
  {
    type: "post-sent",
    id: "e2e-post-reddit",
    site: "reddit",
    first: scores(0.2, 0.1, 0.9),
    final: scores(0.7, 0.9, 0.1),
    rules: ["builtin.condescension", "builtin.call-to-action"],
  },
  { type: "draft-checked", site: "mastodon" },
  { type: "pre-post-check", site: "mastodon", outcome: "shown" },
  { type: "pre-post-check", site: "mastodon", outcome: "posted-anyway", reason: "Agreed with the team" },
  {
    type: "post-sent",
    id: "e2e-post-mastodon",
    site: "mastodon",
    first: scores(0.3, 0.2, 0.8),
    final: scores(0.3, 0.2, 0.8),
    rules: ["builtin.call-to-action"],
  },
];

/** The counts the popup shows for SENT_EVENTS. */
const SENT_STATS = {
  drafts: 3,
  posts: 2,
  improved: 1,
  "checks-shown": 2,
  "checks-edited": 1,
  "checks-posted-anyway": 1,
};

async function send(events) {
  await inExtension(async (events) => {
    for (const event of events) await chrome.runtime.sendMessage(event);
  }, events);
}

test("the popup shows the numbers and the chart of the events the service worker received", async () => {
  await resetSession();
  await send(SENT_EVENTS);
  const popup = await openPopup();
  assert.deepEqual(await readStats(popup), SENT_STATS);
  assert.deepEqual(await seriesOf(popup), { listening: [70, 30], respect: [90, 20], promotion: [10, 80] });
  assert.equal(await popup.locator("[data-average=respect]").textContent(), "55");
  assert.equal(await popup.locator("ol.rules li").first().getAttribute("data-rule"), "builtin.call-to-action");
  assert.match(await popup.locator("ol.rules li").first().textContent(), /2 posts/);
  const mastodon = await popup.locator("tr[data-site=mastodon] > *").allTextContents();
  assert.deepEqual(mastodon, ["Mastodon", "2", "1", "0", "1"]);
  assert.match(await popup.locator("[data-preset]").textContent(), /Tact default/);
  await popup.close();
});

test("the popup names the active preset and where it came from", async () => {
  const answer = await inExtension(() =>
    chrome.runtime.sendMessage({ type: "preset-builtin", name: "builtin:launch" }),
  );
  assert.equal(answer?.ok, true, JSON.stringify(answer));
  const popup = await openPopup();
  assert.match(await popup.locator("[data-preset]").textContent(), /^Brand account during a launch 1\.0\.0$/);
  assert.match(await popup.locator("#preset").textContent(), /builtin:launch \(built-in\)/);
  await popup.close();
  await inExtension(() => chrome.runtime.sendMessage({ type: "preset-builtin", name: "builtin:default" }));
});

test("stopping the service worker midway loses nothing", async () => {
  await resetSession();
  await send(SENT_EVENTS.slice(0, 5));
  const popup = await openPopup();
  await stopServiceWorker(browser, popup);
  await send(SENT_EVENTS.slice(5));
  await popup.reload();
  await popup.locator("[data-stat=drafts]").waitFor();
  assert.deepEqual(await readStats(popup), SENT_STATS);
  await popup.close();
});

test("export downloads the per-post records as CSV, without any draft text", async () => {
  await resetSession();
  await send(SENT_EVENTS);
  const popup = await openPopup();
  const [download] = await Promise.all([popup.waitForEvent("download"), popup.click("[data-action=export]")]);
  assert.match(download.suggestedFilename(), /^tact-session-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.trimEnd().split("\r\n");
  assert.equal(lines.length, 3, csv);
  assert.match(lines[0], /^time,site,first_listening,first_respect,first_promotion,final_listening/);
  assert.match(
    lines[1],
    /^\d{4}-\d{2}-\d{2}T[\d:]{8}Z,reddit,20,10,90,70,90,10,true,builtin\.condescension;builtin\.call-to-action$/,
  );
  assert.match(lines[2], /,mastodon,30,20,80,30,20,80,false,builtin\.call-to-action$/);
  assert.ok(!csv.includes("Agreed with the team"), "no text the user wrote is exported");
  await popup.close();
});

test("reset asks first, then clears the session and keeps the totals of every session", async () => {
  await send(SENT_EVENTS);
  const popup = await openPopup();
  const lifetimeBefore = await popup.locator(".lifetime").textContent();
  await popup.click("[data-action=reset]");
  // It asks first: nothing is cleared until "Clear this session".
  await popup.locator("#reset-confirm").waitFor();
  assert.notEqual(await popup.locator("[data-stat=posts]").textContent(), "0", "asking clears nothing");
  await popup.click("[data-action=confirm-reset]");
  await popup.waitForFunction(() => document.querySelector("[data-stat=posts]")?.textContent === "0");
  assert.deepEqual(Object.values(await readStats(popup)), [0, 0, 0, 0, 0, 0]);
  assert.equal(await popup.locator("svg.chart").count(), 0);
  assert.equal(await popup.locator(".lifetime").textContent(), lifetimeBefore);
  await popup.reload();
  await popup.locator("[data-stat=drafts]").waitFor();
  assert.equal(await popup.locator("[data-stat=drafts]").textContent(), "0", "the reset is stored, not only drawn");
  await popup.close();
});

test("from the keyboard: the site switch and the tab pause, named for a screen reader, honoured by the page", async () => {
  const site = SITES.find((row) => row.id === "reddit-old");
  const page = await openPage(browser, site.url, site.file, { assets: EDITORS_ASSET });
  await page.fill(site.composer, LISTENING);
  await waitForBadge(page);
  const tabId = await tabIdOf(site.url);
  assert.ok(tabId, "the fixture tab is found");
  const popup = await openPopup(tabId);
  const tree = await popup.locator("main").ariaSnapshot();
  for (const expected of [
    'heading "Tact" [level=1]',
    'region "This tab"',
    'switch "Check drafts on Reddit" [checked]',
    'button "Pause on this tab"',
    'region "This session"',
    'button "Export CSV"',
    'button "Reset session…"',
  ]) {
    assert.ok(tree.includes(expected), `${expected} in\n${tree}`);
  }

  // Tab order starts at the switch; Space turns Tact off on reddit.com and the page drops its badge at once.
  await popup.bringToFront();
  await popup.keyboard.press("Tab");
  assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute("data-action")), "site");
  await popup.keyboard.press("Space");
  await popup.waitForFunction(
    () => document.querySelector("[data-action=site]")?.getAttribute("aria-checked") === "false",
  );
  assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute("data-action")), "site", "focus stays");
  const stored = await inExtension(() => chrome.storage.local.get("disabledSites"));
  assert.deepEqual(stored.disabledSites, ["reddit.com"]);
  await page.waitForFunction(
    () => !document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]:not([hidden])"),
  );
  await popup.keyboard.press("Space");
  await popup.waitForFunction(
    () => document.querySelector("[data-action=site]")?.getAttribute("aria-checked") === "true",
  );

  // Enter on the pause button pauses this tab only; the worker keeps it for a reload of the tab.
  await popup.keyboard.press("Tab");
  await popup.keyboard.press("Enter");
  await popup.waitForFunction(
    () => document.querySelector("[data-action=pause]")?.getAttribute("aria-pressed") === "true",
  );
  const paused = await inExtension((id) => chrome.runtime.sendMessage({ type: "get-tab-state", tabId: id }), tabId);
  assert.deepEqual(paused, { paused: true });
  await page.fill(site.composer, KIND);
  await page.waitForTimeout(300);
  assert.equal(await readBadge(page), null, "a paused tab shows no badge");
  await popup.keyboard.press("Enter");
  await popup.waitForFunction(
    () => document.querySelector("[data-action=pause]")?.getAttribute("aria-pressed") === "false",
  );
  await popup.close();
  await page.close();
});

test("drafts typed and posted on two fixture sites show up in the popup as they happened", async () => {
  await resetSession();
  const reddit = SITES.find((row) => row.id === "reddit-old");
  const bluesky = SITES.find((row) => row.id === "bluesky");

  // Reddit: a rude draft rewritten kindly before posting (improved), then a rude one held, edited and posted.
  const redditPage = await openPage(browser, reddit.url, reddit.file, { assets: EDITORS_ASSET });
  await redditPage.fill(reddit.composer, RUDE_PROMO);
  const rude = await waitForBadge(redditPage);
  await redditPage.fill(reddit.composer, LISTENING);
  const listening = await waitForBadge(redditPage, rude.label);
  await post(redditPage, reddit, 1);
  await redditPage.fill(reddit.composer, RUDE_PROMO);
  await waitForBadge(redditPage, listening.label);
  await redditPage.click(reddit.submit.click, { force: true });
  await redditPage.locator("div[data-tact-root] [data-tact=edit]").click();
  await redditPage.fill(reddit.composer, KIND);
  await waitForBadge(redditPage, rude.label);
  await post(redditPage, reddit, 2);

  // The popup, open while the next post goes out, shows it as soon as the worker counts it.
  const popup = await openPopup();
  const postsShown = (n) => document.querySelector("[data-stat=posts]")?.textContent === String(n);
  await popup.waitForFunction(postsShown, 2);

  // Bluesky: a rude draft held by the check and posted anyway (not improved).
  const blueskyPage = await openPage(browser, bluesky.url, bluesky.file, { assets: EDITORS_ASSET });
  await blueskyPage.bringToFront();
  await blueskyPage.click(bluesky.composer);
  await blueskyPage.keyboard.insertText(RUDE_PROMO);
  await waitForBadge(blueskyPage);
  await blueskyPage.click(bluesky.submit.click, { force: true });
  await blueskyPage.locator("div[data-tact-root] [data-tact=post-anyway]").click();
  await blueskyPage.waitForFunction(() => window.__tactFixture.posted.length === 1);

  // The last post is counted once the site has emptied its composer; the open popup renders it then.
  await popup.waitForFunction(postsShown, 3);
  assert.deepEqual(await readStats(popup), {
    drafts: 3,
    posts: 3,
    improved: 2,
    "checks-shown": 2,
    "checks-edited": 1,
    "checks-posted-anyway": 1,
  });
  const chart = await seriesOf(popup);
  assert.equal(chart.promotion.length, 3, "one point per post");
  assert.ok(
    chart.promotion[2] > chart.promotion[0],
    `the post sent anyway is the most promotional: ${chart.promotion}`,
  );
  assert.ok(chart.respect[2] < chart.respect[1], `and the least respectful: ${chart.respect}`);
  const sites = await popup.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-site")));
  assert.deepEqual(sites, ["bluesky", "reddit"]);
  await popup.close();
  await redditPage.close();
  await blueskyPage.close();
});

/** Sends the post (nothing should hold it) and waits until the site has it. */
async function post(page, site, expectedPosts) {
  await page.click(site.submit.click, { force: true });
  await page.waitForFunction((n) => window.__tactFixture.posted.length === n, expectedPosts, { timeout: 5_000 });
}

test("the popup makes no network request", () => {
  assert.deepEqual(browser.blockedRequests, []);
});
