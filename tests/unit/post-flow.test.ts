// Unit tests for the pre-post check's flow on a fake page with fake timers: a post sent, edited, posted anyway, a site
// that ignored the resend, a composer removed mid-check, a check left open for another composer, no working engine.

import { afterEach, beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, settle } from "./support/dom";
import { advance } from "./support/time";
import { generic } from "../../extension/src/content/adapters/generic";
import type { Checked, DraftChecker } from "../../extension/src/content/checking";
import { type Decision, Gate, NO_CHECK } from "../../extension/src/content/gate";
import { Overlay } from "../../extension/src/content/overlay";
import {
  COMPOSER_WATCH_MS,
  DECISION_TIMEOUT_MS,
  PostFlow,
  RESEND_CONFIRM_MS,
} from "../../extension/src/content/post-flow";
import type { SubmitAttempt } from "../../extension/src/content/submit";
import { globalClock } from "../../extension/src/content/timing";
import type { Message } from "../../extension/src/shared/messages";
import type { Finding, Report } from "../../extension/src/shared/report";

const RUDE = "Obviously you're wrong. Buy now!";
const CALM = "Thanks for flagging this! What happened?";
const ISSUE: Finding = {
  rule: "builtin.certainty",
  principle: "respecting",
  effect: "issue",
  start: 0,
  end: 9,
  message: "Sounds certain.",
};
const HOLD: Decision = { show: true, mode: "warn", crossed: [], issues: [ISSUE] };

function reportFor(text: string): Report {
  const findings = text === RUDE ? [ISSUE] : [];
  return {
    scores: { listening: 0.5, respect: text === RUDE ? 0.2 : 0.9, promotion: 0.1 },
    findings,
    explanation: { listening: [], respect: [], promotion: [] },
    language: "en",
  };
}

/** An engine that holds rude drafts; `pending` makes its next check wait until resolved by hand. */
class FakeChecker implements DraftChecker {
  works = true;
  checks = 0;
  pending: { resolve: () => void } | null = null;
  hang = false;

  check(composer: HTMLElement, text: string): Promise<Checked> {
    this.checks++;
    const checked = checkedDraft(composer, text);
    if (this.hang) return new Promise(() => undefined);
    if (this.pending === null) return Promise.resolve(checked);
    return new Promise((resolve) => {
      this.pending = { resolve: () => resolve(checked) };
    });
  }
}

function checkedDraft(composer: HTMLElement, text: string): Checked {
  const decision = () => (text === RUDE ? HOLD : NO_CHECK);
  return { composer, text, report: reportFor(text), where: "page", thresholds: null, decision };
}

/** A site's composer: a textarea and its Post button, which posts the draft (or, `trustedOnly`, ignores a script). */
function site(options: { trustedOnly?: boolean } = {}) {
  const form = document.createElement("div");
  const composer = document.createElement("textarea");
  const button = document.createElement("button");
  button.textContent = "Post";
  form.append(composer, button);
  document.body.append(form);
  const posted: string[] = [];
  const post = () => {
    posted.push(composer.value);
    composer.value = "";
  };
  button.addEventListener("click", (event) => {
    if (options.trustedOnly && event.isTrusted !== true) return;
    post();
  });
  return { form, composer, button, posted, post };
}

/** A post flow wired to fakes, and what it did. */
function flowWith(checker = new FakeChecker()) {
  const stop = new AbortController();
  const overlay = new Overlay();
  const gate = new Gate(overlay, async () => "refused");
  const sent: Message[] = [];
  const replayed: SubmitAttempt[] = [];
  const problems: string[] = [];
  const postedFrom: HTMLElement[] = [];
  let latest: Checked | null = null;
  const flow = new PostFlow({
    adapter: generic,
    clock: globalClock,
    signal: stop.signal,
    checker,
    latest: () => latest,
    adopt: (checked) => {
      latest = checked;
    },
    firstScores: () => null,
    posted: (composer) => postedFrom.push(composer),
    gate: () => gate,
    existingGate: () => gate,
    beforeCheck: () => undefined,
    giveBackFocus: () => undefined,
    showAllSuggestions: () => undefined,
    replay: (attempt) => {
      replayed.push(attempt);
      if (attempt.kind === "click") attempt.control.click();
    },
    send: (message) => sent.push(message),
    problem: (doing) => problems.push(doing),
  });
  const find = (hook: string) => overlay.shadow.querySelector<HTMLElement>(`[data-tact=${hook}]`);
  return {
    flow,
    checker,
    stop,
    sent,
    replayed,
    problems,
    postedFrom,
    find,
    /** The user typed `text` and Tact checked it while they typed. */
    typed(composer: HTMLTextAreaElement, text: string) {
      composer.value = text;
      latest = checkedDraft(composer, text);
    },
    outcomes: () => sent.flatMap((message) => (message.type === "pre-post-check" ? [message.outcome] : [])),
    postsSent: () => sent.filter((message) => message.type === "post-sent").length,
  };
}

