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
import { LONG_DRAFT_CHARS, REST_MS } from "./long-drafts";
import type { Overlay } from "./overlay";
import { type Box, candidateSpots, fieldBox, type Keep, postBox, refusal, within } from "./placement";

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

/**
 * The badge's forms, widest first: the axes named in words, by their letters, and by their letters with the count of
 * suggestions on a second row (a 360 px window has no room beside its composer for one row of all of them).
 */
type Form = "words" | "letters" | "stacked";

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

/**
 * Where the badge was last placed from (the composer's box, its scroll, the viewport and what it shows: `key`), when,
 * whether in the composer, whether the spot was free, in which form, and its field's box and the badge's spot then.
 */
interface Placed {
  key: string;
  time: number;
  inside: boolean;
  free: boolean;
  form: Form;
  field: Box;
  spot: Box;
}

/** The badge: a button showing the scores; Enter, Space or a click opens the card with the findings. */
export class Badge {
  private readonly badge: HTMLDivElement;
  private readonly parts: Record<Axis, { chip: HTMLSpanElement; name: HTMLSpanElement; value: HTMLSpanElement }>;
  private readonly count: HTMLSpanElement;
  private readonly notRead: HTMLSpanElement;
  private anchor: Element | null = null;
  /** The badge's last placement (see Placed). */
  private placed: Placed | null = null;
  /** The placement due once typing in a long draft rests. */
  private rest: ReturnType<typeof setTimeout> | undefined;
  /** Whether the composer or the window is too narrow for the axes' names in words. */
  private compactWanted = false;
  /** How many edits the draft has had: a badge in the composer's corner is placed again after each. */
  private edits = 0;
  /** The form the badge is drawn in now. */
  private form: Form = "words";
  /** The post being answered, which the badge never covers. */
  private avoid: readonly Element[] = [];
  /** The scores and counts the badge shows, to name them again in words or letters. */
  private shown: { scores: ShownScore[]; counts: FindingCounts } | null = null;

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
   * not read shows that instead of scores (`data-language=other`). `avoid` shows the post being answered, which the
   * badge never covers.
   */
  show(
    composer: Element,
    report: Report,
    where: EngineWhere,
    shown: FindingCounts,
    length: number,
    thresholds: Thresholds | null,
    avoid: readonly Element[] = [],
  ): void {
    if (composer !== this.anchor) this.placed = null;
    this.anchor = composer;
    this.avoid = avoid;
    this.badge.dataset.length = String(length);
    for (const axis of AXES) this.badge.dataset[axis] = String(percent(report.scores[axis]));
    this.badge.dataset.engine = where;
    this.badge.dataset.findings = String(shown.issues);
    this.badge.dataset.strengths = String(shown.strengths);
    const scores = shownScores(report, thresholds);
    this.badge.dataset.language = scores.length > 0 ? "en" : "other";
    this.shown = { scores, counts: shown };
    for (const axis of AXES) {
      const part = this.parts[axis];
      const score = scores.find((entry) => entry.axis === axis);
      part.chip.hidden = !score;
      if (!score) continue;
      part.chip.dataset.verdict = score.verdict;
      part.value.textContent = ` ${score.value}`;
    }
    this.notRead.hidden = scores.length > 0;
    this.count.hidden = scores.length === 0 || shown.issues === 0;
    this.count.textContent = counted(shown.issues, "suggestionsOne", "suggestionsMany");
    this.badge.title = badgeLegend(scores);
    const box = composer.getBoundingClientRect();
    this.compactWanted = box.width < COMPACT_BELOW_PX || window.innerWidth < COMPACT_BELOW_PX;
    this.describe(this.placed?.form ?? (this.compactWanted ? "letters" : "words"));
    this.badge.hidden = false;
    this.place();
  }

  /** Names the axes in words, or by their letters in a compact form, and says the same in the label. */
  private describe(form: Form): void {
    if (!this.shown) return;
    this.form = form;
    const compact = form !== "words";
    this.badge.classList.toggle("compact", compact);
    this.badge.classList.toggle("stacked", form === "stacked");
    for (const axis of AXES) this.parts[axis].name.textContent = compact ? axisLetter(axis) : axisName(axis);
    const { scores, counts } = this.shown;
    this.badge.setAttribute("aria-label", badgeLabel(scores, counts.issues, counts.strengths, compact));
  }

  /**
   * The draft changed (called on every edit, before the browser paints it): a badge in the composer's corner is placed
   * again at once, so that no line the edit brought there is ever drawn under it. (One outside it moves when the
   * composer does: the resize observer and the scroll listener place it in the same frame.)
   */
  edited(): void {
    this.edits++;
    if (this.placed?.inside) this.place();
  }

  setExpanded(expanded: boolean): void {
    this.badge.setAttribute("aria-expanded", String(expanded));
  }

  hide(): void {
    clearTimeout(this.rest);
    this.badge.hidden = true;
    this.anchor = null;
    this.placed = null;
  }

  get visible(): boolean {
    return !this.badge.hidden;
  }

