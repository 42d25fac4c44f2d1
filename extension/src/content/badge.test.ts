// Unit tests for what the badge shows and says: named scores judged against the preset's limits, a label that starts
// with the visible text, and "English only" instead of numbers for another language.

import { test } from "node:test";
import assert from "node:assert/strict";
import { badgeLabel, badgeLegend, badgeText, shownScores } from "./badge";
import type { Report } from "../shared/report";

function report(listening: number, respect: number, promotion: number, language: "en" | "other" = "en"): Report {
  return {
    scores: { listening, respect, promotion },
    findings: [],
    explanation: { listening: [], respect: [], promotion: [] },
    language,
  };
}

test("each score carries its verdict, promotion judged the other way", () => {
  const scores = shownScores(report(0.8, 0.2, 0.9), null);
  assert.deepEqual(
    scores.map(({ axis, value, verdict }) => [axis, value, verdict]),
    [
      ["listening", 80, "good"],
      ["respect", 20, "work"],
      ["promotion", 90, "work"],
    ],
  );
});

test("the label starts with the visible text, then says each verdict and the direction of promotion", () => {
  const scores = shownScores(report(0.8, 0.2, 0.1), null);
  const text = badgeText(scores, 2, false);
  assert.equal(text, "Listening 80 Respect 20 Promotion 10 2 suggestions");
  const label = badgeLabel(scores, 2, 3, false);
  assert.ok(label.startsWith(text), label);
  assert.match(label, /listening good, respect needs work, promotion \(lower is better\) good/);
  assert.match(label, /2 suggestions and 3 things that work\. Press Enter/);
});

test("a compact badge shows letters, and its label still starts with them", () => {
  const scores = shownScores(report(0.5, 0.5, 0.5), null);
  assert.equal(badgeText(scores, 1, true), "L 50 R 50 P 50 1 suggestion");
  assert.ok(badgeLabel(scores, 1, 0, true).startsWith("L 50 R 50 P 50 1 suggestion. "));
  assert.match(badgeLabel(scores, 0, 0, true), /^L 50 R 50 P 50\. .*0 suggestions\. Press Enter/);
});

test("another language shows no numbers, only that Tact reads English", () => {
  const scores = shownScores(report(0.3, 0.84, 0.14, "other"), null);
  assert.deepEqual(scores, []);
  assert.equal(badgeText(scores, 0, false), "Tact reads English only");
  assert.ok(badgeLabel(scores, 0, 0, false).startsWith("Tact reads English only."));
  assert.ok(!/\d/.test(badgeLegend(scores).replace("Alt+Enter", "")), "no number in the legend");
});

test("the legend names every axis, its direction and the shortcut", () => {
  const legend = badgeLegend(shownScores(report(0.8, 0.4, 0.6), null));
  assert.match(legend, /Listening 80 of 100 \(higher is better\): good/);
  assert.match(legend, /Respect 40 of 100 \(higher is better\): worth a look/);
  assert.match(legend, /Promotion 60 of 100 \(lower is better\): worth a look/);
  assert.match(legend, /Alt\+Enter/);
});
