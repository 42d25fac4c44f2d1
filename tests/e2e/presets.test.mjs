// End to end, team presets through the options page: a good preset imported from a file underlines its own rule on
// a site and its gate mode applies; a bad one lists every error while the old one stays active; a preset served on
// localhost is subscribed to, changed on the server and updated with "Update now" (ETag / 304 honoured, the last
// good copy kept when an update is refused); an administrator's policy locks a check, on the page and in the engine.
//
// Two things headless Chromium cannot do are stood in for, openly:
// - The host-permission prompt of chrome.permissions.request cannot be answered headless. The test replaces that
//   one function in the options page with one that records the origins asked for and says yes; the server then
//   answers with CORS headers, so the service worker's real fetch (with If-None-Match) reaches it without the grant.
// - chrome.storage.managed is read-only (even through the DevTools protocol). The test replaces its `get` in the
//   service worker with the policy, then opens the options page, which asks the worker to read the policy again:
//   the worker reads it through the same code (`syncPolicy(chrome.storage.managed)`) it uses for a real policy.

import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { checked } from "./fixtures.mjs";
import { launch, openPage } from "./harness.mjs";
import { EDITORS_ASSET, SITES } from "../fixtures/sites/sites.mjs";

const X = SITES.find((site) => site.id === "x");

