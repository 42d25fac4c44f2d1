// The card: first each score with its verdict and the words that moved it most (why), then each issue's reason and
// rewrite, with apply, dismiss and "turn this rule off", then what works in the draft (strengths, with dismiss only);
// by click or keyboard. A draft in a language Tact does not read gets that said instead of scores.

import { t } from "../shared/i18n";
import { type Finding, percent, type Report } from "../shared/report";
import {
  AXES,
  AXIS_INFO,
  axisName,
  driversText,
  isReadable,
  principleName,
  type Thresholds,
  topDrivers,
  verdictOf,
  verdictWords,
} from "../shared/verdict";
import { cardShortcutName } from "./badge";
import { isStrength, tagWithFinding } from "./findings";
import type { Overlay } from "./overlay";

/** The draft the card is about: its report and text (for the scores and their drivers), and the preset's limits. */
export interface CardSummary {
  report: Report;
  text: string;
  thresholds: Thresholds | null;
}

/** One finding as the card lists it, with the words it is about. */
export interface CardItem {
  finding: Finding;
  quote: string;
}

/** What applying a rewrite came to: taken, refused with the draft as it was, or refused with the draft changed. */
export type ApplyOutcome = "applied" | "refused" | "changed";

/** What the card's buttons do; the session implements them. */
export interface CardActions {
  /** Applies the finding's rewrite; resolves to whether the editor took it, or left the draft changed without it. */
  apply(finding: Finding): Promise<ApplyOutcome>;
  dismiss(finding: Finding): void;
  turnOff(finding: Finding): void;
  /** The card closed; `returnFocus` when the editor should get the focus back (Escape, a button). */
  closed(returnFocus: boolean): void;
}

/** The card, in Tact's overlay; one at a time. */
export class Card {
  private readonly panel: HTMLDivElement;
  /** The scores, each with its verdict and drivers (or the English-only note). */
  private readonly scores: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly empty: HTMLParagraphElement;
  /** The "What works" section and its list of strengths. */
  private readonly works: HTMLElement;
  private readonly strengths: HTMLUListElement;
  private items: CardItem[] = [];
  /**
   * The rewrites the editor did not take while the card was open: their note outlives the card's re-renders (the
   * tries themselves make the editor re-render, and a new report follows), until the card closes.
   */
  /** The note under each refused rewrite, by finding. */
  private readonly refused = new Map<string, string>();

