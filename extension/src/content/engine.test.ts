// Unit tests for what the engine is built from and what the content script accepts from the service worker.

import { test } from "node:test";
import assert from "node:assert/strict";
import { needsSharedEngine, userLayer, validDecision, validReport } from "./engine";

test("with no choices and no rule turned off there is no user layer", () => {
  assert.equal(userLayer({ preset: null, user: null, disabledRules: [] }), null);
});

test("rules turned off from a card join the user's stored choices, and win for the same rule", () => {
  const layer = userLayer({
    preset: null,
    user: { gate: "hold", rules: { "builtin.gratitude": "warn", "builtin.certainty": "warn" } },
    disabledRules: ["builtin.certainty"],
  });
  assert.deepEqual(layer, { gate: "hold", rules: { "builtin.gratitude": "warn", "builtin.certainty": "off" } });
});

test("a team preset, a user layer or an admin's locks use the worker's shared engine; the built-ins alone do not", () => {
  const none = { preset: null, user: null, disabledRules: [] };
  assert.equal(needsSharedEngine(none), false);
  assert.equal(needsSharedEngine({ ...none, user: {} }), false, "an empty layer is no layer");
  assert.equal(needsSharedEngine({ ...none, preset: '{"format":1}' }), true);
  assert.equal(needsSharedEngine({ ...none, user: { gate: "hold" } }), true);
  assert.equal(needsSharedEngine({ ...none, disabledRules: ["builtin.absolutes"] }), true);
  assert.equal(needsSharedEngine({ ...none, admin: { gate: { mode: "warn" } } }), true);
});

test("a report from the worker must have three numeric scores and a findings list", () => {
  const report = { scores: { listening: 0.5, respect: 0.5, promotion: 0.1 }, findings: [], explanation: {} };
  assert.ok(validReport(report));
  assert.ok(!validReport(null));
  assert.ok(!validReport({ scores: 5, findings: [] }));
  assert.ok(!validReport({ scores: { listening: 0.5, respect: "high", promotion: 0 }, findings: [] }));
  assert.ok(!validReport({ scores: report.scores }));
});

test("a decision from the worker must say whether to show, in a known mode, with lists", () => {
  assert.ok(validDecision({ show: true, mode: "hold", crossed: [], issues: [] }));
  assert.ok(!validDecision({ show: "yes", mode: "warn", crossed: [], issues: [] }));
  assert.ok(!validDecision({ show: true, mode: "block", crossed: [], issues: [] }));
  assert.ok(!validDecision(undefined));
});
