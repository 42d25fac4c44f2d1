// End to end, Tact explaining itself, on the Try page and on the X fixture: a badge whose scores are named and judged
// (verdict by colour, shape and words) with a label that starts with what it shows; a card that opens with each score
// and what moved it; a check that names every crossed score and offers the rewrites; "English only" instead of numbers
// for another language; the Try page's parent post as reply context and its Post button; lang="en" on Tact's root;
// and axe-core with no serious or critical violation with the card or the check open, light and dark. Screenshots go
// to target/ux/. The welcome page opens once on install, is reachable from the popup, and is axe clean too. Scores are being retuned: no test here asserts a score's number, only structure and consistency.

import { after, afterEach, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { EDITORS_ASSET, SITES } from "../fixtures/sites/sites.mjs";
import { checked, tact, typeDraft } from "./fixtures.mjs";
import { seriousViolations } from "./axe.mjs";
import { launch, openPage, ROOT } from "./harness.mjs";

const SHOTS = join(ROOT, "target/ux");
mkdirSync(SHOTS, { recursive: true });

const RUDE_PROMO = "Calm down. Did you even read the docs? Obviously it works. Buy now and follow us for more!";
const FRENCH =
  "Merci beaucoup pour votre message. Nous allons regarder le problème de synchronisation dès demain matin, promis.";
// Takes up the parent post's own words ("draft", "twice", "reports").
const TAKES_UP = "Sorry your draft got lost twice today. Which reports were you writing when it happened?";
/** Limits every rude, promotional draft crosses, whatever the engine's tuning: both scores are checked at once. */
const STRICT = { checks: { respect: { warnBelow: 0.95 }, promotion: { warnAbove: 0.05 } } };

const X = SITES.find((site) => site.id === "x");

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});
const setStorage = (items) => browser.worker.evaluate((values) => chrome.storage.local.set(values), items);
beforeEach(async () => {
  await setStorage({ disabledSites: [], disabledRules: [], userChoices: {} });
});
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});

/** The Try page, at `width` px, in `scheme` (light or dark). */
async function tryPage({ width = 1280, scheme = "light" } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(browser.extensionUrl("extension/pages/try.html"));
  await page.locator("#reply").waitFor();
  return page;
}

/** What the badge shows and says. */
function readBadge(page) {
  return page.evaluate(() => {
    const root = document.querySelector("div[data-tact-root]");
    const badge = root.shadowRoot.querySelector("[data-tact=badge]");
    const chips = [...badge.querySelectorAll(".score")].filter((chip) => !chip.hidden);
    const count = badge.querySelector(".count");
    const notRead = badge.querySelector(".not-read");
    const visible = [
      ...chips.map((chip) => chip.textContent),
      ...(count.hidden ? [] : [count.textContent]),
      ...(notRead.hidden ? [] : [notRead.textContent]),
    ];
    return {
      hostLang: root.lang,
      data: { ...badge.dataset },
      label: badge.getAttribute("aria-label"),
      title: badge.title,
      visibleText: visible.join(" "),
      chips: chips.map((chip) => ({
        axis: chip.dataset.axis,
        verdict: chip.dataset.verdict,
        text: chip.textContent,
        lowerMarker: chip.querySelector(".lower") !== null,
        background: getComputedStyle(chip).backgroundColor,
        shape:
          getComputedStyle(chip.querySelector(".shape")).clipPath +
          getComputedStyle(chip.querySelector(".shape")).borderRadius,
      })),
    };
  });
}

