// Unit tests for long drafts' quick pass: the edit between two drafts, the paragraph it touched, and the findings of
// the last report moved around a fresh check of that paragraph.

import { test } from "node:test";
import assert from "node:assert/strict";
import { QUICK_REACH_CHARS, editBetween, paragraphAround, spliceReport } from "./long-drafts";
import type { Finding, Report } from "../shared/report";

function finding(rule: string, start: number, end: number): Finding {
  return { rule, principle: "respecting", effect: "issue", start, end, message: rule };
}

function report(findings: Finding[], spans: [number, number][] = []): Report {
  const contribution = { feature: "f", delta: -0.1, logit: -0.5, spans };
  return {
    scores: { listening: 0.5, respect: 0.4, promotion: 0.1 },
    findings,
    explanation: { listening: [], respect: [contribution], promotion: [] },
    language: "en",
  };
}

test("the edit between two drafts is found by their common start and end", () => {
  assert.deepEqual(editBetween("abc def", "abc Xdef"), { start: 4, oldEnd: 4, newEnd: 5 });
  assert.deepEqual(editBetween("abc def", "abc ef"), { start: 4, oldEnd: 5, newEnd: 4 });
  assert.deepEqual(editBetween("aaaa", "aaaaa"), { start: 4, oldEnd: 4, newEnd: 5 });
  assert.deepEqual(editBetween("same", "same"), { start: 4, oldEnd: 4, newEnd: 4 });
});

test("the paragraph of an edit runs from the line break before it to the one after it", () => {
  const text = "one\ntwo three\nfour";
  assert.deepEqual(paragraphAround(text, 6, 7), { from: 4, to: 13 });
  assert.deepEqual(paragraphAround(text, 0, 1), { from: 0, to: 3 });
  assert.deepEqual(paragraphAround(text, 15, 15), { from: 14, to: 18 });
  // An edit at the very start of a line belongs to that line.
  assert.deepEqual(paragraphAround(text, 4, 4), { from: 4, to: 13 });
});

test("in a paragraph of thousands of characters the quick pass checks whole sentences within reach of the edit", () => {
  const sentence = "We hear you and we are on it today. ";
  const text = sentence.repeat(300); // one line of 10,800 characters
  const at = 5_000;
  const { from, to } = paragraphAround(text, at, at + 1);
  assert.ok(at - from <= QUICK_REACH_CHARS && to - at <= QUICK_REACH_CHARS + 1, `${from}-${to}`);
  assert.ok(text.slice(from, to).startsWith("We hear you"), "it starts at a sentence");
  assert.ok(text.slice(from, to).endsWith("today."), "it ends at a sentence");
});

test("findings before the edited paragraph stay, those after move by the edit, the paragraph's are fresh", () => {
  const before = "You idiot.\nObviously wrong.\nBuy now!";
  const after = "You idiot.\nObviously, so wrong.\nBuy now!";
  const previous = report(
    [finding("insult", 4, 9), finding("absolutes", 11, 20), finding("cta", 28, 35)],
    [
      [4, 9],
      [28, 35],
    ],
  );
  const edit = editBetween(before, after);
  const span = paragraphAround(after, edit.start, edit.newEnd);
  assert.equal(after.slice(span.from, span.to), "Obviously, so wrong.");
  const spliced = spliceReport(previous, edit, span, report([finding("absolutes", 0, 9)]));
  assert.deepEqual(
    spliced.findings.map((f) => [f.rule, after.slice(f.start, f.end)]),
    [
      ["insult", "idiot"],
      ["absolutes", "Obviously"],
      ["cta", "Buy now"],
    ],
  );
  assert.deepEqual(spliced.explanation.respect[0].spans, [
    [4, 9],
    [32, 39],
  ]);
  assert.deepEqual(spliced.scores, previous.scores, "the scores wait for the whole check");
});

test("a finding the edit cut into is dropped, not moved", () => {
  const before = "Hello there.\nBuy now!";
  const after = "Hello there.\nBuy no!";
  const edit = editBetween(before, after);
  const span = paragraphAround(after, edit.start, edit.newEnd);
  const spliced = spliceReport(report([finding("cta", 13, 20)]), edit, span, report([]));
  assert.deepEqual(spliced.findings, []);
});
