// Unit tests for the colours: the site's background read as light or dark, one underline colour per principle.

import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightCss, highlightName } from "./highlights";
import { isDarkColor, parseColor } from "./theme";
import { PRINCIPLE_COLORS, PRINCIPLES } from "../shared/palette";

test("computed colours parse in both rgb() syntaxes, with their alpha", () => {
  assert.deepEqual(parseColor("rgb(21, 32, 43)"), [21, 32, 43, 1]);
  assert.deepEqual(parseColor("rgba(0, 0, 0, 0)"), [0, 0, 0, 0]);
  assert.deepEqual(parseColor("rgb(255 255 255 / 50%)"), [255, 255, 255, 0.5]);
  assert.equal(parseColor("transparent"), null);
});

test("X's dim and dark backgrounds read as dark, white and light greys as light", () => {
  assert.ok(isDarkColor([21, 32, 43]));
  assert.ok(isDarkColor([0, 0, 0]));
  assert.ok(!isDarkColor([255, 255, 255]));
  assert.ok(!isDarkColor([240, 242, 245]));
});

test("every principle has its own underline colour in each theme", () => {
  for (const theme of ["light", "dark"] as const) {
    const colours = PRINCIPLES.map((principle) => PRINCIPLE_COLORS[principle][theme]);
    assert.equal(new Set(colours).size, PRINCIPLES.length);
  }
});

test("the highlight rules name one highlight per principle with that theme's colour", () => {
  const css = highlightCss("dark");
  for (const principle of PRINCIPLES) {
    assert.ok(css.includes(`::highlight(${highlightName(principle)})`));
    assert.ok(css.includes(PRINCIPLE_COLORS[principle].dark));
  }
  assert.ok(!css.includes(PRINCIPLE_COLORS.respecting.light));
});