  constructor(
    private readonly overlay: Overlay,
    private readonly actions: CardActions,
  ) {
    this.panel = document.createElement("div");
    this.panel.className = "panel card";
    this.panel.setAttribute("data-tact", "card");
    this.panel.setAttribute("role", "dialog");
    // The card keeps Tab inside it until Escape or a choice gives the focus back to the editor: a modal dialog.
    this.panel.setAttribute("aria-modal", "true");
    this.panel.setAttribute("aria-labelledby", "tact-card-title");
    this.panel.hidden = true;
    const heading = document.createElement("h2");
    const title = document.createElement("span");
    title.id = "tact-card-title";
    title.textContent = t("cardTitle");
    const close = button("×", "close");
    close.classList.add("close");
    close.setAttribute("aria-label", t("cardClose"));
    close.addEventListener("click", () => this.close(true));
    heading.append(title, close);
    this.scores = document.createElement("section");
    this.scores.className = "scores";
    this.scores.setAttribute("data-tact", "scores");
    this.scores.setAttribute("aria-label", t("cardScoresLabel"));
    this.list = document.createElement("ul");
    this.list.setAttribute("aria-label", t("cardSuggestionsLabel"));
    this.empty = document.createElement("p");
    this.empty.className = "empty";
    this.empty.textContent = t("cardEmpty");
    this.works = document.createElement("section");
    this.works.className = "works";
    this.works.setAttribute("aria-labelledby", "tact-card-works");
    const worksTitle = document.createElement("h3");
    worksTitle.id = "tact-card-works";
    worksTitle.textContent = t("cardWorksTitle");
    this.strengths = document.createElement("ul");
    this.strengths.setAttribute("data-tact", "strengths");
    this.works.append(worksTitle, this.strengths);
    const keys = paragraph("keys", t("cardKeys", cardShortcutName()));
    keys.setAttribute("data-tact", "shortcut");
    this.panel.append(heading, this.scores, this.list, this.empty, this.works, keys);
    this.panel.addEventListener("keydown", (event) => this.onKey(event));
    // Keys typed in the card are Tact's: the site's own shortcuts must not see them.
    for (const type of ["keydown", "keyup", "keypress"] as const) {
      this.panel.addEventListener(type, (event) => event.stopPropagation());
    }
    overlay.layer.append(this.panel);
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  get element(): HTMLElement {
    return this.panel;
  }

  /** The findings listed now, issues and strengths. */
  get findings(): Finding[] {
    return this.items.map((item) => item.finding);
  }

  /**
   * Opens the card near `anchor` (a viewport rectangle), off the `draft`'s box where there is room, and else off
   * `lines` (the box of the words it talks about); `focus` moves the keyboard focus into it.
   */
  open(
    items: CardItem[],
    summary: CardSummary,
    anchor: DOMRect,
    draft: DOMRect,
    focus: boolean,
    lines: DOMRect | null = null,
  ): void {
    this.refused.clear();
    this.render(items, summary);
    this.panel.hidden = false;
    this.place(anchor, draft);
    if (lines && this.covers(lines)) this.place(anchor, lines);
    if (focus) this.focusFirst();
  }

  /** Shows the findings again after a new report; closes when none of them is left. */
  update(items: CardItem[], summary: CardSummary): void {
    if (!this.isOpen) return;
    if (items.length === 0) {
      this.close(focusedIn(this.panel) !== null);
      return;
    }
    const hadFocus = focusedIn(this.panel) !== null;
    this.render(items, summary);
    if (hadFocus) this.focusFirst();
  }

  close(returnFocus: boolean): void {
    if (!this.isOpen) return;
    this.panel.hidden = true;
    this.items = [];
    this.refused.clear();
    this.list.replaceChildren();
    this.actions.closed(returnFocus);
  }

  private render(items: CardItem[], summary: CardSummary): void {
    this.items = items;
    this.scores.replaceChildren(...renderScores(summary));
    const issues = items.filter((item) => !isStrength(item.finding));
    const strengths = items.filter((item) => isStrength(item.finding));
    this.list.replaceChildren(...issues.map((item) => this.renderItem(item)));
    this.strengths.replaceChildren(...strengths.map((item) => this.renderStrength(item)));
    this.empty.hidden = issues.length > 0 || !isReadable(summary.report);
    this.works.hidden = strengths.length === 0;
  }

  private renderItem({ finding, quote }: CardItem): HTMLLIElement {
    const item = listItem(finding, "item");
    const principle = principleLabel(finding, "cardKindSuggestion");
    const message = paragraph("message", finding.message);
    const rewrite = paragraph("rewrite", "");
    const actions = document.createElement("div");
    actions.className = "actions";
    if (finding.replacement !== undefined && finding.replacement !== null) {
      const replacement = finding.replacement;
      const removed = document.createElement("del");
      removed.textContent = quote;
      const added = document.createElement("ins");
      added.textContent = replacement || t("rewriteRemove");
      rewrite.append(removed, " → ", added);
      const apply = applyButton(finding, quote, rewrite);
      apply.addEventListener("click", () => this.apply(finding, apply, item));
      actions.append(apply);
    } else {
      rewrite.classList.add("quote");
      rewrite.textContent = t("quoted", quote);
    }
    const dismiss = button(t("cardDismiss"), "dismiss");
    dismiss.setAttribute("aria-label", t("cardDismissLabel", quote));
    dismiss.addEventListener("click", () => this.actions.dismiss(finding));
    const turnOff = button(t("cardTurnOff"), "turn-off");
    turnOff.addEventListener("click", () => this.actions.turnOff(finding));
    actions.append(dismiss, turnOff);
    item.append(principle, message, rewrite, actions);
    const refused = this.refused.get(refusalKey(finding));
    if (refused) item.append(paragraph("note", refused));
    return item;
  }

  /** A strength: what it is and the words, with only a dismiss (nothing to apply, no rule worth turning off). */
  private renderStrength({ finding, quote }: CardItem): HTMLLIElement {
    const item = listItem(finding, "strength");
    const message = paragraph("message", finding.message);
    const words = paragraph("rewrite quote", t("quoted", quote));
    const dismiss = button(t("cardDismiss"), "dismiss");
    dismiss.setAttribute("aria-label", t("cardHideStrengthLabel", quote));
    dismiss.addEventListener("click", () => this.actions.dismiss(finding));
    const actions = document.createElement("div");
    actions.className = "actions";
    actions.append(dismiss);
    item.append(principleLabel(finding, "cardKindStrength"), message, words, actions);
    return item;
  }

  private async apply(finding: Finding, control: HTMLButtonElement, item: HTMLLIElement): Promise<void> {
    control.disabled = true;
    let outcome: ApplyOutcome = "refused";
    try {
      outcome = await this.actions.apply(finding);
    } finally {
      control.disabled = false;
    }
    if (outcome === "applied") {
      this.close(true);
      return;
    }
    if (!this.isOpen) return;
    const note = t(outcome === "changed" ? "rewriteChanged" : "rewriteRefused");
    this.refused.set(refusalKey(finding), note);
    // Announced in the overlay's live region, which outlives the list: the item is redrawn by each new report.
    this.overlay.announce(note);
    const shown = item.isConnected ? item : this.itemOf(finding);
    if (shown && !shown.querySelector(".note")) shown.append(paragraph("note", note));
  }

  /** The list item on screen now for a finding. */
  private itemOf(finding: Finding): Element | undefined {
    const key = refusalKey(finding);
    const issues = this.items.filter((entry) => !isStrength(entry.finding));
    const index = issues.findIndex((entry) => refusalKey(entry.finding) === key);
    return index >= 0 ? this.list.children[index] : undefined;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "Escape") {
      event.preventDefault();
      this.close(true);
    } else if (event.key === "Tab") {
      trapTab(this.panel, event);
    }
  }

