// Unit tests for Tact's colours: one per principle in each theme, the same in the pages' stylesheet, readable chips.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PRINCIPLE_COLORS, STRENGTH_COLORS, VERDICT_COLORS } from "./palette";

/** WCAG's contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test("the pages' stylesheet draws each axis and principle in its principle's colour, light and dark", () => {
  const css = readFileSync("extension/pages/pages.css", "utf8");
  const axes = {
    listening: "listening",
    respect: "respecting",
    promotion: "promotion",
    suspending: "suspending",
    voicing: "voicing",
  } as const;
  for (const [variable, principle] of Object.entries(axes)) {
    const shades = PRINCIPLE_COLORS[principle];
    assert.ok(css.includes(`--${variable}: ${shades.light};`), `pages.css sets --${variable} to ${shades.light}`);
    assert.ok(css.includes(`--${variable}: ${shades.dark};`), `pages.css sets --${variable} to ${shades.dark} in dark`);
  }
});

test("the welcome page's verdict chips are the badge's", () => {
  const css = readFileSync("extension/pages/pages.css", "utf8");
  for (const [verdict, chip] of Object.entries(VERDICT_COLORS)) {
    for (const shade of [chip.light, chip.dark]) {
      assert.ok(
        css.includes(`background: ${shade.bg}; color: ${shade.fg};`),
        `pages.css draws ${verdict} as the badge does`,
      );
    }
  }
});

test("principle colours are readable as text on white and on a dark panel", () => {
  for (const shades of [...Object.values(PRINCIPLE_COLORS), STRENGTH_COLORS]) {
    assert.ok(contrast(shades.light, "#ffffff") >= 4.5, `${shades.light} on white`);
    assert.ok(contrast(shades.dark, "#161b22") >= 4.5, `${shades.dark} on the dark card`);
  }
});

test("each verdict chip's text is readable on its background", () => {
  for (const chip of Object.values(VERDICT_COLORS)) {
    for (const theme of [chip.light, chip.dark]) assert.ok(contrast(theme.fg, theme.bg) >= 4.5, JSON.stringify(theme));
  }
});
