// Colours: one per principle for the underlines of issues, one for strengths, and whether the site around a composer
// is light or dark.

import type { Principle } from "../shared/report";
import type { Theme } from "./overlay";

/** The underline colour of each principle, on a light and on a dark page (each readable on its background). */
export const PRINCIPLE_COLORS: Record<Principle, { light: string; dark: string }> = {
  listening: { light: "#0969da", dark: "#58a6ff" },
  suspending: { light: "#8250df", dark: "#bc8cff" },
  respecting: { light: "#cf222e", dark: "#ff7b72" },
  voicing: { light: "#9a6700", dark: "#d29922" },
  promotion: { light: "#bc4c00", dark: "#ffa657" },
};

/** The colour of a strength's thin dotted underline, on a light and on a dark page: green, apart from every principle's. */
export const STRENGTH_COLORS: { light: string; dark: string } = { light: "#1a7f37", dark: "#3fb950" };

/** The principles in the order the UI lists them. */
export const PRINCIPLES: readonly Principle[] = ["listening", "suspending", "respecting", "voicing", "promotion"];

/** How people read each principle's name. */
export const PRINCIPLE_LABELS: Record<Principle, string> = {
  listening: "Listening",
  suspending: "Suspending judgment",
  respecting: "Respect",
  voicing: "Your own voice",
  promotion: "Promotion",
};

/** A CSS colour as `rgb()`/`rgba()` (what getComputedStyle returns), as [r, g, b, alpha]; null for anything else. */
export function parseColor(css: string): [number, number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(css.trim());
  if (!match) return null;
  const alphaText = match[4];
  let alpha = 1;
  if (alphaText !== undefined) alpha = alphaText.endsWith("%") ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** Whether a background colour is dark (its relative luminance, WCAG's formula, is below 0.2). */
export function isDarkColor([r, g, b]: readonly number[]): boolean {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) < 0.2;
}

/**
 * The theme to draw in beside `element` (a composer): the first opaque background around it decides (the site's own
 * dark mode; the composer's own box is skipped, as a white textarea can sit on a dark page); when every background
 * is transparent, the page's `color-scheme`, then the system's preference.
 */
export function siteTheme(element: Element, view: Window = window): Theme {
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    const color = parseColor(view.getComputedStyle(node).backgroundColor);
    if (color && color[3] >= 0.5) return isDarkColor(color) ? "dark" : "light";
  }
  const scheme = view.getComputedStyle(element.ownerDocument.documentElement).colorScheme;
  const systemDark = view.matchMedia("(prefers-color-scheme: dark)").matches;
  if (/\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)) return "dark";
  if (/\blight\b/.test(scheme) && !/\bdark\b/.test(scheme)) return "light";
  return systemDark ? "dark" : "light";
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