/** Asserts what every badge with scores must be: three named, judged chips; a label that starts with them. */
function assertReadableBadge(badge, { compact = false } = {}) {
  assert.equal(badge.hostLang, "en", "Tact's root says its language");
  assert.equal(badge.data.language, "en");
  assert.deepEqual(
    badge.chips.map((chip) => chip.axis),
    ["listening", "respect", "promotion"],
  );
  const names = compact ? ["L", "R", "P"] : ["Listening", "Respect", "Promotion"];
  for (const [index, chip] of badge.chips.entries()) {
    assert.match(chip.text, new RegExp(`^${names[index]} \\d{1,3}$`), `the chip names its axis: ${chip.text}`);
    assert.equal(chip.text, `${names[index]} ${badge.data[chip.axis]}`, "the chip shows the badge's score");
    assert.ok(["good", "look", "work"].includes(chip.verdict), `a verdict: ${chip.verdict}`);
    assert.equal(chip.lowerMarker, chip.axis === "promotion", "only promotion is marked lower-is-better");
  }
  assert.ok(
    badge.label.startsWith(badge.visibleText),
    `the label starts with the visible text:\n${badge.label}\n${badge.visibleText}`,
  );
  assert.match(badge.label, /promotion \(lower is better\)/);
  assert.match(badge.title, /Promotion \d+ of 100 \(lower is better\)/);
  assert.match(badge.title, /Alt\+Enter/);
  if (Number(badge.data.findings) > 0) {
    assert.match(badge.visibleText, new RegExp(` ${badge.data.findings} suggestions?$`), "the count is labelled");
  }
  // The same verdict looks the same; different verdicts differ in colour and in shape.
  const looks = new Map();
  for (const chip of badge.chips) {
    const look = `${chip.background}|${chip.shape}`;
    if (looks.has(chip.verdict)) assert.equal(looks.get(chip.verdict), look);
    for (const [verdict, other] of looks) {
      if (verdict !== chip.verdict) {
        assert.notEqual(other.split("|")[0], chip.background, "verdicts differ in colour");
        assert.notEqual(other.split("|")[1], chip.shape, "verdicts differ in shape");
      }
    }
    looks.set(chip.verdict, look);
  }
}

/** The card's scores section: each row's axis, verdict, text and drivers. */
function readScores(page) {
  return tact(page, "card")
    .locator("[data-tact=scores] li.why")
    .evaluateAll((rows) =>
      rows.map((row) => ({
        axis: row.dataset.axis,
        verdict: row.dataset.verdict,
        text: row.textContent,
        drivers: row.querySelector("[data-tact=drivers]")?.textContent ?? null,
      })),
    );
}

/** Asserts the card's first lines: each score, its verdict (as on the badge) and, where any, the words that moved it. */
function assertScoresExplained(scores, badge) {
  assert.deepEqual(
    scores.map((row) => row.axis),
    ["listening", "respect", "promotion"],
  );
  for (const row of scores) {
    const chip = badge.chips.find((entry) => entry.axis === row.axis);
    assert.equal(row.verdict, chip.verdict, `${row.axis}: the card's verdict is the badge's`);
    assert.ok(row.text.startsWith(chip.text), `the row starts with the score: ${row.text}`);
    assert.match(row.text, /good|worth a look|needs work/);
    if (row.drivers !== null) assert.match(row.drivers, /^Why: “[^”]+” [+\u2212]\d+/, row.drivers);
  }
  assert.ok(
    scores.some((row) => row.drivers !== null),
    "a rude, promotional draft has words that moved its scores",
  );
  assert.match(scores.find((row) => row.axis === "promotion").text, /lower is better/);
}

