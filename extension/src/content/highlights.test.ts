// Unit tests for how findings are drawn: issues in their principle's highlight, strengths apart and quieter.

import { test } from "node:test";
import assert from "node:assert/strict";
import type { Effect, Finding, Principle } from "../shared/report";
import {
  highlightCss,
  highlightName,
  highlightOf,
  keptSegments,
  mirrorMarks,
  mirrorSegments,
  STRENGTH_HIGHLIGHT,
} from "./highlights";
import { editBetween } from "./long-drafts";
import type { Underline } from "./underlines";
import { PRINCIPLES } from "../shared/palette";

function finding(start: number, end: number, effect: Effect, principle: Principle = "respecting"): Finding {
  return { rule: `rule-${start}`, principle, effect, start, end, message: "" };
}

/** A finding's own underline. */
function alone(finding: Finding): Underline {
  return { start: finding.start, end: finding.end, findings: [finding] };
}

test("an issue is drawn in its principle's highlight, a strength in the strengths' one whatever its principle", () => {
  assert.equal(highlightOf(finding(0, 6, "issue", "suspending")), "tact-suspending");
  assert.equal(highlightOf(finding(0, 6, "strength", "respecting")), STRENGTH_HIGHLIGHT);
  assert.equal(highlightOf(finding(0, 6, "strength", "listening")), STRENGTH_HIGHLIGHT);
  assert.ok(
    PRINCIPLES.every((principle) => highlightName(principle) !== STRENGTH_HIGHLIGHT),
    "no issue shares it",
  );
});

test("strengths get a thin dotted underline, issues a wavy one", () => {
  for (const theme of ["light", "dark"] as const) {
    const rules = highlightCss(theme).split("\n");
    const strength = rules.find((rule) => rule.startsWith(`::highlight(${STRENGTH_HIGHLIGHT})`));
    assert.match(strength ?? "", /underline dotted/);
    assert.match(strength ?? "", /thickness: 1px/);
    assert.match(rules.find((rule) => rule.startsWith("::highlight(tact-respecting)")) ?? "", /underline wavy/);
  }
});

test("a textarea's mirror marks spans that do not overlap, in text order, an issue over a strength", () => {
  const thanks = finding(0, 6, "strength");
  const issue = finding(4, 10, "issue");
  const later = finding(12, 15, "strength");
  assert.deepEqual(mirrorMarks([later, thanks, issue].map(alone)), [issue, later].map(alone));
  assert.deepEqual(mirrorMarks([later, thanks].map(alone)), [thanks, later].map(alone));
  assert.deepEqual(mirrorMarks([alone(finding(3, 3, "issue"))]), [], "an empty span has nothing to mark");
});

test("a word inside a sentence-wide issue is cut out of its mark: one underline, the word in its colour, both listed", () => {
  const sentence = finding(0, 30, "issue", "listening");
  const word = finding(10, 16, "issue", "respecting");
  const marks = mirrorMarks([sentence, word].map(alone));
  assert.deepEqual(marks, [
    { start: 0, end: 10, findings: [sentence] },
    { start: 10, end: 16, findings: [word, sentence] },
    { start: 16, end: 30, findings: [sentence] },
  ]);
  const deeper = finding(12, 14, "issue", "promotion");
  assert.deepEqual(
    mirrorMarks([sentence, word, deeper].map(alone)).map((mark) => [mark.start, mark.end, mark.findings]),
    [
      [0, 10, [sentence]],
      [10, 12, [word, sentence]],
      [12, 14, [deeper, word, sentence]],
      [14, 16, [word, sentence]],
      [16, 30, [sentence]],
    ],
  );
});

test("the mirror's marks cover each character with every issue over it, shortest first (random findings)", () => {
  const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;
  /** What one character is drawn as: every issue over it, shortest first, else the strength kept over it. */
  const expected = (findings: Finding[], at: number) => {
    const issues = findings.filter((f) => f.effect !== "strength" && f.start < f.end);
    const over = issues
      .filter((f) => f.start <= at && at < f.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    if (over.length > 0) return over;
    const strengths = findings
      .filter((f) => f.effect === "strength" && f.start < f.end && !issues.some((i) => overlaps(i, f)))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: Finding[] = [];
    for (const f of strengths) if (!kept.some((m) => overlaps(m, f))) kept.push(f);
    return kept.filter((f) => f.start <= at && at < f.end);
  };
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  for (let round = 0; round < 200; round++) {
    const findings = Array.from({ length: random(30) }, (_, index) => {
      const start = random(100);
      const effect: Effect = random(3) === 0 ? "strength" : "issue";
      return { ...finding(start, start + random(12), effect), rule: `rule-${index}` };
    });
    const marks = mirrorMarks(findings.map(alone));
    for (let index = 1; index < marks.length; index++)
      assert.ok(marks[index - 1].end <= marks[index].start, `round ${round}: marks in order, not overlapping`);
    for (let at = 0; at < 115; at++) {
      const mark = marks.find((m) => m.start <= at && at < m.end);
      assert.deepEqual(mark?.findings ?? [], expected(findings, at), `round ${round}, character ${at}`);
    }
  }
});

test("after an edit the mirror keeps the stretches before and after it, and rebuilds only those it touched", () => {
  const before = "Obviously wrong. Thanks a lot. Buy now!";
  const after = "Obviously wrong. Thanks, a lot. Buy now!";
  const obviously = finding(0, 9, "issue");
  const thanks = finding(17, 23, "strength");
  const buy = finding(31, 38, "issue", "promotion");
  const old = mirrorSegments(before, [obviously, thanks, buy].map(alone));
  const movedBuy = { ...buy, start: 32, end: 39 };
  const wanted = mirrorSegments(after, [obviously, thanks, movedBuy].map(alone));
  const kept = keptSegments(old, wanted, editBetween(before, after));
  // Kept: "Obviously", " wrong. ", "Thanks" before the comma; "Buy now" and "!" after it. Rebuilt: ", a lot. ".
  assert.deepEqual(kept, { head: 3, tail: 2 });
  assert.equal(old.length, 6);
  const changedRule = mirrorSegments(after, [obviously, thanks, { ...movedBuy, rule: "other" }].map(alone));
  assert.deepEqual(
    keptSegments(old, changedRule, editBetween(before, after)),
    { head: 3, tail: 1 },
    "a new rule is redrawn",
  );
  assert.deepEqual(keptSegments(old, old, editBetween(before, before)), { head: 6, tail: 0 }, "no edit keeps them all");
});
