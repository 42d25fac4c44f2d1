// Unit tests for what the badge says to a screen reader: the scores, the issues to review, the strengths apart.

import { test } from "node:test";
import assert from "node:assert/strict";
import { badgeLabel } from "./badge";

test("the badge counts suggestions, and names the strengths apart", () => {
  const label = badgeLabel(70, 85, 10, 2, 3);
  assert.match(label, /listening 70, respect 85, promotion 10 out of 100; 2 suggestions and 3 things that work\./);
});

test("a draft with only strengths has no suggestion", () => {
  assert.match(badgeLabel(70, 85, 10, 0, 1), /; 0 suggestions and 1 thing that works\./);
  assert.match(badgeLabel(70, 85, 10, 1, 0), /; 1 suggestion\. Press Enter/);
});