/** A team preset with a rule of its own, gate `hold`, extending the built-in default. */
const TEAM = {
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

/** A preset with four distinct errors: an unknown key, a bad regex, a bad severity and a failing own test. */
const BAD = {
  format: 1,
  id: "broken",
  name: "Broken",
  rules: [
    { id: "typo", kind: "avoid", phrase: ["buy now"] },
    { id: "bad-regex", kind: "pattern", pattern: "(unclosed" },
    { id: "loud", kind: "avoid", phrases: ["act now"], severity: "loud" },
  ],
  tests: [{ text: "Nothing to see.", expect: ["typo"] }],
};

let browser;
let server;
/** What the preset server serves, and the If-None-Match header of each request it saw. */
const served = { body: "", etag: "", seen: [] };

before(async () => {
  server = createServer((request, response) => {
    served.seen.push(request.headers["if-none-match"] ?? null);
    const cors = { "access-control-allow-origin": "*", "access-control-expose-headers": "ETag" };
    if (request.headers["if-none-match"] === served.etag) {
      response.writeHead(304, { ...cors, etag: served.etag });
      return response.end();
    }
    response.writeHead(200, { ...cors, etag: served.etag, "content-type": "application/json" });
    response.end(served.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  browser = await launch({ allowOrigins: [`http://127.0.0.1:${server.address().port}`] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

beforeEach(async () => {
  await browser.worker.evaluate(async () => {
    await chrome.storage.local.remove(["preset", "userChoices", "disabledRules"]);
    await chrome.alarms.clearAll();
  });
});

const stored = () => browser.worker.evaluate(() => chrome.storage.local.get("preset").then((values) => values.preset));

async function openOptions() {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl("extension/pages/options.html"));
  await page.locator("[data-fact=name]").waitFor();
  return page;
}

const fact = (page, name) => page.locator(`[data-fact=${name}]`).textContent();

/** Waits for the outcome of the last action (not the "Working…" status) and returns its text. */
async function outcome(page, kind) {
  const notice = page.locator(`[data-notice=${kind}]`).filter({ hasNotText: "Working…" });
  await notice.waitFor();
  return notice.textContent();
}

test("a good preset imported from a file underlines its own rule on a site, and its gate mode holds the post", async () => {
  const options = await openOptions();
  await options.setInputFiles("#preset-file", {
    name: "acme.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(TEAM)),
  });
  assert.match(await outcome(options, "ok"), /ACME community voice/);
  assert.equal(await fact(options, "name"), "ACME community voice");
  assert.equal(await fact(options, "source"), "Imported from acme.json");
  assert.match(await options.locator("li[data-rule=no-codenames]").textContent(), /Internal code names/);
  assert.equal((await stored()).source, "file");

  // The second mention is in fullwidth letters: the rule finds it too, underlined on the characters as typed.
  const disguised = "\uFF50\uFF52\uFF4F\uFF4A\uFF45\uFF43\uFF54 \uFF46\uFF41\uFF4C\uFF43\uFF4F\uFF4E";
  const draft = `Happy to help! Project Falcon will fix it, and ${disguised} too.`;
  const page = await openPage(browser, X.url, X.file, { assets: EDITORS_ASSET });
  await page.click(X.composer);
  await page.keyboard.type(draft);
  await page.waitForFunction(
    (underlined) => {
      const found = new Set();
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith("tact-")) for (const range of highlight) found.add(range.toString());
      }
      return underlined.every((words) => found.has(words));
    },
    ["Project Falcon", disguised],
  );
  await page.click(X.submit.click);
  const gate = page.locator("div[data-tact-root] [data-tact=gate]");
  await gate.waitFor();
  assert.equal(await gate.getAttribute("data-mode"), "hold", "the preset's gate mode");
  assert.match(await gate.textContent(), /internal code name/, "the preset's own message is among the issues");
  assert.equal(await gate.locator("[data-tact=post-anyway]").isDisabled(), true, "hold asks for a reason first");
  assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), []);
  await page.close();
  await options.close();
});

test("a bad preset lists every error with its path while the previous preset stays active", async () => {
  const options = await openOptions();
  await options.fill("#preset-text", JSON.stringify(TEAM));
  await options.click("#import-text");
  await outcome(options, "ok");
  const before = await stored();

  await options.fill("#preset-text", JSON.stringify(BAD));
  await options.click("#import-text");
  const message = await outcome(options, "error");
  assert.match(message, /still active/);
  const paths = await options
    .locator("[data-notice=error] li[data-path]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-path")));
  for (const path of ["rules[0].phrase", "rules[1].pattern", "rules[2].severity"]) {
    assert.ok(paths.includes(path), `${path} is listed among ${paths.join(", ")}`);
  }
  assert.match(await options.locator("li[data-path='rules[0].phrase']").textContent(), /phrases/, "with a hint");
  assert.equal(await fact(options, "name"), "ACME community voice", "the previous preset is still the active one");
  assert.deepEqual(await stored(), before, "nothing stored changed");

  await options.fill(
    "#preset-text",
    JSON.stringify({ ...TEAM, tests: [{ text: "All good.", expect: ["no-codenames"] }] }),
  );
  await options.click("#import-text");
  await outcome(options, "error");
  assert.match(
    await options.locator("[data-notice=error] li").first().textContent(),
    /tests\[0\]/,
    "a failing own test",
  );
  await options.fill("#preset-text", JSON.stringify({ ...TEAM, format: 2 }));
  await options.click("#import-text");
  assert.match(
    await options.locator("[data-notice=error]").filter({ hasNotText: "Working…" }).textContent(),
    /update Tact/i,
  );
  assert.deepEqual(await stored(), before);
  await options.close();
});

test("a preset served on localhost is subscribed to, updated with Update now (ETag honoured), last good copy kept", async () => {
  const url = `http://127.0.0.1:${server.address().port}/team.json`;
  served.body = JSON.stringify(TEAM);
  served.etag = '"v1"';
  served.seen = [];
  const options = await openOptions();
  await options.evaluate(() => {
    window.askedOrigins = [];
    chrome.permissions.request = async ({ origins }) => {
      window.askedOrigins.push(...origins);
      return true;
    };
  });
  await options.fill("#preset-url", url);
  await options.click("#subscribe");
  assert.match(await outcome(options, "ok"), /Subscribed/);
  assert.deepEqual(
    await options.evaluate(() => window.askedOrigins),
    ["http://127.0.0.1/*"],
    "permission for that origin only",
  );
  assert.equal(await fact(options, "url"), url);
  assert.equal(await fact(options, "version"), "1.0.0");
  const alarm = await browser.worker.evaluate(() => chrome.alarms.get("tact-preset-refresh"));
  assert.equal(alarm?.periodInMinutes, 24 * 60, "refreshed every 24 hours");

  await options.click("#update");
  assert.match(await outcome(options, "ok"), /up to date/);
  assert.deepEqual(served.seen, [null, '"v1"'], "the update asked with If-None-Match and got a 304");

  served.body = JSON.stringify({
    ...TEAM,
    name: "ACME community voice, spring",
    version: "1.1.0",
    rules: [
      ...TEAM.rules,
      { id: "no-circle-back", kind: "avoid", phrases: ["circle back"], description: "More buzzwords." },
    ],
  });
  served.etag = '"v2"';
  await options.click("#update");
  assert.match(await outcome(options, "ok"), /Updated/);
  assert.equal(await fact(options, "version"), "1.1.0");
  assert.equal(await fact(options, "name"), "ACME community voice, spring");
  await options.locator("li[data-rule=no-circle-back]").waitFor();
  assert.equal((await stored()).etag, '"v2"');

  served.body = JSON.stringify({ ...TEAM, version: "1.2.0", rules: [{ id: "x", kind: "pattern", pattern: "(" }] });
  served.etag = '"v3"';
  await options.click("#update");
  await outcome(options, "error");
  assert.match(await options.locator("[data-problem=last-error]").textContent(), /last good copy/);
  assert.equal(await fact(options, "version"), "1.1.0", "the last good copy stays active");
  assert.notEqual(await fact(options, "last-checked"), "never");

  // A valid copy within every size limit whose nine patterns make each check many times slower than the built-in
  // preset's: refused by the time budget, naming its costliest rules, and the last good copy stays.
  const slow = Array.from({ length: 9 }, (_, n) => ({
    id: `slow-${n}`,
    kind: "pattern",
    pattern: `(?:\\w|\\s){1,12}q${n}`,
  }));
  served.body = JSON.stringify({ ...TEAM, version: "1.3.0", rules: [...TEAM.rules, ...slow] });
  served.etag = '"v4"';
  await options.click("#update");
  await outcome(options, "error");
  const refusal = await options.locator("[data-problem=last-error]").textContent();
  assert.match(refusal, /last good copy/);
  const record = await stored();
  assert.match(
    record.lastErrors?.[0]?.message ?? "",
    /too slow to check as the user types.*The costliest: rules\[\d\] “slow-\d”/,
  );
  assert.equal(await fact(options, "version"), "1.1.0", "the last good copy stays active");
  assert.equal(record.etag, '"v2"', "the refused copy's ETag is not kept");
  await options.close();
});

test("an administrator's policy locks a check: the options page shows it locked, with the admin's reason", async () => {
  const policy = {
    lockedChecks: { promotion: { warnAbove: 0.3, reason: "Brand policy: no sales talk." }, gate: { mode: "warn" } },
  };
  await browser.worker.evaluate((value) => {
    chrome.storage.managed.get = async () => value;
  }, policy);
  const options = await openOptions();
  const lock = options.locator("[data-lock=promotion]");
  await lock.waitFor();
  assert.match(await lock.textContent(), /Brand policy: no sales talk\./);
  const threshold = options.locator("#check-promotion-threshold");
  assert.equal(await threshold.isDisabled(), true);
  assert.equal(await threshold.inputValue(), "30");
  assert.equal(await options.locator("#gate").isDisabled(), true);
  assert.equal(await options.locator("#check-respect-threshold").isDisabled(), false, "the rest stays the user's");
  assert.deepEqual((await stored()).admin, { checks: { promotion: { warnAbove: 0.3 } }, gate: "warn" });

  // The user's own choice for a locked check does not win over the lock in the engine either.
  await browser.worker.evaluate(() =>
    chrome.storage.local.set({ userChoices: { checks: { promotion: { warnAbove: 0.9 } } } }),
  );
  await options.locator("[data-check=promotion] .muted").filter({ hasText: "You changed this" }).waitFor();
  assert.equal(await threshold.inputValue(), "30");
  const draft = "Our new app is out, download it today!";
  const page = await openPage(browser, X.url, X.file, { assets: EDITORS_ASSET });
  await page.click(X.composer);
  await page.keyboard.type(draft);
  await checked(page, draft);
  const promotion = await page.evaluate(() => {
    const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
    return Number(badge.dataset.promotion);
  });
  assert.ok(promotion > 30 && promotion < 90, `a draft between the lock and the user's own limit (${promotion})`);
  await page.click(X.submit.click);
  const gate = page.locator("div[data-tact-root] [data-tact=gate]");
  await gate.waitFor();
  assert.match(await gate.textContent(), /30 or below/, "the content script's engine applies the lock");
  await page.close();

  await browser.worker.evaluate(() => {
    chrome.storage.managed.get = async () => ({});
  });
  await options.reload();
  await options.locator("[data-fact=name]").waitFor();
  await options.waitForFunction(() => !document.querySelector("[data-lock=promotion]"));
  await options.close();
});

test("an administrator's inline preset becomes the active one, and the page says it cannot be changed", async () => {
  const adminPreset = { ...TEAM, id: "acme-managed", name: "ACME (managed)", gate: "warn" };
  await browser.worker.evaluate(
    (value) => {
      chrome.storage.managed.get = async () => value;
    },
    { presetJson: JSON.stringify(adminPreset) },
  );
  const options = await openOptions();
  await options.locator("[data-lock=preset]").waitFor();
  assert.equal(await fact(options, "name"), "ACME (managed)");
  assert.equal(await fact(options, "source"), "Set by your organisation's administrator");
  assert.equal(await options.locator("#preset-file, #preset-url, #import-text").count(), 0);
  const refused = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: "preset-builtin", name: "builtin:launch" }),
  );
  assert.equal(refused.ok, false, "the service worker refuses another preset too");
  assert.match(refused.message, /administrator/);
  assert.equal((await stored()).name, "ACME (managed)");

  await browser.worker.evaluate(() => {
    chrome.storage.managed.get = async () => ({});
  });
  await options.reload();
  await options.locator("#preset-file").waitFor();
  assert.match(await fact(options, "source"), /builtin:default/, "without the policy, the built-in default again");
  await options.close();
});
