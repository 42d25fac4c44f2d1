// The badge beside the composer: three scores in Tact's overlay, never inside the editor; it opens the card.

import { percent, type Report } from "../shared/report";
import type { EngineWhere } from "./engine";
import type { Overlay } from "./overlay";

type Axis = "listening" | "respect" | "promotion";

/** How many issues and strengths the card lists for the draft. */
export interface FindingCounts {
  issues: number;
  strengths: number;
}

/** The keyboard shortcut, inside a composer, that opens the card (named in the badge's label). */
export const CARD_SHORTCUT = "Alt+Enter";

/** The badge: a button showing the scores; Enter, Space or a click opens the card with the findings. */
export class Badge {
  private readonly badge: HTMLDivElement;
  private readonly parts: Record<Axis, HTMLSpanElement>;
  private readonly count: HTMLSpanElement;
  private anchor: Element | null = null;
  /** Where the badge was last placed from: the composer's box and the viewport, and when. */
  private placed: { key: string; time: number } | null = null;

  constructor(
    overlay: Overlay,
    private readonly onOpen: () => void,
  ) {
    this.badge = document.createElement("div");
    this.badge.className = "badge";
    this.badge.setAttribute("data-tact", "badge");
    this.badge.setAttribute("role", "button");
    this.badge.setAttribute("aria-haspopup", "dialog");
    this.badge.setAttribute("aria-expanded", "false");
    this.badge.setAttribute("aria-keyshortcuts", CARD_SHORTCUT);
    this.badge.tabIndex = 0;
    this.parts = {
      listening: this.part("listening", "Listening"),
      respect: this.part("respect", "Respect"),
      promotion: this.part("promotion", "Promotion"),
    };
    this.count = document.createElement("span");
    this.count.className = "count";
    this.count.setAttribute("aria-hidden", "true");
    this.badge.append(this.count);
    this.badge.hidden = true;
    this.badge.addEventListener("click", (event) => {
      event.preventDefault();
      this.onOpen();
    });
    this.badge.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        event.stopPropagation();
        this.onOpen();
      }
    });
    // Keep the editor's focus and selection when the badge is clicked with a mouse.
    this.badge.addEventListener("mousedown", (event) => event.preventDefault());
    overlay.layer.append(this.badge);
  }

  private part(axis: Axis, label: string): HTMLSpanElement {
    const span = document.createElement("span");
    span.className = `score ${axis}`;
    span.title = label;
    span.setAttribute("aria-hidden", "true");
    this.badge.append(span);
    return span;
  }

  get element(): HTMLElement {
    return this.badge;
  }

  /**
   * Shows the report's scores beside `composer`, with the number of issues the card lists (`data-findings`; its
   * strengths, `data-strengths`, are named in the label only); `length` is the checked draft's length in UTF-16 code
   * units (`data-length`, so that tests and benchmarks know which draft it shows).
   */
  show(composer: Element, report: Report, where: EngineWhere, shown: FindingCounts, length: number): void {
    if (composer !== this.anchor) this.placed = null;
    this.anchor = composer;
    this.badge.dataset.length = String(length);
    const listening = percent(report.scores.listening);
    const respect = percent(report.scores.respect);
    const promotion = percent(report.scores.promotion);
    this.badge.dataset.listening = String(listening);
    this.badge.dataset.respect = String(respect);
    this.badge.dataset.promotion = String(promotion);
    this.badge.dataset.engine = where;
    this.badge.dataset.findings = String(shown.issues);
    this.badge.dataset.strengths = String(shown.strengths);
    this.parts.listening.textContent = `L ${listening}`;
    this.parts.respect.textContent = `R ${respect}`;
    this.parts.promotion.textContent = `P ${promotion}`;
    this.parts.listening.classList.toggle("low", listening < 40);
    this.parts.respect.classList.toggle("low", respect < 40);
    this.parts.promotion.classList.toggle("low", promotion > 60);
    this.count.textContent = shown.issues > 0 ? `· ${shown.issues}` : "";
    this.badge.setAttribute("aria-label", badgeLabel(listening, respect, promotion, shown.issues, shown.strengths));
    this.badge.hidden = false;
    this.place();
  }

  setExpanded(expanded: boolean): void {
    this.badge.setAttribute("aria-expanded", String(expanded));
  }

  hide(): void {
    this.badge.hidden = true;
    this.anchor = null;
    this.placed = null;
  }

  get visible(): boolean {
    return !this.badge.hidden;
  }

  /**
   * Keeps the badge beside the composer, inside the viewport, and off the site's own controls (a Post button under
   * the composer must stay clickable): below its right corner, else above it, else inside its bottom-right corner.
   */
  place(): void {
    if (!this.anchor || this.badge.hidden) return;
    if (!this.anchor.isConnected) {
      this.hide();
      return;
    }
    const box = this.anchor.getBoundingClientRect();
    const width = this.badge.offsetWidth;
    const height = this.badge.offsetHeight;
    // Hit-testing the page is the costly part: done again only when the composer moved, or now and then (a site can
    // add a button under an unmoved composer, as LinkedIn does once the box has text).
    const key = [box.left, box.top, box.width, box.height, width, height, window.innerWidth, window.innerHeight].join();
    const now = performance.now();
    if (this.placed && this.placed.key === key && now - this.placed.time < PLACEMENT_TTL_MS) return;
    const clampLeft = (left: number) => Math.min(Math.max(0, left), window.innerWidth - width);
    const clampTop = (top: number) => Math.min(Math.max(0, top), window.innerHeight - height);
    const candidates = [
      { left: box.right - width - 4, top: box.bottom + 4 },
      { left: box.right - width - 4, top: box.top - height - 4 },
      { left: box.right - width - 4, top: box.bottom - height - 4 },
      { left: box.right + 4, top: box.bottom - height },
    ].map(({ left, top }) => ({ left: clampLeft(left), top: clampTop(top) }));
    const host = this.badge.getRootNode() instanceof ShadowRoot ? (this.badge.getRootNode() as ShadowRoot).host : null;
    const free = candidates.find((spot) => !coversControl(spot.left, spot.top, width, height, this.anchor, host));
    const spot = free ?? candidates[0];
    this.badge.style.left = `${spot.left}px`;
    this.badge.style.top = `${spot.top}px`;
    this.placed = { key, time: now };
  }
}

