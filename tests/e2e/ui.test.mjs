// End to end, the in-page UI on the site fixtures: underlines on the right words (CSS highlights in a contenteditable,
// the mirror over a textarea), stale ones dropped, the card by click and by keyboard, apply into the editor's model
// with undo, dismiss for this draft, turning a rule off, dark mode, and the per-site switch and tab pause.

import { test } from "node:test";
import assert from "node:assert/strict";
import { REDDIT_REFUSING_WRITES, SITES } from "../fixtures/sites/sites.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyFromCard, checked, siteSession, tact, typeDraft } from "./fixtures.mjs";
import { openPage, ROOT } from "./harness.mjs";

// The built engine, run in Node on the same drafts as the page, as the reference for what may be underlined.
const glue = await import(join(ROOT, "extension/pkg/tact.js"));
glue.initSync({ module: readFileSync(join(ROOT, "extension/pkg/tact_bg.wasm")) });
const engine = new glue.TactEngine();

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const CALM = "Thanks for flagging this! What happened when you tried?";

const X = SITES.find((site) => site.id === "x");
const OLD_REDDIT = SITES.find((site) => site.id === "reddit-old");

const session = siteSession();
const { setStorage, open } = session;

/** Waits until the badge shows the report for a draft of `text`'s length, and returns its data. */
async function badgeFor(page, text) {
  await checked(page, text);
  return page.evaluate(() => {
    const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
    return { ...badge.dataset, label: badge.getAttribute("aria-label"), role: badge.getAttribute("role") };
  });
}

/** The text under each of Tact's CSS highlights, by highlight name. */
function highlighted(page) {
  return page.evaluate(() => {
    const found = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith("tact-") && highlight.size > 0) found[name] = [...highlight].map((range) => range.toString());
    }
    return found;
  });
}

/** The marks the mirror over a textarea shows: their text, rule and span. */
function mirrorMarks(page) {
  return page.evaluate(() =>
    [...(document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelectorAll("[data-tact=mark]") ?? [])].map(
      (mark) => ({
        text: mark.textContent,
        rule: mark.dataset.rule,
        start: Number(mark.dataset.start),
        end: Number(mark.dataset.end),
      }),
    ),
  );
}

/**
 * The spans findings are underlined over: each finding's own, and the joined span of findings that overlap with
 * neither holding the other whole (or have the same span), joined again until none does: every pair compared.
 */
function sharedSpans(findings) {
  const spans = findings.map((finding) => [finding.start, finding.end]);
  const groups = findings.filter((finding) => finding.effect !== "strength").map((finding) => [finding]);
  const share = (a, b) =>
    (a.start === b.start && a.end === b.end) ||
    (a.start < b.end &&
      b.start < a.end &&
      !(a.start <= b.start && b.end <= a.end) &&
      !(b.start <= a.start && a.end <= b.end));
  for (let joined = true; joined; ) {
    joined = false;
    for (let i = 0; i < groups.length && !joined; i++)
      for (let j = i + 1; j < groups.length && !joined; j++)
        if (groups[i].some((a) => groups[j].some((b) => share(a, b)))) {
          groups[i].push(...groups.splice(j, 1)[0]);
          joined = true;
        }
  }
  for (const group of groups)
    spans.push([Math.min(...group.map((f) => f.start)), Math.max(...group.map((f) => f.end))]);
  return spans;
}

const model = (page) => page.evaluate(() => window.__tactFixture.model());

test("underlines in a contenteditable sit on the words that drive the scores, one highlight per principle", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  const found = await highlighted(page);
  assert.ok(
    found["tact-suspending"]?.includes("Obviously"),
    `"Obviously" is underlined as suspending: ${JSON.stringify(found)}`,
  );
  assert.ok(found["tact-respecting"]?.includes("Calm down"), `"Calm down" is underlined as respecting`);
  assert.ok(found["tact-promotion"]?.includes("buy now"), `"buy now" is underlined as promotion`);
  for (const texts of Object.values(found)) {
    for (const text of texts)
      assert.ok(RUDE_PROMO.includes(text) && text.length > 0, `"${text}" is a span of the draft`);
  }
  const editor = await page.evaluate((selector) => document.querySelector(selector).innerHTML, X.composer);
  assert.ok(!editor.includes("tact"), "nothing of Tact's is inside the site's editor");
  await page.close();
});

