// Tact's colours, listed once: one per principle (the badge's axis marks, the underlines, the card, the popup's chart),
// one for strengths, and one per verdict (a score that is good, worth a look, or needs work). The pages' stylesheet
// (extension/pages/pages.css) repeats the axis colours as CSS variables; a unit test keeps the two the same.

import type { Principle } from "./report";

/** A colour on a light and on a dark background (each readable on its own). */
export interface Shades {
  light: string;
  dark: string;
}

/**
 * Each principle's colour. The three scored axes take the colour of their principle (listening, respecting for
 * respect, promotion); none of them is green, amber or red, which mean a verdict.
 */
export const PRINCIPLE_COLORS: Record<Principle, Shades> = {
  listening: { light: "#0969da", dark: "#58a6ff" },
  suspending: { light: "#1b7c83", dark: "#39c5cf" },
  respecting: { light: "#8250df", dark: "#bc8cff" },
  voicing: { light: "#7d4e00", dark: "#d29922" },
  promotion: { light: "#bc4c00", dark: "#ffa657" },
};

/** The colour of a strength's thin dotted underline and of "What works": green, apart from every principle's. */
export const STRENGTH_COLORS: Shades = { light: "#1a7f37", dark: "#3fb950" };

/** The principles in the order the UI lists them. */
export const PRINCIPLES: readonly Principle[] = ["listening", "suspending", "respecting", "voicing", "promotion"];

/** A score's verdict: good, worth a look, or needs work. */
export type Verdict = "good" | "look" | "work";

/** Each verdict's chip: background and text (contrast at least 4.5:1 on each other), on a light and a dark page. */
export const VERDICT_COLORS: Record<Verdict, { light: { bg: string; fg: string }; dark: { bg: string; fg: string } }> =
  {
    good: { light: { bg: "#dafbe1", fg: "#116329" }, dark: { bg: "#033a16", fg: "#aff5b4" } },
    look: { light: { bg: "#fff8c5", fg: "#7d4e00" }, dark: { bg: "#4b3a00", fg: "#f8e3a1" } },
    work: { light: { bg: "#ffebe9", fg: "#a40e26" }, dark: { bg: "#5d0f12", fg: "#ffdcd7" } },
  };
