// What the end-to-end tests of Tact's looks share: axe-core's serious and critical violations on a page (best-practice
// rules included, Tact's open shadow root too), and whether an element is shown inside the viewport.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/** The axe-core violations of impact serious or critical on the page, every rule axe runs by default included. */
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary}`),
      }));
  });
}

/**
 * Where `selector`'s element (in the page, or in Tact's shadow root when `inTact`) is drawn: its box, whether it has
 * a size and is not hidden, and whether it lies within the viewport's width (a page may scroll, never sideways).
 */
export function placement(page, selector, { inTact = false } = {}) {
  return page.evaluate(
    ([wanted, shadow]) => {
      const scope = shadow ? document.querySelector("div[data-tact-root]")?.shadowRoot : document;
      const element = scope?.querySelector(wanted);
      if (!element) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
        shown: box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none",
        withinWidth: box.left >= 0 && box.right <= window.innerWidth + 0.5,
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: window.innerWidth,
      };
    },
    [selector, inTact],
  );
}