test("an edit drops the underlines it made stale: an underline only ever covers words the engine flagged", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  // Record, in the page, every state of the draft and every underlined text seen at each frame.
  await page.evaluate((selector) => {
    // The text on screen, which Tact reads: Draft.js takes a natively inserted character into its model a task later
    // (setImmediate), after the mutation, so its model would miss the draft's last state.
    const composer = document.querySelector(selector);
    window.__drafts = new Set([composer.innerText]);
    window.__seen = new Set();
    new MutationObserver(() => window.__drafts.add(composer.innerText)).observe(composer, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    const watch = () => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith("tact-")) continue;
        for (const range of highlight) if (!range.collapsed) window.__seen.add(range.toString());
      }
      window.__watching = requestAnimationFrame(watch);
    };
    watch();
  }, X.composer);
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("Well, ");
  const edited = `Well, ${RUDE_PROMO}`;
  await badgeFor(page, edited);
  await page.waitForTimeout(50);
  const { drafts, seen } = await page.evaluate(() => {
    cancelAnimationFrame(window.__watching);
    return { drafts: [...window.__drafts], seen: [...window.__seen] };
  });
  // The same engine, run here on every state the draft went through (with the post replied to, which the X adapter
  // reads from the reply dialog), says which words it ever flagged.
  const context = await page.evaluate(() =>
    document.querySelector('#layers [data-testid="tweetText"]').innerText.trim(),
  );
  // Findings that overlap (neither holding the other whole) share one underline over all their words.
  const flagged = new Set(
    drafts.flatMap((draft) => sharedSpans(engine.check(draft, context).findings).map(([a, b]) => draft.slice(a, b))),
  );
  const misplaced = seen.filter((text) => !flagged.has(text));
  assert.deepEqual(misplaced, [], "no underline ever covered words the engine did not flag");
  assert.ok((await highlighted(page))["tact-promotion"]?.includes("buy now"), "the moved words are underlined again");
  await page.close();
});

test("underlines in a textarea are drawn by a mirror that lies over it, and never on moved text", async () => {
  const page = await open(OLD_REDDIT);
  await typeDraft(page, OLD_REDDIT.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  const marks = await mirrorMarks(page);
  assert.ok(
    marks.some((mark) => mark.text === "Obviously" && mark.rule === "builtin.certainty"),
    JSON.stringify(marks),
  );
  assert.ok(
    marks.some((mark) => mark.text === "buy now" || mark.text === "buy"),
    "the call to action is marked",
  );
  const boxes = await page.evaluate((selector) => {
    const mirror = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=mirror]");
    const field = document.querySelector(selector);
    const round = (rect) => [rect.left, rect.top, rect.width, rect.height].map(Math.round);
    return {
      mirror: round(mirror.getBoundingClientRect()),
      field: round(field.getBoundingClientRect()),
      font: getComputedStyle(mirror).fontSize === getComputedStyle(field).fontSize,
    };
  }, OLD_REDDIT.composer);
  assert.deepEqual(boxes.mirror, boxes.field, "the mirror covers the textarea exactly");
  assert.ok(boxes.font, "with the textarea's font");
  // Typing in front of the marks: at every moment each mark still spells the text at its place in the textarea.
  for (const prefix of ["So, ", "well... "]) {
    await page.keyboard.press("Control+Home");
    await page.keyboard.type(prefix, { delay: 5 });
    const check = await page.evaluate((selector) => {
      const value = document.querySelector(selector).value;
      const marks = document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=mark]");
      return [...marks].every(
        (mark) => value.slice(Number(mark.dataset.start), Number(mark.dataset.end)) === mark.textContent,
      );
    }, OLD_REDDIT.composer);
    assert.ok(check, "no mark is left on moved text");
  }
  await page.close();
});

test("a click on an underlined word opens its card, with the reason and the rewrite", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get("tact-promotion")].find((candidate) => candidate.toString() === "buy now");
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  const card = tact(page, "card");
  await card.waitFor();
  assert.equal(await card.getAttribute("role"), "dialog");
  const rules = await card.locator("[data-tact=item]").evaluateAll((items) => items.map((item) => item.dataset.rule));
  assert.ok(rules.includes("builtin.call-to-action"), `the card is about the clicked words: ${rules}`);
  assert.ok(!rules.includes("builtin.certainty"), "and not about other words");
  assert.equal(
    await page.evaluate(() => document.activeElement?.getAttribute("data-testid")),
    "tweetTextarea_0",
    "the editor keeps the focus",
  );
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(
    await page.locator("#layers [role=dialog]").isVisible(),
    true,
    "Escape closed only the card, not the site's dialog",
  );
  await page.close();
});