const press = (button: HTMLElement): SubmitAttempt => ({ kind: "click", control: button });

// One page for the file (Tact's overlay style sheet belongs to the window it was made in), emptied before each test.
openPage();

beforeEach(() => {
  document.body.replaceChildren();
  mock.timers.enable({ apis: ["setTimeout", "Date"] });
});

afterEach(() => {
  mock.timers.reset();
});

test("sent: a calm draft goes straight out, and is counted once the site empties the composer", async () => {
  const page = site();
  const run = flowWith();
  run.typed(page.composer, CALM);
  assert.equal(run.flow.submit(press(page.button), page.composer), false, "not held");
  page.post(); // the site takes the user's own press
  advance(0);
  await settle();
  assert.deepEqual(page.posted, [CALM]);
  assert.equal(run.postsSent(), 1);
  assert.deepEqual(run.postedFrom, [page.composer]);
  assert.equal(run.find("gate") === null, true);
});

test("posted anyway: the held post is sent on exactly as written, then counted", async () => {
  const page = site();
  const run = flowWith();
  run.typed(page.composer, RUDE);
  assert.equal(run.flow.submit(press(page.button), page.composer), true, "held for the check");
  assert.ok(run.find("gate"), "the check is open");
  assert.deepEqual(page.posted, []);
  run.find("post-anyway")?.click();
  await settle();
  assert.deepEqual(page.posted, [RUDE], "Tact's resend posted the draft untouched");
  advance(100);
  await settle();
  assert.deepEqual(run.outcomes(), ["shown", "posted-anyway"]);
  assert.equal(run.postsSent(), 1);
  advance(RESEND_CONFIRM_MS + 100);
  assert.equal(run.find("press-again") === null, true, "the site took it: no press-again note");
});

test("edited: Edit sends nothing, and the next press is checked again", async () => {
  const page = site();
  const run = flowWith();
  run.typed(page.composer, RUDE);
  assert.equal(run.flow.submit(press(page.button), page.composer), true);
  run.find("edit")?.click();
  await settle();
  assert.equal(run.find("gate") === null, true, "the check closed");
  assert.deepEqual(run.replayed, [], "nothing was sent on");
  assert.deepEqual(run.outcomes(), ["shown", "edited"]);
  assert.equal(run.flow.submit(press(page.button), page.composer), true, "the same draft is held again");
});

test("site ignored the resend: after a moment the user is asked to press again, and their press goes through", async () => {
  const page = site({ trustedOnly: true });
  const run = flowWith();
  run.typed(page.composer, RUDE);
  run.flow.submit(press(page.button), page.composer);
  run.find("post-anyway")?.click();
  await settle();
  assert.equal(run.replayed.length, 1, "Tact sent it on");
  assert.deepEqual(page.posted, [], "the site ignored it");
  advance(RESEND_CONFIRM_MS - 100);
  assert.equal(run.find("press-again") === null, true, "not yet");
  advance(200);
  const note = run.find("press-again");
  assert.match(note?.textContent ?? "", /Press Post again/);
  assert.equal(page.composer.value, RUDE, "the draft is untouched");
  // The user's own press: approved, so not held; the site takes it and the note goes.
  assert.equal(run.flow.submit(press(page.button), page.composer), false);
  page.post();
  advance(100);
  await settle();
  assert.deepEqual(page.posted, [RUDE]);
  assert.equal(run.find("press-again") === null, true);
  assert.equal(run.postsSent(), 1, "counted once");
});

