// Unit tests for which findings share one underline: overlapping issues do, a finding holding another whole does not.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { Effect, Finding } from "../shared/report";
import { shareUnderline, underlinesOf } from "./underlines";

function finding(rule: string, start: number, end: number, effect: Effect = "issue"): Finding {
  return { rule, principle: "respecting", effect, start, end, message: "" };
}

test("issues whose spans cross, or are the same, share one underline over all their words", () => {
  const calm = finding("calm", 0, 12);
  const down = finding("down", 5, 20);
  const same = finding("same", 5, 20);
  assert.ok(shareUnderline(calm, down));
  assert.ok(shareUnderline(down, same));
  assert.deepEqual(underlinesOf([down, calm, same]), [{ start: 0, end: 20, findings: [calm, down, same] }]);
});

test("a finding that holds another whole (a sentence over a word) keeps its own underline, and so does the word", () => {
  const sentence = finding("sentence", 0, 40);
  const word = finding("word", 0, 9);
  const inside = finding("inside", 10, 15);
  assert.ok(!shareUnderline(sentence, word));
  assert.deepEqual(underlinesOf([sentence, word, inside]), [
    { start: 0, end: 9, findings: [word] },
    { start: 0, end: 40, findings: [sentence] },
    { start: 10, end: 15, findings: [inside] },
  ]);
});

test("a chain of crossing issues is one underline; strengths, touching spans and empty spans stay apart", () => {
  const a = finding("a", 0, 5);
  const b = finding("b", 3, 9);
  const c = finding("c", 8, 12);
  const touching = finding("touching", 12, 15);
  const thanks = finding("thanks", 2, 6, "strength");
  const empty = finding("empty", 4, 4);
  assert.deepEqual(underlinesOf([c, touching, a, thanks, b, empty]), [
    { start: 0, end: 12, findings: [a, b, c] },
    { start: 2, end: 6, findings: [thanks] },
    { start: 12, end: 15, findings: [touching] },
  ]);
});

test("two underlines joined by a later issue become one", () => {
  const left = finding("left", 0, 4);
  const right = finding("right", 6, 10);
  const bridge = finding("bridge", 2, 8);
  assert.deepEqual(underlinesOf([left, right, bridge]), [{ start: 0, end: 10, findings: [left, bridge, right] }]);
});
