// Underlines under the words that drive each score, without touching the site's editor: issues get a wavy underline
// in their principle's colour, strengths only a thin dotted green one. The CSS Custom Highlight API draws them in a
// contenteditable, a mirror element in Tact's overlay over a textarea.

import type { Finding, Principle } from "../shared/report";
import type { Overlay, Theme } from "./overlay";
import { isTextField, mapText, mapTextFrom, rangeFor, readText, type TextMap } from "./text";
import { PRINCIPLE_COLORS, PRINCIPLES, STRENGTH_COLORS } from "../shared/palette";
import { findingsAt, isStrength, tagWithFinding } from "./findings";
import { type Edit, LONG_DRAFT_CHARS, editBetween } from "./long-drafts";
import { type Underline, underlinesOf } from "./underlines";

/** The highlight registry name of the strengths' underlines: `::highlight(tact-strength)`. */
export const STRENGTH_HIGHLIGHT = "tact-strength";

/** The highlight registry name of a principle's issue underlines: `::highlight(tact-respecting)`. */
export function highlightName(principle: Principle): string {
  return `tact-${principle}`;
}

/** The highlight a finding is drawn in: its principle's for an issue, the strengths' one for a strength. */
export function highlightOf(finding: Finding): string {
  return isStrength(finding) ? STRENGTH_HIGHLIGHT : highlightName(finding.principle);
}

/**
 * Where an issue's wavy underline runs: right under the baseline, 1px thick, so that the wave (Chromium paints a 1px
 * one from 1 to 4 px under its offset) stays within its line, not on a field's bottom border right under the text
 * (YouTube): 1.5px at 3px ran 3 to 10 px under the baseline. The mirror over a textarea draws the same (overlay.ts).
 */
export const ISSUE_LINE = "text-decoration-thickness: 1px; text-underline-offset: 0;";
/** Where a strength's dotted underline runs: as an issue's, a little lower and flat. */
export const STRENGTH_LINE = "text-decoration-thickness: 1px; text-underline-offset: 0.15em;";

/** The `::highlight()` rules for a theme (they must live in the editor's own tree scope, so not in the overlay). */
export function highlightCss(theme: Theme): string {
  const issues = PRINCIPLES.map(
    (principle) =>
      `::highlight(${highlightName(principle)}) { text-decoration: underline wavy ${PRINCIPLE_COLORS[principle][theme]}; ` +
      `text-decoration-skip-ink: none; ${ISSUE_LINE} }`,
  );
  const strengths =
    `::highlight(${STRENGTH_HIGHLIGHT}) { text-decoration: underline dotted ${STRENGTH_COLORS[theme]}; ` +
    `text-decoration-skip-ink: none; ${STRENGTH_LINE} }`;
  return [...issues, strengths].join("\n");
}

/** Whether an underline stands for issues (its first finding is one) rather than a strength. */
function isIssueLine(underline: Underline): boolean {
  return !isStrength(underline.findings[0]);
}

/**
 * The marks a textarea's mirror draws, in text order and not overlapping (a mirror's spans cannot overlap), drawn as
 * a contenteditable's highlights are: an issue's underline held by a longer one (a word in a sentence-wide finding) is
 * cut out of it, so that the stretches before, inside and after it run as one underline with the word in its own
 * colour; the word's stretch stands for every issue over it (its card lists them all), the rest for the longer one.
 * Where a strength and an issue overlap, the issue is marked; strengths that overlap each other keep the first.
 */
export function mirrorMarks(underlines: readonly Underline[]): Underline[] {
  const byStart = (a: Underline, b: Underline) => a.start - b.start || a.end - b.end;
  const issues = underlines.filter((underline) => isIssueLine(underline) && underline.start < underline.end);
  const marks = issueStretches(issues);
  // The furthest end of the issues up to each one, to find in O(log n) whether a strength overlaps any issue.
  const sorted = [...issues].sort(byStart);
  const reach: number[] = [];
  for (const issue of sorted) reach.push(Math.max(issue.end, reach.at(-1) ?? 0));
  const overlapsIssue = (underline: Underline) => {
    let low = 0;
    let high = sorted.length; // the issues starting before the underline ends are sorted[0, high)
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle].start < underline.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && reach[low - 1] > underline.start;
  };
  let end = Number.NEGATIVE_INFINITY;
  for (const strength of underlines.filter((underline) => !isIssueLine(underline)).sort(byStart)) {
    if (strength.start >= strength.end || strength.start < end || overlapsIssue(strength)) continue;
    marks.push(strength);
    end = strength.end;
  }
  return marks.sort(byStart);
}