/** Asserts that two boxes (from `boundingBox()`) do not overlap. */
function assertApart(a, b, message) {
  const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  assert.ok(!overlaps, `${message}: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
}

/** Asserts that the open card does not cover the composer's box (measured, not by pixels). */
async function assertCardBesideDraft(page, composer) {
  const [card, draft] = await Promise.all([tact(page, "card").boundingBox(), page.locator(composer).boundingBox()]);
  assertApart(card, draft, "the card leaves the draft in view");
}

/** The element focused in Tact's shadow root: its hook and whether it is inside the card. */
const focusInTact = (page) =>
  page.evaluate(() => {
    const active = document.querySelector("div[data-tact-root]").shadowRoot.activeElement;
    return {
      hook: active?.dataset.tact ?? null,
      inCard: active?.closest("[data-tact=card]") !== null && active !== null,
    };
  });

// First, while the browser is fresh from installing the extension.
test("on install the welcome page opens, explains the scores, the card, the check and privacy; the popup links to it", async () => {
  const welcomeUrl = browser.extensionUrl("extension/pages/welcome.html");
  const opened =
    browser.context.pages().find((page) => page.url() === welcomeUrl) ??
    (await browser.context.waitForEvent("page", { predicate: (page) => page.url() === welcomeUrl, timeout: 10_000 }));
  await opened.locator("h1").waitFor();
  const text = await opened.locator("main").innerText();
  for (const words of [
    "Listening",
    "Respect",
    "Promotion",
    "lower is better",
    "Alt",
    "Post anyway",
    "preset",
    "Nothing you write leaves this device",
    "English only",
  ]) {
    assert.ok(text.includes(words), `the welcome page says "${words}"`);
  }
  for (const scheme of ["light", "dark"]) {
    await opened.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await seriousViolations(opened), [], `the welcome page is axe clean (${scheme})`);
    await opened.screenshot({ path: join(SHOTS, `welcome-${scheme}.png`), fullPage: true });
  }
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl("extension/pages/popup.html"));
  const link = popup.getByRole("link", { name: "How Tact works" });
  assert.equal(await link.getAttribute("href"), "welcome.html");
});

for (const scheme of ["light", "dark"]) {
  test(`Try page (${scheme}): a badge read at a glance, a card that says why, keyboard and axe clean`, async () => {
    const page = await tryPage({ scheme });
    await typeDraft(page, "#reply", RUDE_PROMO);
    await checked(page, RUDE_PROMO);
    const badge = await readBadge(page);
    assertReadableBadge(badge);
    await page.screenshot({ path: join(SHOTS, `try-badge-${scheme}.png`) });

    await page.keyboard.press("Alt+Enter");
    const card = tact(page, "card");
    await card.waitFor();
    assert.equal(await card.getAttribute("aria-modal"), "true", "the card traps the focus, so it says it is modal");
    assert.equal(await card.locator("..").getAttribute("lang"), "en");
    await assertCardBesideDraft(page, "#reply");
    assertScoresExplained(await readScores(page), badge);
    assert.match(await card.locator("[data-tact=shortcut]").innerText(), /Alt\+Enter/, "the shortcut is shown");
    assert.ok(await card.locator("[data-tact=shortcut]").isVisible());
    // Named by what they show: "Use this wording" is announced as such (axe's label-content-name-mismatch).
    const uses = card.getByRole("button", { name: "Use this wording", exact: true });
    assert.ok((await uses.count()) >= 1, "a rewrite is offered by its visible name");
    assert.equal(await card.locator("[data-tact=apply][aria-label]").count(), 0);
    assert.deepEqual(await seriousViolations(page), [], "no serious or critical axe violation with the card open");
    await page.screenshot({ path: join(SHOTS, `try-card-${scheme}.png`) });

    // Tab stays in the card (it is modal), and Escape gives the editor its focus back.
    for (let press = 0; press < 12; press++) {
      await page.keyboard.press("Tab");
      assert.ok((await focusInTact(page)).inCard, "Tab stays inside the modal card");
    }
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => document.activeElement?.id), "reply");
  });

  test(`Try page (${scheme}): Post holds the draft, the check names every crossed score and offers the rewrite`, async () => {
    await setStorage({ userChoices: STRICT });
    const page = await tryPage({ scheme });
    await typeDraft(page, "#reply", RUDE_PROMO);
    await checked(page, RUDE_PROMO);
    const badge = await readBadge(page);
    const judged = Object.fromEntries(badge.chips.map((chip) => [chip.axis, chip.verdict]));
    assert.equal(judged.respect, "work", "the preset's own limit (respect below 95) judges the badge");
    assert.equal(judged.promotion, "work", "the preset's own limit (promotion above 5) judges the badge");

    await page.click("#reply-form button[type=submit]");
    const gate = tact(page, "gate");
    await gate.waitFor();
    const crossed = await gate.locator("[data-tact=crossed]").evaluateAll((lines) => lines.map((l) => l.dataset.score));
    assert.deepEqual(crossed.sort(), ["promotion", "respect"], "every crossed score is listed, not only the first");
    const principles = await gate
      .locator("[data-tact=issue]")
      .evaluateAll((issues) => issues.map((i) => i.dataset.principle));
    assert.ok(principles.includes("promotion"), `promotion's issues are listed: ${principles}`);
    assert.ok(
      principles.some((principle) => principle !== "promotion"),
      `the other crossed score's issues are listed too: ${principles}`,
    );
    assert.equal(await gate.getByRole("button", { name: /^Post anyway/ }).count(), 1, "Post anyway is named as shown");
    const use = gate.getByRole("button", { name: "Use this wording", exact: true }).first();
    assert.ok(await use.isVisible(), "the check offers the rewrite");
    assertApart(
      await gate.boundingBox(),
      await tact(page, "badge").boundingBox(),
      "the check leaves the badge in view",
    );
    assertApart(
      await gate.boundingBox(),
      await page.locator("#reply").boundingBox(),
      "the check leaves the draft in view",
    );
    assert.deepEqual(await seriousViolations(page), [], "no serious or critical axe violation with the check open");
    await page.screenshot({ path: join(SHOTS, `try-check-${scheme}.png`) });

    // The rewrite goes into the draft and the check closes for the user to look at it.
    const rewrite = await use.locator("xpath=../..").locator("ins").first().textContent();
    await use.click();
    await gate.waitFor({ state: "detached" });
    const rewritten = await page.inputValue("#reply");
    assert.notEqual(rewritten, RUDE_PROMO);
    assert.ok(rewritten.includes(rewrite), `the draft has the rewrite "${rewrite}": ${rewritten}`);
    assert.equal(await page.locator("[data-posted] li").count(), 0, "nothing was posted");

    // "Show all suggestions" trades the check for the card on every suggestion, keyboard inside, nothing posted.
    await checked(page, rewritten);
    await page.click("#reply-form button[type=submit]");
    await gate.waitFor();
    const listed = await gate.locator("[data-tact=issue]").count();
    await gate.getByRole("button", { name: "Show all suggestions", exact: true }).click();
    await gate.waitFor({ state: "detached" });
    const card = tact(page, "card");
    await card.waitFor();
    assert.ok((await card.locator("[data-tact=item]").count()) >= listed, "the card lists at least what the check did");
    assert.ok(
      await page.evaluate(() => {
        const root = document.querySelector("div[data-tact-root]");
        return root.shadowRoot.querySelector("[data-tact=card]").contains(root.shadowRoot.activeElement);
      }),
      "the keyboard is in the card",
    );
    assert.equal(await page.locator("[data-posted] li").count(), 0, "nothing was posted");
    await page.keyboard.press("Escape");
    await card.waitFor({ state: "hidden" });

    // Post anyway posts exactly the draft, on the page.
    await page.click("#reply-form button[type=submit]");
    await gate.waitFor();
    await gate.locator("[data-tact=post-anyway]").click();
    await page.locator("[data-posted] li").first().waitFor();
    assert.equal(await page.locator("[data-posted] li").first().textContent(), rewritten);
    assert.equal(await page.inputValue("#reply"), "", "the box empties, as on a site");
  });
}