// "you people" is both condescension and generalizing, over the same words: one underline, one card with both. (The
// question first, so that no finding over the whole sentence holds the words: that case is NESTED's, below.)
const TWO_ON_ONE = "What happened when you saved? Honestly you people never listen.";

test("overlapping findings are one underline in a contenteditable, and a click on it lists every item", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, TWO_ON_ONE);
  await badgeFor(page, TWO_ON_ONE);
  const drawn = Object.values(await highlighted(page)).flat();
  assert.equal(drawn.filter((text) => text === "you people").length, 1, `one underline: ${JSON.stringify(drawn)}`);
  const point = await page.evaluate(() => {
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith("tact-"))
      .flatMap(([, highlight]) => [...highlight]);
    const rect = ranges.find((range) => range.toString() === "you people").getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  const card = tact(page, "card");
  await card.waitFor();
  const rules = await card.locator("[data-tact=item]").evaluateAll((items) => items.map((item) => item.dataset.rule));
  assert.ok(rules.includes("builtin.condescension"), `the card lists condescension: ${rules}`);
  assert.ok(rules.includes("builtin.generalizing"), `and generalizing: ${rules}`);
  await page.close();
});

test("overlapping findings are one mark over a textarea, and a click on it lists every item", async () => {
  const page = await open(OLD_REDDIT);
  await typeDraft(page, OLD_REDDIT.composer, TWO_ON_ONE);
  await badgeFor(page, TWO_ON_ONE);
  const marks = (await mirrorMarks(page)).filter((mark) => mark.text === "you people");
  assert.equal(marks.length, 1, "one mark");
  const rules = await page.evaluate(
    () =>
      [...document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=mark]")].find(
        (mark) => mark.textContent === "you people",
      ).dataset.rules,
  );
  assert.deepEqual(rules?.split(" ").sort(), ["builtin.condescension", "builtin.generalizing"]);
  const point = await page.evaluate(() => {
    const mark = [
      ...document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=mark]"),
    ].find((candidate) => candidate.textContent === "you people");
    const rect = mark.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  const card = tact(page, "card");
  await card.waitFor();
  const listed = await card.locator("[data-tact=item]").evaluateAll((items) => items.map((item) => item.dataset.rule));
  assert.ok(listed.includes("builtin.condescension") && listed.includes("builtin.generalizing"), `${listed}`);
  await page.close();
});

// Shouting is found over the whole sentence, and holds word-level findings of other principles ("NEVER": absolutes).
const NESTED = "THIS IS STUPID, YOU PEOPLE NEVER LISTEN.";