/**
 * The issues' underlines cut where one starts or ends inside another: each stretch covered by the same underlines is
 * one mark, standing for their findings, the shortest underline's first (it gives the colour, as it is drawn on top).
 */
function issueStretches(issues: readonly Underline[]): Underline[] {
  const bounds = [...new Set(issues.flatMap((issue) => [issue.start, issue.end]))].sort((a, b) => a - b);
  const starting = new Map<number, Underline[]>();
  for (const issue of issues) starting.set(issue.start, [...(starting.get(issue.start) ?? []), issue]);
  const stretches: Underline[] = [];
  let active: Underline[] = [];
  let last: { over: Underline[]; mark: Underline } | null = null;
  for (let index = 0; index + 1 < bounds.length; index++) {
    const [from, to] = [bounds[index], bounds[index + 1]];
    active = [...active.filter((issue) => issue.end > from), ...(starting.get(from) ?? [])];
    if (active.length === 0) {
      last = null;
      continue;
    }
    const over = [...active].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
    if (last && last.mark.end === from && sameMembers(last.over, over)) {
      last.mark.end = to;
      continue;
    }
    const mark: Underline = { start: from, end: to, findings: over.flatMap((issue) => issue.findings) };
    stretches.push(mark);
    last = { over, mark };
  }
  return stretches;
}

function sameMembers(a: readonly Underline[], b: readonly Underline[]): boolean {
  return a.length === b.length && a.every((underline, index) => underline === b[index]);
}

/** A stretch of a textarea's mirror: plain text, or an underline's mark, over `[start, end)` of the text. */
export interface MirrorSegment {
  start: number;
  end: number;
  underline: Underline | null;
}

/** The mirror's stretches for `text` and its marks (in text order, not overlapping): no empty plain stretch. */
export function mirrorSegments(text: string, marks: readonly Underline[]): MirrorSegment[] {
  const segments: MirrorSegment[] = [];
  let at = 0;
  for (const underline of marks) {
    if (underline.start > at) segments.push({ start: at, end: underline.start, underline: null });
    segments.push({ start: underline.start, end: underline.end, underline });
    at = underline.end;
  }
  if (text.length > at) segments.push({ start: at, end: text.length, underline: null });
  return segments;
}

/** Whether two stretches look the same in the mirror: the same kind of mark (or none) over the same offsets. */
function drawnAlike(old: MirrorSegment, start: number, end: number, wanted: MirrorSegment): boolean {
  if (wanted.start !== start || wanted.end !== end) return false;
  if (!old.underline || !wanted.underline) return old.underline === wanted.underline;
  return drawnKinds(old.underline) === drawnKinds(wanted.underline);
}

/**
 * How many of the mirror's stretches an edit leaves as they are: `head` at the start (wholly before the edit, drawn
 * alike) and `tail` at the end (wholly after it, drawn alike once moved by the edit's length).
 */
export function keptSegments(
  old: readonly MirrorSegment[],
  wanted: readonly MirrorSegment[],
  edit: Edit,
): { head: number; tail: number } {
  const most = Math.min(old.length, wanted.length);
  let head = 0;
  while (
    head < most &&
    old[head].end <= edit.start &&
    drawnAlike(old[head], old[head].start, old[head].end, wanted[head])
  )
    head++;
  const delta = edit.newEnd - edit.oldEnd;
  let tail = 0;
  while (tail < most - head) {
    const before = old[old.length - 1 - tail];
    const now = wanted[wanted.length - 1 - tail];
    if (before.start < edit.oldEnd || !drawnAlike(before, before.start + delta, before.end + delta, now)) break;
    tail++;
  }
  return { head, tail };
}