test("site ignored the resend, then the draft was edited: the approval goes and the next press is held", async () => {
  const page = site({ trustedOnly: true });
  const run = flowWith();
  run.typed(page.composer, RUDE);
  run.flow.submit(press(page.button), page.composer);
  run.find("post-anyway")?.click();
  await settle();
  advance(RESEND_CONFIRM_MS + 100);
  assert.ok(run.find("press-again"));
  page.composer.value = `${RUDE} Now!`;
  run.flow.edited(page.composer);
  assert.equal(run.find("press-again") === null, true, "the note went with the approval");
  run.typed(page.composer, RUDE);
  assert.equal(run.flow.submit(press(page.button), page.composer), true, "checked again");
});

test("composer removed while the check is open: the check closes, nothing is sent, and later posts are not held by it", async () => {
  const first = site();
  const run = flowWith();
  run.typed(first.composer, RUDE);
  run.flow.submit(press(first.button), first.composer);
  assert.ok(run.find("gate"));
  first.form.remove();
  advance(COMPOSER_WATCH_MS);
  await settle();
  assert.equal(run.find("gate") === null, true, "the check closed with its composer");
  assert.equal(run.flow.openFor === null, true);
  assert.deepEqual(run.replayed, [], "no press replayed on a removed control");
  const second = site();
  run.typed(second.composer, CALM);
  assert.equal(run.flow.submit(press(second.button), second.composer), false, "another composer's post is not held");
});

test("a check open for one composer never holds a press on another", async () => {
  const first = site();
  const second = site();
  const run = flowWith();
  run.typed(first.composer, RUDE);
  run.flow.submit(press(first.button), first.composer);
  assert.equal(run.flow.openFor, first.composer);
  run.typed(second.composer, CALM);
  assert.equal(run.flow.submit(press(second.button), second.composer), false);
  assert.equal(run.find("gate") === null, true, "the first composer's check was closed, not left to decide");
  await settle();
  assert.deepEqual(run.replayed, [], "and the first draft was not sent");
});

test("composer removed while its draft is being checked at Post: nothing is replayed", async () => {
  const page = site();
  const checker = new FakeChecker();
  const run = flowWith(checker);
  page.composer.value = RUDE; // typed, not checked yet
  checker.pending = { resolve: () => undefined };
  assert.equal(run.flow.submit(press(page.button), page.composer), true, "held while the check runs");
  page.form.remove();
  checker.pending?.resolve();
  await settle();
  assert.deepEqual(run.replayed, []);
  assert.equal(run.find("gate") === null, true);
});

test("a control removed before Post anyway is never pressed: the user is asked to press again at once", async () => {
  const page = site();
  const run = flowWith();
  run.typed(page.composer, RUDE);
  run.flow.submit(press(page.button), page.composer);
  const replacement = document.createElement("button");
  page.button.replaceWith(replacement); // the site re-rendered its Post button
  run.find("post-anyway")?.click();
  await settle();
  assert.deepEqual(run.replayed, []);
  assert.match(run.find("press-again")?.textContent ?? "", /Press Post again/);
  assert.equal(page.composer.value, RUDE);
});

test("no working engine: a draft not checked yet is not held at all", () => {
  const page = site();
  const checker = new FakeChecker();
  checker.works = false;
  const run = flowWith(checker);
  page.composer.value = RUDE;
  assert.equal(run.flow.submit(press(page.button), page.composer), false);
  assert.equal(checker.checks, 0, "no check was even tried");
  assert.deepEqual(run.replayed, []);
});

test("a check at Post that takes too long lets the post go, reported once", async () => {
  const page = site();
  const checker = new FakeChecker();
  checker.hang = true;
  const run = flowWith(checker);
  page.composer.value = RUDE;
  assert.equal(run.flow.submit(press(page.button), page.composer), true);
  advance(DECISION_TIMEOUT_MS - 1);
  await settle();
  assert.deepEqual(run.replayed, []);
  advance(1);
  await settle();
  assert.equal(run.replayed.length, 1, "sent on, unchecked");
  assert.deepEqual(page.posted, [RUDE]);
  assert.deepEqual(run.problems, ["checking at Post"]);
});

test("a draft checked at Post that crosses the thresholds opens the check; Tact switched off closes every wait", async () => {
  const page = site({ trustedOnly: true });
  const run = flowWith();
  page.composer.value = RUDE;
  assert.equal(run.flow.submit(press(page.button), page.composer), true);
  await settle();
  assert.ok(run.find("gate"), "the check opened once the check came");
  run.find("post-anyway")?.click();
  await settle();
  run.stop.abort();
  advance(RESEND_CONFIRM_MS + 100);
  assert.equal(run.find("press-again") === null, true, "no note after Tact went off");
});