  private focusFirst(): void {
    const first = this.panel.querySelector<HTMLElement>(".item button") ?? this.panel.querySelector("button");
    first?.focus({ preventScroll: true });
  }

  /**
   * Puts the card by `anchor` (the badge, or the underlined words) without covering the draft (`draft`, the
   * composer's box) where the window has room: under the draft (and the badge), else over it, else beside it; when
   * none fits whole, it docks in the larger space under or over the draft, shortened to it (it scrolls), and only
   * in a window too small for even that does it sit by the anchor over the draft.
   */
  private place(anchor: DOMRect, draft: DOMRect): void {
    this.panel.style.maxHeight = "";
    const width = this.panel.offsetWidth;
    const height = this.panel.offsetHeight;
    const [viewWidth, viewHeight] = [window.innerWidth, window.innerHeight];
    const left = Math.min(Math.max(EDGE_PX, anchor.left), Math.max(EDGE_PX, viewWidth - width - EDGE_PX));
    const top = Math.min(Math.max(EDGE_PX, anchor.top), Math.max(EDGE_PX, viewHeight - height - EDGE_PX));
    const below = Math.max(draft.bottom, anchor.bottom) + GAP_PX;
    const above = Math.min(draft.top, anchor.top) - GAP_PX;
    const spots = [
      { fits: below + height <= viewHeight - EDGE_PX, left, top: below },
      { fits: above - height >= EDGE_PX, left, top: above - height },
      { fits: draft.right + GAP_PX + width <= viewWidth - EDGE_PX, left: draft.right + GAP_PX, top },
      { fits: draft.left - GAP_PX - width >= EDGE_PX, left: draft.left - GAP_PX - width, top },
    ];
    const spot = spots.find((candidate) => candidate.fits);
    if (spot) {
      this.moveTo(spot.left, spot.top);
      return;
    }
    const roomBelow = viewHeight - EDGE_PX - below;
    const roomAbove = above - EDGE_PX;
    if (Math.max(roomBelow, roomAbove) >= MIN_DOCK_PX) {
      const room = Math.max(roomBelow, roomAbove);
      this.panel.style.maxHeight = `${room}px`;
      this.moveTo(left, roomBelow >= roomAbove ? below : above - Math.min(height, room));
      return;
    }
    const under = anchor.bottom + GAP_PX;
    this.moveTo(left, under + height <= viewHeight ? under : Math.max(EDGE_PX, anchor.top - height - GAP_PX));
  }

  /** Whether the card, where it is now, covers any of `box`. */
  private covers(box: DOMRect): boolean {
    const card = this.panel.getBoundingClientRect();
    return card.right > box.left && card.left < box.right && card.bottom > box.top && card.top < box.bottom;
  }

  private moveTo(left: number, top: number): void {
    this.panel.style.left = `${left}px`;
    this.panel.style.top = `${top}px`;
  }
}

/** The card's distance from the draft and the badge, and from the window's edges. */
const GAP_PX = 6;
const EDGE_PX = 4;
/** The shortest the card docks to beside a draft, rather than sitting over it. */
const MIN_DOCK_PX = 160;

/** A finding's identity for its refused rewrite: its rule, its span and the rewrite (the draft is unchanged then). */
function refusalKey(finding: Finding): string {
  return `${finding.rule}\u0000${finding.start}\u0000${finding.end}\u0000${finding.replacement ?? ""}`;
}