/** A mirror stretch with its node: a text node, or a mark's `<span>`. */
interface DrawnSegment extends MirrorSegment {
  node: ChildNode;
}

function drawnSegment(text: string, segment: MirrorSegment): DrawnSegment {
  const { start, end, underline } = segment;
  if (!underline) return { ...segment, node: document.createTextNode(text.slice(start, end)) };
  const mark = document.createElement("span");
  mark.className = "mark";
  mark.setAttribute("data-tact", "mark");
  tagUnderline(mark, underline);
  mark.dataset.start = String(start);
  mark.dataset.end = String(end);
  mark.textContent = text.slice(start, end);
  return { ...segment, node: mark };
}

/** Moves a kept stretch by an edit's length (its text did not change, only where it starts). */
function moveSegment(segment: DrawnSegment, delta: number): void {
  segment.start += delta;
  segment.end += delta;
  if (segment.node instanceof HTMLElement) {
    segment.node.dataset.start = String(segment.start);
    segment.node.dataset.end = String(segment.end);
  }
}

/**
 * One underline drawn in a contenteditable: its span in the text it was drawn for, its findings, its live range and
 * the text the range held when drawn.
 */
interface Drawn extends Underline {
  range: Range;
  text: string;
}

/** Style properties a mirror copies from its textarea, so that its text wraps exactly like the textarea's. */
const MIRRORED = [
  "fontFamily",
  "fontSize",
  "fontWeight",
  "fontStyle",
  "fontVariant",
  "fontStretch",
  "fontKerning",
  "fontFeatureSettings",
  "letterSpacing",
  "wordSpacing",
  "lineHeight",
  "textTransform",
  "textIndent",
  "textAlign",
  "direction",
  "tabSize",
  "whiteSpace",
  "wordBreak",
  "overflowWrap",
  "paddingTop",
  "paddingBottom",
  "paddingLeft",
  "borderTopWidth",
  "borderRightWidth",
  "borderBottomWidth",
  "borderLeftWidth",
] as const;

/** Draws one composer's underlines at a time. */
export class Highlighter {
  private editor: HTMLElement | null = null;
  private drawn: Drawn[] = [];
  /** The contenteditable text `drawn` was drawn for (null: nothing drawn to build on). */
  private drawnText: string | null = null;
  /** Each registered highlight by its name (`tact-<principle>` for issues, `tact-strength`). */
  private readonly highlights = new Map<string, Highlight>();
  private mirror: HTMLDivElement | null = null;
  /**
   * What the mirror shows: the textarea text it was drawn for, its findings, its stretches in order and the node that
   * ends it.
   */
  private mirrored: { text: string; findings: Finding[]; segments: DrawnSegment[]; end: Text } | null = null;
  private readonly sheet = new CSSStyleSheet();
  private theme: Theme | null = null;

  constructor(private readonly overlay: Overlay) {}

  /** Whether this browser can underline a contenteditable (Chrome 105 and later can). */
  static supported(): boolean {
    return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
  }

  /** Underlines `findings` (offsets into `text`) in `editor`; nothing is drawn if the editor no longer holds `text`. */
  draw(editor: HTMLElement, text: string, findings: readonly Finding[], theme: Theme): void {
    if (editor !== this.editor) this.clear();
    this.editor = editor;
    this.useTheme(editor, theme);
    if (isTextField(editor)) {
      this.drawMirror(editor, text, findings);
    } else {
      this.drawRanges(editor, text, findings);
    }
  }

