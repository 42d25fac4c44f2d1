// Unit tests for which findings the UI shows, and how a dismissal survives edits around it.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { Effect, Finding } from "../shared/report";
import { byEffect, dismissalKey, findingsAt, firedRules, isStrength, sameFinding, visibleFindings } from "./findings";

const TEXT = "Obviously you are wrong. Buy now!";

function finding(rule: string, start: number, end: number, effect: Effect = "issue"): Finding {
  return { rule, principle: "respecting", effect, start, end, message: `${rule} message` };
}

const OBVIOUSLY = finding("builtin.certainty", 0, 9);
const BUY_NOW = finding("builtin.call-to-action", 25, 32);

test("findings are shown in text order", () => {
  assert.deepEqual(visibleFindings([BUY_NOW, OBVIOUSLY], TEXT, new Set(), new Set()), [OBVIOUSLY, BUY_NOW]);
});

test("a dismissed finding stays hidden when the user types before it", () => {
  const dismissed = new Set([dismissalKey(OBVIOUSLY, TEXT)]);
  const edited = `Well, ${TEXT}`;
  const moved = finding("builtin.certainty", 6, 15);
  assert.deepEqual(
    visibleFindings([moved, { ...BUY_NOW, start: 31, end: 38 }], edited, dismissed, new Set()).length,
    1,
  );
  assert.equal(visibleFindings([moved], edited, dismissed, new Set()).length, 0);
});

test("dismissing one finding leaves the same rule on other words", () => {
  const text = "Obviously wrong, and clearly so.";
  const dismissed = new Set([dismissalKey(finding("builtin.certainty", 0, 9), text)]);
  const clearly = finding("builtin.certainty", 21, 28);
  assert.deepEqual(visibleFindings([finding("builtin.certainty", 0, 9), clearly], text, dismissed, new Set()), [
    clearly,
  ]);
});

test("a rule turned off hides all of its findings", () => {
  const shown = visibleFindings([OBVIOUSLY, BUY_NOW], TEXT, new Set(), new Set(["builtin.call-to-action"]));
  assert.deepEqual(shown, [OBVIOUSLY]);
});

test("a finding whose span does not fit the text is never drawn", () => {
  const outside = finding("broken", 30, 99);
  const backwards = finding("broken", 5, 2);
  assert.deepEqual(visibleFindings([outside, backwards, OBVIOUSLY], TEXT, new Set(), new Set()), [OBVIOUSLY]);
});

test("the caret inside or at either end of a span finds it, the shortest span first", () => {
  const sentence = finding("builtin.blame", 0, 24);
  assert.deepEqual(findingsAt([sentence, OBVIOUSLY], 4), [OBVIOUSLY, sentence]);
  assert.deepEqual(findingsAt([OBVIOUSLY], 9), [OBVIOUSLY]);
  assert.deepEqual(findingsAt([OBVIOUSLY, BUY_NOW], 15), []);
});

test("each rule that found an issue is named once", () => {
  assert.deepEqual(firedRules([OBVIOUSLY, BUY_NOW, finding("builtin.certainty", 10, 12)]), [
    "builtin.certainty",
    "builtin.call-to-action",
  ]);
});

const THANKS = finding("builtin.gratitude", 0, 6, "strength");

test("a strength is not counted among the rules that fired", () => {
  assert.deepEqual(firedRules([THANKS, OBVIOUSLY, finding("builtin.gratitude", 10, 16, "strength")]), [
    "builtin.certainty",
  ]);
});

test("findings split into issues and strengths, each in the order given", () => {
  assert.ok(isStrength(THANKS) && !isStrength(OBVIOUSLY));
  assert.deepEqual(byEffect([BUY_NOW, THANKS, OBVIOUSLY]), { issues: [BUY_NOW, OBVIOUSLY], strengths: [THANKS] });
});

test("a finding is the same across reports when its rule and words are", () => {
  const edited = `Hi. ${TEXT}`;
  assert.ok(sameFinding(OBVIOUSLY, TEXT, finding("builtin.certainty", 4, 13), edited));
  assert.ok(!sameFinding(OBVIOUSLY, TEXT, finding("builtin.certainty", 0, 9), edited));
});