test("Try page: the parent post is the reply's context, and a calm draft posts without a check", async () => {
  const page = await tryPage();
  await typeDraft(page, "#reply", TAKES_UP);
  await checked(page, TAKES_UP);
  // The badge opens the card on every finding (Alt+Enter at the caret would list the question's only).
  await tact(page, "badge").click();
  const strengthsOf = async () => {
    await tact(page, "card").waitFor();
    const rules = await tact(page, "card")
      .locator("[data-tact=strength]")
      .evaluateAll((items) => items.map((item) => item.dataset.rule));
    await page.keyboard.press("Escape");
    await tact(page, "card").waitFor({ state: "hidden" });
    return rules;
  };
  const withContext = await strengthsOf();
  assert.ok(withContext.includes("builtin.engages-context"), `the reply takes up the post's words: ${withContext}`);
  // The same words in the new-post box, with no post above it, take up nothing. The text is the same length as the
  // reply's, so wait until the badge shows the new box's own findings before opening its card.
  const replyStrengths = await tact(page, "badge").getAttribute("data-strengths");
  await typeDraft(page, "#rich", TAKES_UP);
  await checked(page, TAKES_UP);
  for (let tries = 0; tries < 100; tries++) {
    if ((await tact(page, "badge").getAttribute("data-strengths")) !== replyStrengths) break;
    await page.waitForTimeout(50);
  }
  await tact(page, "badge").click();
  const without = await strengthsOf();
  assert.ok(!without.includes("builtin.engages-context"), `no context, nothing taken up: ${without}`);

  await page.click("#post-form button[type=submit]");
  await page.locator("[data-posted] li").first().waitFor();
  assert.equal(await page.locator("[data-posted] li").first().textContent(), TAKES_UP);
  assert.equal(await tact(page, "gate").count(), 0);
  // The popup counts it under the Try page, by name.
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl("extension/pages/popup.html"));
  await popup.locator("[data-site=try]").waitFor();
  assert.match(await popup.locator("[data-site=try] th").textContent(), /^The Try page$/);
});