  /** Removes every underline. */
  clear(): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.drawn = [];
    this.drawnText = null;
    this.mirror?.remove();
    this.mirror = null;
    this.mirrored = null;
    this.editor = null;
  }

  /**
   * Drops the underlines an edit made stale (their words changed or moved) rather than leave them misplaced. Called on
   * every edit; the next report draws the new ones.
   */
  revalidate(): void {
    const editor = this.editor;
    if (!editor) return;
    if (!editor.isConnected) {
      this.clear();
      return;
    }
    if (isTextField(editor)) {
      if (!this.mirrored) return;
      const now = editor.value;
      if (now === this.mirrored.text) return;
      // A long draft's mirror is rebuilt by the quick pass that follows each edit (long-drafts.ts): building it twice
      // per keystroke is what typing in it would cost.
      if (now.length >= LONG_DRAFT_CHARS) return;
      // An underline stays where the text up to its end is unchanged: before the edit's start.
      const { start } = editBetween(this.mirrored.text, now);
      const still = this.mirrored.findings.filter((finding) => finding.end <= start);
      this.drawMirror(editor, now, still);
      return;
    }
    const stale = this.drawn.filter((entry) => entry.range.collapsed || entry.range.toString() !== entry.text);
    for (const entry of stale) this.highlights.get(highlightOfLine(entry))?.delete(entry.range);
    if (stale.length) this.drawn = this.drawn.filter((entry) => !stale.includes(entry));
  }

  /** Keeps a textarea's mirror over its textarea (after a scroll, a resize, a layout change). */
  place(): void {
    const editor = this.editor;
    if (!editor || !this.mirror || !isTextField(editor)) return;
    if (!editor.isConnected) {
      this.clear();
      return;
    }
    copyBox(editor, this.mirror);
  }

  /** The underlined findings under a viewport point in the editor, shortest first. */
  findingsAtPoint(x: number, y: number): Finding[] {
    const editor = this.editor;
    if (!editor) return [];
    if (isTextField(editor)) return this.mirrorFindingsAt(editor.selectionStart ?? -1);
    return shortestFirst(
      this.drawn
        .filter((entry) => [...entry.range.getClientRects()].some((rect) => inside(rect, x, y)))
        .flatMap((entry) => entry.findings),
    );
  }

  /** The underlined findings at the editor's caret, shortest first. */
  findingsAtCaret(): Finding[] {
    const editor = this.editor;
    if (!editor) return [];
    if (isTextField(editor)) return this.mirrorFindingsAt(editor.selectionEnd ?? -1);
    const selection = editor.ownerDocument.getSelection();
    const node = selection?.focusNode;
    if (!selection || !node || !editor.contains(node)) return [];
    return shortestFirst(
      this.drawn
        .filter((entry) => safeComparePoint(entry.range, node, selection.focusOffset) === 0)
        .flatMap((entry) => entry.findings),
    );
  }

  /** The findings at a caret offset in a textarea: those whose span holds it, and all of a mark that holds it. */
  private mirrorFindingsAt(offset: number): Finding[] {
    if (!this.mirrored) return [];
    const found = new Set(findingsAt(this.mirrored.findings, offset));
    for (const segment of this.mirrored.segments)
      if (segment.underline && segment.start <= offset && offset <= segment.end)
        for (const finding of segment.underline.findings) found.add(finding);
    return shortestFirst([...found]);
  }

  /** Where a finding is drawn, for placing its card; null when it is not (any more). */
  rectOf(finding: Finding): DOMRect | null {
    const editor = this.editor;
    if (!editor) return null;
    if (isTextField(editor)) {
      const mark = this.mirrored?.segments.find((segment) => segment.underline?.findings.includes(finding));
      return mark?.node instanceof HTMLElement ? mark.node.getBoundingClientRect() : editor.getBoundingClientRect();
    }
    const entry = this.drawn.find((drawn) => drawn.findings.includes(finding));
    return entry ? entry.range.getBoundingClientRect() : null;
  }

  /**
   * Draws a contenteditable's underlines. After an edit, the underlines away from it keep their live ranges (the DOM
   * moved them with the text) and only the others are mapped, from the nearest kept underline before them: typing in
   * a long draft maps the edited paragraph, not the whole draft.
   */
  /**
   * Draws a contenteditable's underlines. After an edit, the underlines away from it keep their live ranges (the DOM
   * moved them with the text) and only the others are mapped, from the nearest kept underline before them: typing in
   * a long draft maps the edited paragraph, not the whole draft.
   */
  private drawRanges(editor: HTMLElement, text: string, findings: readonly Finding[]): void {
    if (!Highlighter.supported()) return;
    const before = this.drawnText;
    const reusable = before === null ? new Map<string, Drawn>() : this.reusableRanges(editBetween(before, text));
    const drawn: Drawn[] = [];
    const missing: Underline[] = [];
    for (const underline of underlinesOf(findings)) {
      const key = rangeKey(underline, underline.start, underline.end);
      const kept = reusable.get(key);
      if (kept) {
        reusable.delete(key);
        drawn.push({ ...kept, ...underline });
      } else {
        missing.push(underline);
      }
    }
    for (const gone of reusable.values()) this.highlights.get(highlightOfLine(gone))?.delete(gone.range);
    this.drawn = drawn;
    this.drawnText = text;
    if (missing.length === 0) return;
    const map = this.mapFor(editor, text, missing);
    if (!map || map.text !== text) {
      // The DOM moved on, or cannot be lined up: draw nothing rather than wrong.
      for (const highlight of this.highlights.values()) highlight.clear();
      this.drawn = [];
      this.drawnText = null;
      return;
    }
    for (const underline of missing) {
      const range = rangeFor(map, underline.start, underline.end);
      if (!range || range.collapsed) continue;
      this.highlightFor(highlightOfLine(underline)).add(range);
      this.drawn.push({ ...underline, range, text: range.toString() });
    }
  }

  /** The drawn underlines an edit left alone, by where they are now (see `rangeKey`). */
  private reusableRanges(edit: Edit): Map<string, Drawn> {
    const delta = edit.newEnd - edit.oldEnd;
    const reusable = new Map<string, Drawn>();
    for (const entry of this.drawn) {
      const { start, end } = entry;
      if (end < edit.start) reusable.set(rangeKey(entry, start, end), entry);
      else if (start > edit.oldEnd) reusable.set(rangeKey(entry, start + delta, end + delta), entry);
      else this.highlights.get(highlightOfLine(entry))?.delete(entry.range);
    }
    return reusable;
  }

  /**
   * The text map to draw `missing` with: from the last kept underline before them where one starts on a letter and
   * still holds its text (its live range is a known place in the DOM), else the whole editor's.
   */
  private mapFor(editor: HTMLElement, text: string, missing: readonly Underline[]): TextMap | null {
    const first = missing.reduce((least, underline) => Math.min(least, underline.start), text.length);
    const last = missing.reduce((most, underline) => Math.max(most, underline.end), 0);
    let anchor: Drawn | null = null;
    for (const entry of this.drawn)
      if (entry.start <= first && (!anchor || entry.start > anchor.start) && /\S/.test(text[entry.start] ?? " "))
        anchor = entry;
    const node = anchor?.range.startContainer;
    if (!anchor || !(node instanceof Text) || anchor.range.toString() !== anchor.text) return mapText(editor);
    return mapTextFrom(editor, text, { node, offset: anchor.range.startOffset, at: anchor.start }, last);
  }

  private highlightFor(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      // Where an issue and a strength overlap, the issue's underline is drawn on top.
      highlight.priority = name === STRENGTH_HIGHLIGHT ? 0 : 1;
      this.highlights.set(name, highlight);
    }
    // Registered again on every use: a site (or another extension) may have cleared the registry.
    if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    return highlight;
  }

  /**
   * Draws the mirror of a textarea. Only what changed since the last drawing is rebuilt: the segments (plain text or
   * a mark) before the edit and after it stay in place, so typing in a long draft touches a few nodes, not thousands.
   */
  private drawMirror(editor: HTMLTextAreaElement | HTMLInputElement, text: string, findings: readonly Finding[]): void {
    if (readText(editor) !== text) {
      this.mirror?.replaceChildren();
      this.mirrored = null;
      return;
    }
    if (!this.mirror) {
      this.mirror = document.createElement("div");
      this.mirror.className = "mirror";
      this.mirror.setAttribute("data-tact", "mirror");
      this.mirror.setAttribute("aria-hidden", "true");
      this.overlay.layer.append(this.mirror);
    }
    const wanted = mirrorSegments(text, mirrorMarks(underlinesOf(findings)));
    const before = this.mirrored;
    if (before && this.mirror.lastChild === before.end) {
      const edit = editBetween(before.text, text);
      const kept = keptSegments(before.segments, wanted, edit);
      const delta = edit.newEnd - edit.oldEnd;
      const after = before.segments.slice(before.segments.length - kept.tail);
      for (const old of before.segments.slice(kept.head, before.segments.length - kept.tail)) old.node.remove();
      const next = after[0]?.node ?? before.end;
      const fresh = wanted.slice(kept.head, wanted.length - kept.tail).map((segment) => drawnSegment(text, segment));
      for (const segment of fresh) this.mirror.insertBefore(segment.node, next);
      if (delta !== 0) for (const segment of after) moveSegment(segment, delta);
      this.mirrored = {
        text,
        findings: [...findings],
        segments: [...before.segments.slice(0, kept.head), ...fresh, ...after],
        end: before.end,
      };
    } else {
      const segments = wanted.map((segment) => drawnSegment(text, segment));
      // A trailing line break needs a character after it to take up its line, as it does in the textarea.
      const end = document.createTextNode("\u200b");
      this.mirror.replaceChildren(...segments.map((segment) => segment.node), end);
      this.mirrored = { text, findings: [...findings], segments, end };
    }
    copyBox(editor, this.mirror);
  }

  private useTheme(editor: HTMLElement, theme: Theme): void {
    if (theme !== this.theme) {
      this.sheet.replaceSync(highlightCss(theme));
      this.theme = theme;
    }
    // `::highlight` rules apply in their own tree scope: the document, or the shadow root the editor sits in.
    const root = editor.getRootNode();
    const scope = root instanceof ShadowRoot ? root : editor.ownerDocument;
    if (!scope.adoptedStyleSheets.includes(this.sheet)) {
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
    }
  }
}

