// Unit tests for the report helpers shared by the content script and the pages.

import { test } from "node:test";
import assert from "node:assert/strict";
import { percent } from "./report";

test("a score in [0, 1] becomes the integer 0-100 the badge shows", () => {
  assert.equal(percent(0), 0);
  assert.equal(percent(0.424), 42);
  assert.equal(percent(0.425), 43);
  assert.equal(percent(1), 100);
});

test("a score outside [0, 1] is clamped rather than shown as nonsense", () => {
  assert.equal(percent(-0.2), 0);
  assert.equal(percent(1.7), 100);
});