/** Clicks the middle of `word` in the draft (the first mark, or highlight range, with exactly its text). */
async function clickWord(page, word, textarea) {
  const point = await page.evaluate(
    ([word, textarea]) => {
      const rects = textarea
        ? [...document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=mark]")]
            .filter((mark) => mark.textContent === word)
            .map((mark) => mark.getClientRects()[0])
        : [...CSS.highlights]
            .filter(([name]) => name.startsWith("tact-"))
            .flatMap(([, highlight]) => [...highlight])
            .filter((range) => range.toString() === word)
            .map((range) => range.getClientRects()[0]);
      const rect = rects[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [word, textarea],
  );
  await page.mouse.click(point.x, point.y);
}

for (const [site, textarea] of [
  [X, false],
  [OLD_REDDIT, true],
]) {
  test(`${site.id}: a word inside a sentence-wide finding keeps its own colour in the one underline, and its card lists both`, async () => {
    const page = await open(site);
    await typeDraft(page, site.composer, NESTED);
    await badgeFor(page, NESTED);
    const findings = engine.check(NESTED, undefined).findings;
    const shouting = findings.find((finding) => finding.rule === "builtin.shouting");
    const never = findings.find((finding) => NESTED.slice(finding.start, finding.end) === "NEVER");
    assert.ok(
      shouting && never && never.principle !== shouting.principle,
      "the engine nests a word of another principle",
    );
    if (textarea) {
      const marks = (await mirrorMarks(page)).sort((a, b) => a.start - b.start);
      // One underline: the marks run without a gap over the whole sentence.
      const covered = marks.filter((mark) => mark.start < shouting.end && shouting.start < mark.end);
      assert.equal(covered[0].start, shouting.start, JSON.stringify(marks));
      assert.equal(covered.at(-1).end, shouting.end, JSON.stringify(marks));
      for (let index = 1; index < covered.length; index++)
        assert.equal(covered[index].start, covered[index - 1].end, `no gap: ${JSON.stringify(covered)}`);
      // The word's stretch is drawn in its own principle's colour, and stands for both findings.
      const word = await page.evaluate(() => {
        const mark = [
          ...document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=mark]"),
        ].find((candidate) => candidate.textContent === "NEVER");
        return { principle: mark.dataset.principle, rules: mark.dataset.rules?.split(" ") ?? [] };
      });
      assert.equal(word.principle, never.principle, "the word's own colour, not the sentence's");
      assert.ok(word.rules.includes(never.rule) && word.rules.includes(shouting.rule), JSON.stringify(word));
    } else {
      const drawn = await highlighted(page);
      assert.ok(drawn[`tact-${never.principle}`]?.includes("NEVER"), JSON.stringify(drawn));
      assert.ok(drawn[`tact-${shouting.principle}`]?.includes(NESTED.slice(shouting.start, shouting.end)));
    }
    await clickWord(page, "NEVER", textarea);
    const card = tact(page, "card");
    await card.waitFor();
    const listed = await card
      .locator("[data-tact=item]")
      .evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.ok(listed.includes(never.rule) && listed.includes(shouting.rule), `the card lists both: ${listed}`);
    await page.close();
  });
}

/** A draft of `length` characters of ordinary sentences, some of which Tact flags. */
function longDraft(length) {
  const sentences = [
    "Thanks for flagging this, we hear you.",
    "Obviously the export menu moved in 4.2, sorry for the confusion.",
    "What happened when you tried to save the draft?",
    "Buy now and check out our new plan, limited time only!",
  ];
  let text = "";
  for (let index = 0; text.length < length; index++) text += `${sentences[index % sentences.length]} `;
  return text.slice(0, length);
}

/**
 * Each underline drawn in the editor or its mirror: its offset in the draft and its text. A mirror's underline may be
 * drawn in several marks (a word held by a longer finding is cut out of it): marks that touch and share a rule are one.
 */
function drawnSpans(page) {
  return page.evaluate(() => {
    const editor = document.getElementById("box");
    if (editor instanceof HTMLTextAreaElement) {
      const marks = document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=mark]");
      const runs = [];
      for (const mark of marks) {
        const rules = (mark.dataset.rules ?? mark.dataset.rule).split(" ");
        const last = runs.at(-1);
        if (last && last.end === Number(mark.dataset.start) && rules.some((rule) => last.rules.includes(rule))) {
          last.text += mark.textContent;
          last.end = Number(mark.dataset.end);
          last.rules.push(...rules);
        } else {
          runs.push({
            start: Number(mark.dataset.start),
            end: Number(mark.dataset.end),
            text: mark.textContent,
            rules,
          });
        }
      }
      return runs.map(({ start, text }) => ({ start, text }));
    }
    const before = document.createRange();
    before.setStart(editor, 0);
    return [...CSS.highlights]
      .filter(([name]) => name.startsWith("tact-"))
      .flatMap(([, highlight]) => [...highlight])
      .map((range) => {
        before.setEnd(range.startContainer, range.startOffset);
        return { start: before.toString().length, text: range.toString() };
      });
  });
}