test("Try page: another language gets 'Tact reads English only', no numbers, and the check never holds it", async () => {
  await setStorage({ userChoices: STRICT });
  const page = await tryPage();
  await typeDraft(page, "#reply", FRENCH);
  await checked(page, FRENCH);
  const badge = await readBadge(page);
  assert.equal(badge.data.language, "other");
  assert.deepEqual(badge.chips, [], "no score chips");
  assert.equal(badge.visibleText, "Tact reads English only");
  assert.ok(badge.label.startsWith("Tact reads English only"), badge.label);
  assert.ok(!/\d/.test(badge.visibleText));
  await page.keyboard.press("Alt+Enter");
  const card = tact(page, "card");
  await card.waitFor();
  assert.match(await card.locator("[data-tact=english-only]").innerText(), /Tact reads English only/);
  assert.equal(await card.locator("[data-tact=scores] li").count(), 0, "no scores in the card");
  await page.screenshot({ path: join(SHOTS, "try-english-only.png") });
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  await page.click("#reply-form button[type=submit]");
  await page.locator("[data-posted] li").first().waitFor();
  assert.equal(await tact(page, "gate").count(), 0, "even strict limits do not hold a draft Tact cannot read");
});

test("Try page at 360 px: the badge names the axes by letter, its label still starts with what it shows", async () => {
  const page = await tryPage({ width: 360 });
  await typeDraft(page, "#reply", RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  assertReadableBadge(await readBadge(page), { compact: true });
  await page.screenshot({ path: join(SHOTS, "try-badge-360.png") });
});

test("on X: the badge, the card's reasons and the check's rewrite work on a site's own editor", async () => {
  await setStorage({ userChoices: STRICT });
  const page = await openPage(browser, X.url, X.file, { assets: EDITORS_ASSET });
  await page.locator(X.composer).waitFor();
  await typeDraft(page, X.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  const badge = await readBadge(page);
  assertReadableBadge(badge);
  await page.keyboard.press("Alt+Enter");
  await tact(page, "card").waitFor();
  assertScoresExplained(await readScores(page), badge);
  await assertCardBesideDraft(page, X.composer);
  await page.screenshot({ path: join(SHOTS, "x-card.png") });
  await page.keyboard.press("Escape");
  await page.click(X.submit.click);
  const gate = tact(page, "gate");
  await gate.waitFor();
  assert.equal(await gate.locator("[data-tact=crossed]").count(), 2);
  await page.screenshot({ path: join(SHOTS, "x-check.png") });
  await gate.getByRole("button", { name: "Use this wording", exact: true }).first().click();
  await gate.waitFor({ state: "detached" });
  await page.waitForFunction((draft) => window.__tactFixture.model() !== draft, RUDE_PROMO);
  assert.deepEqual(await page.evaluate(() => window.__tactFixture.posted), [], "nothing was posted");
});

for (const csp of [undefined, "script-src 'self'"]) {
  test(`the verdicts follow the preset's own limits, in the ${csp ? "worker's" : "page's"} engine`, async () => {
    const page = await openPage(
      browser,
      "https://x.com/home",
      `<!doctype html><title>Reply</title><main><textarea id="box" aria-label="Reply" style="width:600px"></textarea></main>`,
      { csp },
    );
    const calm = "Thanks for flagging this! What happened when you tried?";
    await typeDraft(page, "#box", calm);
    await checked(page, calm);
    const before = await readBadge(page);
    assert.equal(before.data.engine, csp ? "worker" : "page");
    assert.equal(
      before.chips.find((chip) => chip.axis === "promotion").verdict,
      "good",
      "Tact's own limit: a calm draft",
    );
    // A preset that allows no promotion at all: the same draft's promotion now needs work.
    await setStorage({ userChoices: { checks: { promotion: { warnAbove: 0.0001 } } } });
    await page.waitForFunction(() => {
      const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
      return badge.querySelector(".score.promotion").dataset.verdict === "work";
    });
  });
}

test("on X: a draft in another language shows 'Tact reads English only', and Post goes straight out", async () => {
  await setStorage({ userChoices: STRICT });
  const page = await openPage(browser, X.url, X.file, { assets: EDITORS_ASSET });
  await page.locator(X.composer).waitFor();
  await typeDraft(page, X.composer, FRENCH);
  await checked(page, FRENCH);
  const badge = await readBadge(page);
  assert.equal(badge.visibleText, "Tact reads English only");
  assert.equal(badge.hostLang, "en");
  await page.click(X.submit.click);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.equal(await tact(page, "gate").count(), 0);
});
