// Underlines under the words that drive each score, without touching the site's editor: issues get a wavy underline
// in their principle's colour, strengths only a thin dotted green one. The CSS Custom Highlight API draws them in a
// contenteditable, a mirror element in Tact's overlay over a textarea.

import type { Finding, Principle } from "../shared/report";
import type { Overlay, Theme } from "./overlay";
import { isTextField, mapText, rangeFor, readText } from "./text";
import { PRINCIPLE_COLORS, PRINCIPLES, STRENGTH_COLORS } from "../shared/palette";
import { findingsAt, isStrength, tagWithFinding } from "./findings";
import { LONG_DRAFT_CHARS, editBetween } from "./long-drafts";

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

/** The `::highlight()` rules for a theme (they must live in the editor's own tree scope, so not in the overlay). */
export function highlightCss(theme: Theme): string {
  const issues = PRINCIPLES.map(
    (principle) =>
      `::highlight(${highlightName(principle)}) { text-decoration: underline wavy ${PRINCIPLE_COLORS[principle][theme]}; ` +
      "text-decoration-skip-ink: none; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }",
  );
  const strengths =
    `::highlight(${STRENGTH_HIGHLIGHT}) { text-decoration: underline dotted ${STRENGTH_COLORS[theme]}; ` +
    "text-decoration-skip-ink: none; text-decoration-thickness: 1px; text-underline-offset: 4px; }";
  return [...issues, strengths].join("\n");
}

/**
 * The findings a textarea's mirror can mark, in text order: spans cannot overlap there, so where a strength and an
 * issue overlap, the issue is marked.
 */
export function mirrorMarks(findings: readonly Finding[]): Finding[] {
  const byStart = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;
  const issues = findings.filter((finding) => !isStrength(finding)).sort(byStart);
  // The furthest end of the issues up to each one, to find in O(log n) whether a strength overlaps any issue.
  const reach: number[] = [];
  for (const issue of issues) reach.push(Math.max(issue.end, reach.at(-1) ?? 0));
  const overlapsIssue = (finding: Finding) => {
    let low = 0;
    let high = issues.length; // the issues starting before the finding ends are issues[0, high)
    while (low < high) {
      const middle = (low + high) >> 1;
      if (issues[middle].start < finding.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && reach[low - 1] > finding.start;
  };
  const strengths = findings.filter((finding) => isStrength(finding) && !overlapsIssue(finding));
  const marks: Finding[] = [];
  // In start order, a finding overlaps an earlier mark exactly when it starts before the furthest end so far.
  let end = Number.NEGATIVE_INFINITY;
  for (const finding of [...issues, ...strengths].sort(byStart)) {
    if (finding.start >= finding.end || finding.start < end) continue;
    marks.push(finding);
    end = finding.end;
  }
  return marks;
}

/** One underline drawn in a contenteditable: its finding, its live range and the text the range held when drawn. */
interface Drawn {
  finding: Finding;
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
  /** Each registered highlight by its name (`tact-<principle>` for issues, `tact-strength`). */
  private readonly highlights = new Map<string, Highlight>();
  private mirror: HTMLDivElement | null = null;
  /** What the mirror shows: the textarea text it was drawn for, and its findings. */
  private mirrored: { text: string; findings: Finding[] } | null = null;
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
    for (const entry of stale) this.highlights.get(highlightOf(entry.finding))?.delete(entry.range);
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
    if (isTextField(editor))
      return this.mirrored ? findingsAt(this.mirrored.findings, editor.selectionStart ?? -1) : [];
    return this.drawn
      .filter((entry) => [...entry.range.getClientRects()].some((rect) => inside(rect, x, y)))
      .map((entry) => entry.finding)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** The underlined findings at the editor's caret, shortest first. */
  findingsAtCaret(): Finding[] {
    const editor = this.editor;
    if (!editor) return [];
    if (isTextField(editor)) return this.mirrored ? findingsAt(this.mirrored.findings, editor.selectionEnd ?? -1) : [];
    const selection = editor.ownerDocument.getSelection();
    const node = selection?.focusNode;
    if (!selection || !node || !editor.contains(node)) return [];
    return this.drawn
      .filter((entry) => safeComparePoint(entry.range, node, selection.focusOffset) === 0)
      .map((entry) => entry.finding)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** Where a finding is drawn, for placing its card; null when it is not (any more). */
  rectOf(finding: Finding): DOMRect | null {
    const editor = this.editor;
    if (!editor) return null;
    if (isTextField(editor)) {
      const mark = this.mirror?.querySelector(`[data-start="${finding.start}"][data-end="${finding.end}"]`);
      return mark ? mark.getBoundingClientRect() : editor.getBoundingClientRect();
    }
    const entry = this.drawn.find((drawn) => drawn.finding === finding);
    return entry ? entry.range.getBoundingClientRect() : null;
  }

  private drawRanges(editor: HTMLElement, text: string, findings: readonly Finding[]): void {
    for (const highlight of this.highlights.values()) highlight.clear();
    this.drawn = [];
    if (!Highlighter.supported()) return;
    const map = mapText(editor);
    if (!map || map.text !== text) return; // the DOM moved on, or cannot be lined up: draw nothing rather than wrong
    for (const finding of findings) {
      if (finding.start >= finding.end) continue;
      const range = rangeFor(map, finding.start, finding.end);
      if (!range || range.collapsed) continue;
      this.highlightFor(highlightOf(finding)).add(range);
      this.drawn.push({ finding, range, text: range.toString() });
    }
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
    const parts: Node[] = [];
    let at = 0;
    for (const finding of mirrorMarks(findings)) {
      parts.push(document.createTextNode(text.slice(at, finding.start)));
      const mark = document.createElement("span");
      mark.className = "mark";
      mark.setAttribute("data-tact", "mark");
      tagWithFinding(mark, finding);
      mark.dataset.start = String(finding.start);
      mark.dataset.end = String(finding.end);
      mark.textContent = text.slice(finding.start, finding.end);
      parts.push(mark);
      at = finding.end;
    }
    // A trailing line break needs a character after it to take up its line, as it does in the textarea.
    parts.push(document.createTextNode(`${text.slice(at)}\u200b`));
    this.mirror.replaceChildren(...parts);
    this.mirrored = { text, findings: [...findings] };
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