/** A card entry for a finding: an issue (`data-tact=item`) or a strength (`data-tact=strength`). */
function listItem(finding: Finding, hook: "item" | "strength"): HTMLLIElement {
  const item = document.createElement("li");
  item.className = hook === "strength" ? "item strength" : "item";
  item.setAttribute("data-tact", hook);
  tagWithFinding(item, finding);
  return item;
}

/** A `<p>` of the given class whose text is `text` (set as text, never as markup). */
export function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement("p");
  element.className = className;
  element.textContent = text;
  return element;
}

/** The principle a finding serves, after a word for screen readers that says whether it is a suggestion or a strength. */
function principleLabel(finding: Finding, kind: "cardKindSuggestion" | "cardKindStrength"): HTMLSpanElement {
  const principle = document.createElement("span");
  principle.className = "principle";
  const dot = document.createElement("span");
  dot.className = "dot";
  const spoken = document.createElement("span");
  spoken.className = "sr-only";
  spoken.textContent = `${t(kind)} `;
  principle.append(dot, spoken, principleName(finding.principle));
  return principle;
}

/** Ids for the elements a button's description points to (unique in Tact's shadow root). */
let nextId = 0;

/**
 * "Use this wording" (or "Remove it") for a finding with a rewrite: its name is what it shows, and it is described by
 * the rewrite beside it (`rewrite`, given an id), so that a screen reader hears both what it does and to what.
 */
export function applyButton(finding: Finding, quote: string, rewrite: HTMLElement): HTMLButtonElement {
  const replacement = finding.replacement ?? "";
  const apply = button(t(replacement ? "applyUse" : "applyRemove"), "apply");
  apply.classList.add("primary");
  rewrite.id ||= `tact-rewrite-${++nextId}`;
  apply.setAttribute("aria-describedby", rewrite.id);
  apply.title = replacement ? t("applyReplaceTitle", quote, replacement) : t("applyRemoveTitle", quote);
  return apply;
}

/** The card's first lines: each score, its verdict, and the words that moved it most; or why there are none. */
function renderScores({ report, text, thresholds }: CardSummary): HTMLElement[] {
  if (!isReadable(report)) {
    const note = paragraph("english-only", t("cardNotRead"));
    note.setAttribute("data-tact", "english-only");
    return [note];
  }
  const list = document.createElement("ul");
  for (const axis of AXES) {
    const value = report.scores[axis];
    const verdict = verdictOf(axis, value, thresholds);
    const row = document.createElement("li");
    row.className = "why";
    row.dataset.axis = axis;
    row.dataset.verdict = verdict;
    const head = document.createElement("span");
    head.className = `score ${axis}`;
    head.dataset.verdict = verdict;
    const mark = document.createElement("span");
    mark.className = "axis-mark";
    const shape = document.createElement("span");
    shape.className = "shape";
    head.append(mark, t("axisScore", axisName(axis), String(percent(value))), shape);
    const words = verdictWords(verdict);
    const judged = document.createElement("span");
    judged.className = "verdict";
    judged.textContent = ` ${AXIS_INFO[axis].higherIsBetter ? words : t("cardVerdictLower", words)}`;
    row.append(head, judged);
    const drivers = topDrivers(report, text, axis);
    if (drivers.length > 0) {
      const because = document.createElement("span");
      because.className = "drivers";
      because.setAttribute("data-tact", "drivers");
      because.textContent = t("cardWhy", driversText(drivers));
      row.append(because);
    }
    list.append(row);
  }
  return [list];
}

/** A button with a `data-tact` hook. */
export function button(label: string, hook: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  element.setAttribute("data-tact", hook);
  return element;
}

/** The element focused inside `panel` (which sits in a shadow root), if any. */
export function focusedIn(panel: HTMLElement): Element | null {
  const root = panel.getRootNode();
  const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
  return active && panel.contains(active) ? active : null;
}

/** Keeps Tab and Shift+Tab cycling inside a dialog. */
export function trapTab(panel: HTMLElement, event: KeyboardEvent): void {
  const focusable = [...panel.querySelectorAll<HTMLElement>("button, textarea, input, [tabindex='0']")].filter(
    (element) => !element.hidden && !(element as HTMLButtonElement).disabled && element.offsetParent !== null,
  );
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = focusedIn(panel);
  if (event.shiftKey && (active === first || !active)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !active)) {
    event.preventDefault();
    first.focus();
  }
}
