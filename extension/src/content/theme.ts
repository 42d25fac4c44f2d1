// Whether the site around a composer is light or dark (Tact's colours themselves are in shared/palette.ts).

import type { Theme } from "./overlay";

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
