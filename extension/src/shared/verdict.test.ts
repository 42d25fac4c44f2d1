// Unit tests for verdicts against a preset's limits and for the drivers the card names.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { Report } from "./report";
import { driversText, limitOf, signed, topDrivers, verdictOf } from "./verdict";

test("without a preset, Tact's own limits judge each axis, promotion the other way", () => {
  assert.equal(verdictOf("respect", 0.39, null), "work");
  assert.equal(verdictOf("respect", 0.45, null), "look");
  assert.equal(verdictOf("respect", 0.7, null), "good");
  assert.equal(verdictOf("promotion", 0.71, null), "work");
  assert.equal(verdictOf("promotion", 0.6, null), "look");
  assert.equal(verdictOf("promotion", 0.2, null), "good");
});

test("a preset's thresholds move the verdicts; a check that is off falls back to Tact's limits", () => {
  const strict = { respect: { enabled: true, warnBelow: 0.6 }, promotion: { enabled: true, warnAbove: 0.3 } };
  assert.equal(limitOf("respect", strict), 0.6);
  assert.equal(verdictOf("respect", 0.5, strict), "work");
  assert.equal(verdictOf("promotion", 0.35, strict), "work");
  assert.equal(verdictOf("promotion", 0.2, strict), "look");
  assert.equal(verdictOf("promotion", 0.05, strict), "good");
  const off = { respect: { enabled: false, warnBelow: 0.9 } };
  assert.equal(limitOf("respect", off), 0.4);
  // A respect check that only sets warnAbove says nothing about respect being too low.
  assert.equal(limitOf("respect", { respect: { enabled: true, warnAbove: 0.1 } }), 0.4);
});

const TEXT = "Calm down, obviously it works.";

const REPORT: Report = {
  scores: { listening: 0.2, respect: 0.33, promotion: 0.1 },
  findings: [
    {
      rule: "builtin.condescension",
      principle: "respecting",
      effect: "issue",
      start: 0,
      end: 9,
      message: "Condescending.",
    },
    {
      rule: "builtin.bare-command",
      principle: "respecting",
      effect: "issue",
      start: 0,
      end: 10,
      message: "An order.",
    },
  ],
  explanation: {
    listening: [{ feature: "other", delta: -0.2, logit: -0.8 }],
    respect: [
      { feature: "word:obviously", delta: -0.06, logit: -0.24, spans: [[11, 20]] },
      { feature: "builtin.condescension", delta: -0.09, logit: -0.36 },
      { feature: "builtin.bare-command", delta: -0.02, logit: -0.08 },
      { feature: "word:it", delta: 0.001, logit: 0.004, spans: [[21, 23]] },
      { feature: "builtin.no-finding-rule", delta: 0.03, logit: 0.12 },
    ],
    promotion: [],
  },
  language: "en",
};

test("drivers are named by their words in the draft, strongest first, one per words, without the remainder or a fraction of a point", () => {
  const drivers = topDrivers(REPORT, TEXT, "respect");
  assert.deepEqual(
    drivers.map((driver) => [driver.words, driver.points]),
    [
      ["Calm down", -11],
      ["obviously", -6],
      ["no finding rule", 3],
    ],
  );
  assert.deepEqual(topDrivers(REPORT, TEXT, "listening"), [], "'other' is not a driver");
});

test("a score's drivers read like the card: quoted words, real minus signs", () => {
  assert.equal(
    driversText(topDrivers(REPORT, TEXT, "respect")),
    "“Calm down” \u221211, “obviously” \u22126, “no finding rule” +3",
  );
  assert.equal(signed(0), "+0");
});