/** What a screen reader says for the badge: the scores, then the issues to review and, apart, the strengths. */
export function badgeLabel(
  listening: number,
  respect: number,
  promotion: number,
  issues: number,
  strengths: number,
): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const works = strengths > 0 ? ` and ${plural(strengths, "thing that works", "things that work")}` : "";
  return (
    `Tact: listening ${listening}, respect ${respect}, promotion ${promotion} out of 100; ` +
    `${plural(issues, "suggestion", "suggestions")}${works}. Press Enter to review (${CARD_SHORTCUT} from the editor).`
  );
}

/** How long a badge placement is trusted while its composer does not move. */
const PLACEMENT_TTL_MS = 500;

/** What a person may click on a page: the badge must not sit over any of it (its composer aside). */
const CONTROLS =
  "button, [role=button], a[href], input, select, textarea, [contenteditable]:not([contenteditable=false]), label";

/** The smallest width or height of a control the badge must not cover (WCAG's minimum target size). */
const CONTROL_MIN_PX = 24;

/** Whether a badge at this spot would sit over one of the site's controls (other than the composer itself). */
function coversControl(
  left: number,
  top: number,
  width: number,
  height: number,
  composer: Element | null,
  own: Element | null,
): boolean {
  // A grid over the badge, no coarser than the smallest target a site should offer (24 px), so that a Send button
  // narrower than the badge cannot hide between two points.
  const columns = Math.ceil((width - 2) / CONTROL_MIN_PX) + 1;
  const xs = Array.from({ length: columns }, (_, index) => left + 1 + ((width - 2) * index) / (columns - 1));
  const ys = [top + 1, top + height / 2, top + height - 1];
  const points = ys.flatMap((y) => xs.map((x) => [x, y]));
  return points.some(([x, y]) => {
    const control = pageElementAt(x, y, own)?.closest(CONTROLS);
    return (
      control !== null &&
      control !== undefined &&
      !(composer && (composer.contains(control) || control.contains(composer)))
    );
  });
}

/**
 * The page's topmost element at a point, under Tact's own host, looked for down through open shadow roots: the
 * document only sees their host (LinkedIn's messaging box in `#interop-outlet`), not the Send button inside.
 */
function pageElementAt(x: number, y: number, own: Element | null): Element | undefined {
  let hit = document.elementsFromPoint(x, y).find((element) => element !== own);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementsFromPoint(x, y).find((element) => element !== own);
    if (!inner || inner === hit || !hit.shadowRoot.contains(inner)) break;
    hit = inner;
  }
  return hit;
}
