// The badge beside the composer: the three scores, each named and judged (good, worth a look, needs work: by colour,
// shape and words), in Tact's overlay, never inside the editor; it opens the card.

import type { Verdict } from "../shared/palette";
import { percent, type Report } from "../shared/report";
import { counted, listOf, t } from "../shared/i18n";
import {
  AXES,
  AXIS_INFO,
  type Axis,
  axisLetter,
  axisName,
  directionOf,
  englishOnly,
  isReadable,
  type Thresholds,
  verdictOf,
  verdictWords,
} from "../shared/verdict";
import type { EngineWhere } from "./engine";
import type { Overlay } from "./overlay";

/** How many issues and strengths the card lists for the draft. */
export interface FindingCounts {
  issues: number;
  strengths: number;
}

/** The keyboard shortcut, inside a composer, that opens the card (`aria-keyshortcuts`' syntax). */
export const CARD_SHORTCUT = "Alt+Enter";

/** The card's shortcut as the card and the badge's tooltip name it, in the user's language ("Alt+Intro"). */
export function cardShortcutName(): string {
  return `Alt+${t("keyEnter")}`;
}

/** Below this composer width (or this window width) the badge names the axes by their letters only. */
const COMPACT_BELOW_PX = 480;

/** One score as the badge shows it. */
export interface ShownScore {
  axis: Axis;
  value: number;
  verdict: Verdict;
}

/** The scores of a report as the badge shows them, with their verdicts; empty for a draft Tact does not read. */
export function shownScores(report: Report, thresholds: Thresholds | null): ShownScore[] {
  if (!isReadable(report)) return [];
  return AXES.map((axis) => ({
    axis,
    value: percent(report.scores[axis]),
    verdict: verdictOf(axis, report.scores[axis], thresholds),
  }));
}

/** The badge's visible text, word for word (its accessible name starts with it). */
export function badgeText(scores: readonly ShownScore[], issues: number, compact: boolean): string {
  if (scores.length === 0) return englishOnly();
  const parts = scores.map(({ axis, value }) =>
    t("axisScore", compact ? axisLetter(axis) : axisName(axis), String(value)),
  );
  if (issues > 0) parts.push(counted(issues, "suggestionsOne", "suggestionsMany"));
  return parts.join(" ");
}

/** The badge: a button showing the scores; Enter, Space or a click opens the card with the findings. */
export class Badge {
  private readonly badge: HTMLDivElement;
  private readonly parts: Record<Axis, { chip: HTMLSpanElement; name: HTMLSpanElement; value: HTMLSpanElement }>;
  private readonly count: HTMLSpanElement;
  private readonly notRead: HTMLSpanElement;
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
      listening: this.part("listening"),
      respect: this.part("respect"),
      promotion: this.part("promotion"),
    };
    this.count = document.createElement("span");
    this.count.className = "count";
    this.notRead = document.createElement("span");
    this.notRead.className = "not-read";
    this.notRead.textContent = englishOnly();
    this.badge.append(this.count, " ", this.notRead);
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

  /** A score's chip: the axis's colour mark, its name, its value and its verdict's shape (the words are in the label). */
  private part(axis: Axis): { chip: HTMLSpanElement; name: HTMLSpanElement; value: HTMLSpanElement } {
    const chip = document.createElement("span");
    chip.className = `score ${axis}`;
    chip.dataset.axis = axis;
    const mark = document.createElement("span");
    mark.className = "axis-mark";
    const name = document.createElement("span");
    name.className = "name";
    const value = document.createElement("span");
    value.className = "value";
    const shape = document.createElement("span");
    shape.className = "shape";
    chip.append(mark, name);
    if (!AXIS_INFO[axis].higherIsBetter) {
      const lower = document.createElement("span");
      lower.className = "lower";
      chip.append(lower);
    }
    chip.append(value, shape);
    // Spaces between the chips (not drawn in the flex row): the badge's text reads "Listening 72 Respect 33 ...".
    this.badge.append(chip, " ");
    return { chip, name, value };
  }

  get element(): HTMLElement {
    return this.badge;
  }

  /**
   * Shows the report's scores beside `composer`, with the number of issues the card lists (`data-findings`; its
   * strengths, `data-strengths`, are named in the label only); `length` is the checked draft's length in UTF-16 code
   * units (`data-length`, so that tests and benchmarks know which draft it shows). A draft in a language Tact does
   * not read shows that instead of scores (`data-language=other`).
   */
  show(
    composer: Element,
    report: Report,
    where: EngineWhere,
    shown: FindingCounts,
    length: number,
    thresholds: Thresholds | null,
  ): void {
    if (composer !== this.anchor) this.placed = null;
    this.anchor = composer;
    const box = composer.getBoundingClientRect();
    const compact = box.width < COMPACT_BELOW_PX || window.innerWidth < COMPACT_BELOW_PX;
    this.badge.classList.toggle("compact", compact);
    this.badge.dataset.length = String(length);
    for (const axis of AXES) this.badge.dataset[axis] = String(percent(report.scores[axis]));
    this.badge.dataset.engine = where;
    this.badge.dataset.findings = String(shown.issues);
    this.badge.dataset.strengths = String(shown.strengths);
    const scores = shownScores(report, thresholds);
    this.badge.dataset.language = scores.length > 0 ? "en" : "other";
    for (const axis of AXES) {
      const part = this.parts[axis];
      const score = scores.find((entry) => entry.axis === axis);
      part.chip.hidden = !score;
      if (!score) continue;
      part.chip.dataset.verdict = score.verdict;
      part.name.textContent = compact ? axisLetter(axis) : axisName(axis);
      part.value.textContent = ` ${score.value}`;
    }
    this.notRead.hidden = scores.length > 0;
    this.count.hidden = scores.length === 0 || shown.issues === 0;
    this.count.textContent = counted(shown.issues, "suggestionsOne", "suggestionsMany");
    this.badge.setAttribute("aria-label", badgeLabel(scores, shown.issues, shown.strengths, compact));
    this.badge.title = badgeLegend(scores);
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

/**
 * What a screen reader says for the badge: first its visible text (so that a voice user says what they see), then
 * each score's verdict, promotion's direction, the strengths apart, and how to open the card.
 */
export function badgeLabel(scores: readonly ShownScore[], issues: number, strengths: number, compact: boolean): string {
  const open = t("badgeOpenHint", cardShortcutName());
  if (scores.length === 0) return `${t("badgeNotReadLabel")} ${open}`;
  const verdicts = listOf(
    scores.map(({ axis, verdict }) =>
      t(
        AXIS_INFO[axis].higherIsBetter ? "badgeAxisVerdict" : "badgeAxisVerdictLower",
        axisName(axis).toLowerCase(),
        verdictWords(verdict),
      ),
    ),
  );
  const badge = badgeText(scores, issues, compact);
  const suggestions = counted(issues, "suggestionsOne", "suggestionsMany");
  const label =
    strengths > 0
      ? t("badgeLabelWithStrengths", badge, verdicts, suggestions, counted(strengths, "strengthsOne", "strengthsMany"))
      : t("badgeLabel", badge, verdicts, suggestions);
  return `${label} ${open}`;
}

/** The badge's tooltip: the legend in words, one line per score, and the shortcut. */
export function badgeLegend(scores: readonly ShownScore[]): string {
  if (scores.length === 0) return t("legendNotRead", cardShortcutName());
  const lines = scores.map(({ axis, value, verdict }) =>
    t("legendLine", axisName(axis), String(value), directionOf(axis), verdictWords(verdict)),
  );
  return [...lines, t("legendShortcut", cardShortcutName())].join("\n");
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