for (const kind of ["contenteditable", "textarea"]) {
  test(`typing in the middle of a long ${kind} draft redraws its underlines on the right words`, async () => {
    const html =
      kind === "textarea"
        ? '<!doctype html><textarea id="box" style="width:600px;height:300px"></textarea>'
        : '<!doctype html><div id="box" contenteditable="true" role="textbox" style="width:600px;white-space:pre-wrap"></div>';
    const page = await openPage(session.browser, "https://mastodon.social/home", html);
    await page.click("#box");
    const draft = longDraft(25_000);
    await page.evaluate((text) => document.execCommand("insertText", false, text), draft);
    await checked(page, draft);
    // The caret after the first sentence past the middle, then a word typed there, key by key.
    const at = draft.indexOf(". ", 12_500) + 2;
    await page.evaluate((offset) => {
      const editor = document.getElementById("box");
      if (editor instanceof HTMLTextAreaElement) editor.setSelectionRange(offset, offset);
      else getSelection().collapse(editor.firstChild, offset);
    }, at);
    await page.keyboard.type("Clearly ");
    const edited = `${draft.slice(0, at)}Clearly ${draft.slice(at)}`;
    await checked(page, edited);
    for (const when of ["while typing", "at rest"]) {
      if (when === "at rest") await page.waitForTimeout(1_500); // the whole draft checked again once typing rests
      const spans = new Set(
        sharedSpans(engine.check(edited, null).findings).map(([a, b]) => `${a}:${edited.slice(a, b)}`),
      );
      const drawn = await drawnSpans(page);
      assert.ok(drawn.length > 100, `${when}: the long draft is underlined (${drawn.length})`);
      // While typing, the words around the edit are those of a quick check of their paragraph (long-drafts.ts), which
      // may see a sentence differently from the whole draft's check: there, only the typed word is looked at.
      const quick = ({ start }) => when === "while typing" && Math.abs(start - at) < 1_100;
      const wrong = drawn.filter((span) => !quick(span) && !spans.has(`${span.start}:${span.text}`));
      assert.deepEqual(wrong.slice(0, 5), [], `${when}: every underline is on words the engine flagged there`);
      assert.ok(
        drawn.some(({ start, text }) => start === at && text.startsWith("Clearly")),
        `${when}: the typed word is underlined`,
      );
    }
    await page.close();
  });
}

test("from the keyboard: Alt+Enter opens the card at the caret, Escape closes it and the editor gets the focus back", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Alt+Enter");
  const card = tact(page, "card");
  await card.waitFor();
  const focused = await page.evaluate(() => {
    const active = document.querySelector("div[data-tact-root]").shadowRoot.activeElement;
    const described = active?.getAttribute("aria-describedby");
    return {
      hook: active?.getAttribute("data-tact"),
      name: active?.textContent,
      described: described && active.getRootNode().getElementById(described)?.textContent,
    };
  });
  assert.equal(focused.hook, "apply", "the focus is on the first finding's rewrite button");
  assert.equal(focused.name, "Use this wording", "it is named by what it shows");
  assert.match(focused.described, /^Obviously → /, "and described by the rewrite it makes");
  assert.equal(await model(page), RUDE_PROMO, "Alt+Enter did not reach the editor");
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "tweetTextarea_0");
  await page.keyboard.type("!");
  assert.equal(
    await model(page),
    `${RUDE_PROMO.slice(0, 1)}!${RUDE_PROMO.slice(1)}`,
    "the caret is where the user left it",
  );
  await page.close();
});

test("the badge is a labelled button: Enter opens the list of every suggestion", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  const badge = await badgeFor(page, RUDE_PROMO);
  assert.equal(badge.role, "button");
  assert.match(badge.label, /^Listening \d+ Respect \d+ Promotion \d+ \d+ suggestions\. Tact scores out of 100: /);
  await tact(page, "badge").focus();
  await page.keyboard.press("Enter");
  const card = tact(page, "card");
  await card.waitFor();
  assert.equal(await card.locator("[data-tact=item]").count(), Number(badge.findings));
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "tweetTextarea_0");
  await page.close();
});

for (const site of [X, OLD_REDDIT]) {
  test(`on ${site.id}, apply puts the rewrite into the editor's model, and undo brings the user's words back`, async () => {
    const page = await open(site);
    await typeDraft(page, site.composer, RUDE_PROMO);
    await badgeFor(page, RUDE_PROMO);
    await applyFromCard(page, "builtin.certainty");
    const rewritten = RUDE_PROMO.replace("Obviously", "I think");
    await page.waitForFunction((text) => window.__tactFixture.model() === text, rewritten);
    await tact(page, "card").waitFor({ state: "hidden" });
    await badgeFor(page, rewritten);
    await page.keyboard.press("Control+Z");
    await page.waitForFunction((text) => window.__tactFixture.model() === text, RUDE_PROMO);
    await page.close();
  });
}