/** Puts the mirror exactly over the textarea, with the same box, font and scroll position. */
function copyBox(field: HTMLTextAreaElement | HTMLInputElement, mirror: HTMLDivElement): void {
  const style = getComputedStyle(field);
  const rect = field.getBoundingClientRect();
  for (const property of MIRRORED) mirror.style[property] = style[property];
  if (field instanceof HTMLInputElement) mirror.style.whiteSpace = "pre";
  // A scrollbar narrows the textarea's text: the mirror has none, so it pads the same width instead.
  const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
  const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
  mirror.style.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
  mirror.style.boxSizing = "border-box";
  mirror.style.left = `${rect.left}px`;
  mirror.style.top = `${rect.top}px`;
  mirror.style.width = `${rect.width}px`;
  mirror.style.height = `${rect.height}px`;
  mirror.hidden = rect.width === 0 && rect.height === 0;
  mirror.scrollTop = field.scrollTop;
  mirror.scrollLeft = field.scrollLeft;
}

/** What an underline draws for its findings: each one's rule, principle and effect. */
function drawnKinds(underline: Underline): string {
  return underline.findings.map((finding) => `${finding.rule}:${finding.principle}:${finding.effect}`).join(" ");
}

/** What identifies an underline that can stay drawn: what it draws, and where it is in the text now. */
function rangeKey(underline: Underline, start: number, end: number): string {
  return `${start}:${end}:${drawnKinds(underline)}`;
}

/** The highlight an underline is drawn in: its first finding's. */
function highlightOfLine(underline: Underline): string {
  return highlightOf(underline.findings[0]);
}

/**
 * Tags an underline's mark with its first finding's test hooks, and the rules of all its findings (`data-rules`,
 * space-separated) where it stands for several.
 */
function tagUnderline(mark: HTMLElement, underline: Underline): void {
  tagWithFinding(mark, underline.findings[0]);
  if (underline.findings.length > 1) mark.dataset.rules = underline.findings.map((finding) => finding.rule).join(" ");
}

function shortestFirst(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.end - a.start - (b.end - b.start));
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 2;
}

function safeComparePoint(range: Range, node: Node, offset: number): number {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return -1;
  }
}