  /**
   * Keeps the badge by the composer, inside the viewport, off the site's controls (a Post button must stay
   * clickable), off any text of the page (the draft's own lines included) and off the post being answered, and never
   * half over the composer: in the composer's own bottom-right corner when the draft leaves it free, else outside it
   * (placement.ts). Where no spot is free with the axes named in words, it tries their letters, then the count on a
   * second row; where none is free
   * at all, it takes the least harmful: over text, else over the post answered, else across the field's edge, never
   * over a control while any spot leaves them all free.
   */
  place(atRest = false): void {
    if (!this.anchor || this.badge.hidden) return;
    if (!this.anchor.isConnected) {
      this.hide();
      return;
    }
    const composer = this.anchor;
    const editor = composer.getBoundingClientRect();
    const box = fieldBox(composer);
    // Hit-testing the page is the costly part: done again only when the composer moved, when the draft changed while
    // the badge sits inside the composer (its lines may reach the corner), or now and then (a site can add a button
    // under an unmoved composer, as LinkedIn does once the box has text).
    // What the badge shows sets its size (the form, words or letters, is the placement's own choice).
    const { dataset } = this.badge;
    const shows = [dataset.findings, dataset.language, dataset.listening, dataset.respect, dataset.promotion];
    const moved = [
      ...[box.left, box.top, box.right, box.bottom, editor.left, editor.top, editor.right, editor.bottom],
      ...shows,
      window.innerWidth,
      window.innerHeight,
    ].join();
    // In the corner, the draft's lines are under it: any edit or scroll of them places it again.
    const keyOf = (inside: boolean) =>
      inside ? `${moved},${this.edits},${composer.scrollTop},${composer.scrollLeft}` : moved;
    const now = performance.now();
    const placed = this.placed;
    const root = this.badge.getRootNode();
    const keep: Keep = {
      composer,
      own: root instanceof ShadowRoot ? root.host : null,
      avoid: this.avoid.filter((element) => element.isConnected).map((element) => postBox(element, composer)),
    };
    if (placed && placed.key === keyOf(placed.inside)) {
      this.describe(placed.form);
      // Unmoved: trusted for a while; then only the spot it holds is tested again (the full search is the costly
      // part), and a badge that found no free spot waits for the composer to move.
      if (now - placed.time < PLACEMENT_TTL_MS || !placed.free) return;
      const held = this.badge.getBoundingClientRect();
      if (refusal(held, keep) === null) {
        this.placed = { ...placed, time: now };
        return;
      }
    }
    if (placed && !atRest && Number(dataset.length) >= LONG_DRAFT_CHARS) {
      // Typing in a long draft: its lines move the composer at each keystroke, and hit-testing a page whose layout the
      // badge just changed costs tens of milliseconds per point there. The badge follows the composer at once; its
      // spot is searched again once typing rests.
      this.follow(placed, box);
      return;
    }
    // The corner only where the draft's lines cannot reach it unseen: not a textarea (its lines cannot be measured),
    // not a long draft (placed at rest only), not a composer whose lines scroll under it.
    const corner =
      !(composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) &&
      Number(dataset.length) < LONG_DRAFT_CHARS &&
      !scrollsItsLines(composer);
    const forms: Form[] = this.compactWanted ? ["letters", "stacked"] : ["words", "letters", "stacked"];
    const spotsFor = (form: Form) => {
      this.describe(form);
      return candidateSpots(editor, box, this.badge.offsetWidth, this.badge.offsetHeight, corner);
    };
    let spot: Box | undefined;
    for (const form of forms) {
      spot = spotsFor(form).find((candidate) => refusal(candidate, keep) === null);
      if (spot) break;
    }
    const free = spot !== undefined;
    if (!spot) {
      const spots = spotsFor("stacked"); // the narrowest covers the least
      // The least harm: over some text, else by the post answered, else across the field's edge; a control never.
      const refused = spots.map((candidate) => refusal(candidate, keep));
      const least = (["text", "post", "straddles"] as const).map((why) => refused.indexOf(why)).find((at) => at >= 0);
      spot = spots[least ?? 0];
    }
    if (!spot) return;
    this.badge.style.left = `${spot.left}px`;
    this.badge.style.top = `${spot.top}px`;
    const inside = within(spot, editor);
    this.placed = { key: keyOf(inside), time: now, inside, free, form: this.form, field: box, spot };
  }

  /**
   * Moves the badge with its composer's field from where it was placed, keeping its side of the field: a badge under
   * the field moves with its bottom edge (a growing draft pushes it down, never under its lines), one at its right
   * with its right edge; within the viewport, and placed anew at rest.
   */
  private follow(placed: Placed, field: Box): void {
    const { spot } = placed;
    const was = placed.field;
    const width = spot.right - spot.left;
    const height = spot.bottom - spot.top;
    const byBottom = spot.top >= was.bottom || (spot.bottom >= was.bottom && spot.top > was.top);
    const byRight = spot.left >= was.right || (spot.right >= was.right && spot.left > was.left);
    const left = spot.left + (byRight ? field.right - was.right : field.left - was.left);
    const top = spot.top + (byBottom ? field.bottom - was.bottom : field.top - was.top);
    this.badge.style.left = `${Math.min(Math.max(0, left), window.innerWidth - width)}px`;
    this.badge.style.top = `${Math.min(Math.max(0, top), window.innerHeight - height)}px`;
    clearTimeout(this.rest);
    this.rest = setTimeout(() => this.place(true), REST_MS);
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

/**
 * Whether the composer's lines scroll, in it or in a box just around it: they can then pass under its corner without
 * an edit.
 */
function scrollsItsLines(composer: Element): boolean {
  let element: Element | null = composer;
  for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
    if (element.scrollHeight > element.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(element).overflowY))
      return true;
  }
  return false;
}

/** How long a badge placement is trusted while its composer does not move. */
const PLACEMENT_TTL_MS = 500;