test("when the editor takes no rewrite (new Reddit per the 2026-06 note), apply says so and the draft stays as typed", async () => {
  const site = REDDIT_REFUSING_WRITES;
  const page = await open(site);
  await typeDraft(page, site.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  const item = await applyFromCard(page, "builtin.certainty");
  const note = item.locator(".note");
  await note.waitFor();
  assert.match(await note.textContent(), /did not take the rewrite, so your draft is unchanged/);
  const announced = await page.evaluate(
    () => document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[role=status]").textContent,
  );
  assert.equal(announced, await note.textContent(), "the note is announced");
  assert.equal(await model(page), RUDE_PROMO, "the editor's model is as the user typed it");
  assert.equal(await page.locator(site.composer).innerText(), RUDE_PROMO, "and so is the screen");
  assert.equal(await tact(page, "card").isVisible(), true, "the card stays open on the note");
  await page.close();
});

test("dismiss hides a finding for the rest of this draft, and a new draft shows it again", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  const before = await badgeFor(page, RUDE_PROMO);
  await tact(page, "badge").click();
  await tact(page, "card").locator('[data-tact=item][data-rule="builtin.certainty"] [data-tact=dismiss]').click();
  const after = await page.waitForFunction((count) => {
    const badge = document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]");
    return Number(badge.dataset.findings) === count - 1 && badge;
  }, Number(before.findings));
  assert.ok(after);
  assert.ok(!((await highlighted(page))["tact-suspending"] ?? []).includes("Obviously"), "its underline is gone");
  await page.click(X.composer);
  await page.keyboard.press("End");
  await page.keyboard.type(" Really.");
  await badgeFor(page, `${RUDE_PROMO} Really.`);
  assert.ok(
    !((await highlighted(page))["tact-suspending"] ?? []).includes("Obviously"),
    "still gone as the draft grows",
  );
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  assert.ok((await highlighted(page))["tact-suspending"]?.includes("Obviously"), "a new draft starts afresh");
  await page.close();
});

test("turning a rule off stops it everywhere, at once and after a reload", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  await tact(page, "badge").click();
  // The draft has two calls to action ("buy now", "check out"): either card item turns the rule off.
  await tact(page, "card")
    .locator('[data-tact=item][data-rule="builtin.call-to-action"] [data-tact=turn-off]')
    .first()
    .click();
  await page.waitForFunction(
    () => ![...(CSS.highlights.get("tact-promotion") ?? [])].some((range) => range.toString() === "buy now"),
  );
  // The content script asks the worker, which writes the setting (content scripts write no storage): wait for it.
  const stored = await session.browser.worker.evaluate(async () => {
    for (let tries = 0; tries < 100; tries++) {
      const { disabledRules } = await chrome.storage.local.get("disabledRules");
      if (disabledRules?.length) return disabledRules;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return [];
  });
  assert.deepEqual(stored, ["builtin.call-to-action"]);
  await page.reload();
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  const rules = await page.evaluate(async () => {
    document.querySelector("div[data-tact-root]").shadowRoot.querySelector("[data-tact=badge]").click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const items = document.querySelector("div[data-tact-root]").shadowRoot.querySelectorAll("[data-tact=item]");
    return [...items].map((item) => item.dataset.rule);
  });
  assert.ok(rules.length > 0 && !rules.includes("builtin.call-to-action"), `the rule stays off: ${rules}`);
  await page.close();
});

test("switching Tact off for the site removes everything at once; switching it on brings the checks back", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  await setStorage({ disabledSites: ["x.com"] });
  await page.waitForFunction(() => !document.querySelector("div[data-tact-root]"));
  assert.deepEqual(await highlighted(page), {}, "no underline is left");
  await page.keyboard.type(" More.");
  await page.waitForTimeout(200);
  assert.equal(await page.locator("div[data-tact-root]").count(), 0, "no check while off");
  await page.click(X.submit.click);
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.equal(
    await page.evaluate(() => window.__tactFixture.posted[0]),
    `${RUDE_PROMO} More.`,
    "no pre-post check while off",
  );
  await setStorage({ disabledSites: [] });
  await typeDraft(page, X.composer, CALM);
  await badgeFor(page, CALM);
  await page.close();
});

