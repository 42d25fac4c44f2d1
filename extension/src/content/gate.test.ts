// Unit tests for the pre-post check's default decision and for recognising a site's submit keys.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { Finding, Report } from "../shared/report";
import { defaultDecision } from "./gate";
import { matchesSubmitKey } from "./submit";

function finding(rule: string, start: number): Finding {
  return { rule, principle: "promotion", start, end: start + 3, message: rule };
}

function report(promotion: number, respect: number, findings: Finding[], terms: [string, number][] = []): Report {
  const contributions = terms.map(([feature, delta]) => ({ feature, delta }));
  return {
    scores: { listening: 0.5, respect, promotion },
    findings,
    explanation: {
      listening: [],
      respect: contributions.filter((term) => term.delta < 0),
      promotion: contributions.filter((term) => term.delta > 0),
    },
  };
}

test("a draft within the default thresholds goes out without a check", () => {
  const decision = defaultDecision(report(0.6, 0.4, [finding("builtin.gratitude", 0)]));
  assert.equal(decision.show, false);
  assert.equal(decision.mode, "warn");
  assert.deepEqual(decision.crossed, []);
});

test("promotion above 60 stops the post and lists what pushed it, strongest first", () => {
  const cta = finding("builtin.call-to-action", 0);
  const hashtags = finding("builtin.hashtag-stuffing", 10);
  const decision = defaultDecision(
    report(0.8, 0.9, [hashtags, cta, finding("builtin.gratitude", 20)], [
      ["builtin.hashtag-stuffing", 0.5],
      ["builtin.call-to-action", 1.5],
    ]),
  );
  assert.equal(decision.show, true);
  assert.deepEqual(decision.crossed.map((entry) => [entry.score, entry.direction]), [["promotion", "above"]]);
  assert.equal(decision.crossed[0].message, "Promotion is 80; keep it at 60 or below.");
  assert.deepEqual(decision.issues, [cta, hashtags]);
});

test("respect below 40 stops the post too, and at most three issues are listed", () => {
  const insults = [0, 5, 10, 15].map((start) => finding("builtin.insult", start));
  const decision = defaultDecision(report(0.1, 0.2, insults, [["builtin.insult", -2]]));
  assert.equal(decision.show, true);
  assert.equal(decision.crossed[0].message, "Respect is 20; keep it at 40 or above.");
  assert.equal(decision.issues.length, 3);
});

const key = (key: string, modifiers: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...modifiers,
});

test("Enter sends where the site sends on Enter, but Shift+Enter is a new line", () => {
  assert.ok(matchesSubmitKey(key("Enter"), ["enter"]));
  assert.ok(!matchesSubmitKey(key("Enter", { shiftKey: true }), ["enter"]));
  assert.ok(!matchesSubmitKey(key("Enter", { ctrlKey: true }), ["enter"]));
});

test("Ctrl+Enter and Cmd+Enter send where the site uses them, plain Enter does not", () => {
  assert.ok(matchesSubmitKey(key("Enter", { ctrlKey: true }), ["mod+enter"]));
  assert.ok(matchesSubmitKey(key("Enter", { metaKey: true }), ["mod+enter"]));
  assert.ok(!matchesSubmitKey(key("Enter"), ["mod+enter"]));
});

test("no key sends on a site without submit keys, nor Alt+Enter (the card's shortcut), nor while composing", () => {
  assert.ok(!matchesSubmitKey(key("Enter"), []));
  assert.ok(!matchesSubmitKey(key("Enter", { altKey: true }), ["enter", "mod+enter"]));
  assert.ok(!matchesSubmitKey({ ...key("Enter"), isComposing: true }, ["enter"]));
  assert.ok(!matchesSubmitKey(key("a", { ctrlKey: true }), ["mod+enter"]));
});