test("pausing the tab from the popup stops the checks in that tab only", async () => {
  const page = await open(X);
  await typeDraft(page, X.composer, RUDE_PROMO);
  await badgeFor(page, RUDE_PROMO);
  const other = await open(OLD_REDDIT);
  const tell = (paused) =>
    session.browser.worker.evaluate(async (value) => {
      const [tab] = await chrome.tabs.query({ url: "https://x.com/*" });
      return chrome.tabs.sendMessage(tab.id, { type: "set-paused", paused: value });
    }, paused);
  await tell(true);
  await page.bringToFront();
  await page.waitForFunction(() => !document.querySelector("div[data-tact-root]"));
  await other.bringToFront();
  await typeDraft(other, OLD_REDDIT.composer, RUDE_PROMO);
  await badgeFor(other, RUDE_PROMO);
  await tell(false);
  await page.bringToFront();
  await typeDraft(page, X.composer, CALM);
  await badgeFor(page, CALM);
  await other.close();
  await page.close();
});

test("the overlay follows a dark site, and the system's dark mode on a page with no colours of its own", async () => {
  const darkSite = `<!doctype html><body style="background:#15202b;color:#e7e9ea"><textarea id="box"></textarea></body>`;
  const page = await openPage(session.browser, "https://mastodon.social/home", darkSite);
  await typeDraft(page, "#box", CALM);
  await badgeFor(page, CALM);
  assert.equal(await page.locator("div[data-tact-root]").getAttribute("data-theme"), "dark");
  await page.close();
  const plain = `<!doctype html><body><textarea id="box"></textarea></body>`;
  const system = await openPage(session.browser, "https://mastodon.social/home", plain);
  await system.emulateMedia({ colorScheme: "dark" });
  await typeDraft(system, "#box", CALM);
  await badgeFor(system, CALM);
  assert.equal(await system.locator("div[data-tact-root]").getAttribute("data-theme"), "dark");
  await system.close();
  const light = await openPage(
    session.browser,
    "https://mastodon.social/home",
    `<!doctype html><body style="background:#fff"><textarea id="box"></textarea></body>`,
  );
  await light.emulateMedia({ colorScheme: "dark" });
  await typeDraft(light, "#box", CALM);
  await badgeFor(light, CALM);
  assert.equal(
    await light.locator("div[data-tact-root]").getAttribute("data-theme"),
    "light",
    "a white site wins over the system",
  );
  await light.close();
});

for (const site of SITES) {
  test(`on ${site.id}, "buy now" is underlined as promotion and a click on it opens its card`, async () => {
    const page = await open(site);
    await typeDraft(page, site.composer, RUDE_PROMO);
    await page.waitForFunction((selector) => {
      const badge = document.querySelector("div[data-tact-root]")?.shadowRoot?.querySelector("[data-tact=badge]");
      const editor = document.querySelector(selector);
      const text = editor.value ?? editor.innerText.replace(/[\u200b\ufeff]/g, "");
      return badge && !badge.hidden && badge.dataset.length === String(text.length) && text.includes("channel!");
    }, site.composer);
    // A one-line textarea (Instagram's) has scrolled to its last line: back to the top, where "buy" is; the mirror
    // follows the scroll.
    await page.evaluate((selector) => (document.querySelector(selector).scrollTop = 0), site.composer);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    // Where "buy" is drawn: a CSS highlight range in a contenteditable, a mark of the mirror over a textarea.
    const point = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get("tact-promotion") ?? [])].filter((range) =>
        /^buy( now)?$/.test(range.toString()),
      );
      const marks = [
        ...document
          .querySelector("div[data-tact-root]")
          .shadowRoot.querySelectorAll("[data-tact=mark][data-principle=promotion]"),
      ].filter((mark) => /^buy( now)?$/.test(mark.textContent));
      const rect = ranges[0]?.getClientRects()[0] ?? marks[0]?.getBoundingClientRect();
      return rect
        ? { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2, mirror: marks.length > 0 }
        : null;
    });
    assert.ok(point, "the call to action is underlined");
    await page.mouse.click(point.x, point.y);
    const card = tact(page, "card");
    await card.waitFor();
    const rules = await card.locator("[data-tact=item]").evaluateAll((items) => items.map((item) => item.dataset.rule));
    assert.ok(
      rules.some((rule) => rule === "builtin.call-to-action" || rule === "builtin.sales-language"),
      `card rules: ${rules}`,
    );
    await page.close();
  });
}

test("the UI makes no network request", () => {
  assert.deepEqual(session.browser.blockedRequests, []);
});
