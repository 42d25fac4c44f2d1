// An editor's text as the engine sees it, and the map from its UTF-16 offsets back to positions in the DOM.

/** Characters editors use as caret anchors, which are no part of what the user wrote. */
const CARET_ANCHORS = /[\u200b\ufeff]/g;
const CARET_ANCHOR = /[\u200b\ufeff]/;

/** The text with the editors' invisible caret anchors removed. */
export function cleanText(raw: string): string {
  return raw.replace(CARET_ANCHORS, "");
}

/** Whether the editor is a form field (its text is `.value` and its offsets are selection offsets). */
export function isTextField(editor: Element): editor is HTMLTextAreaElement | HTMLInputElement {
  return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;
}

/**
 * The draft as the engine sees it: a field's value, or a contenteditable's rendered text without caret anchors. An
 * editor that holds no character at all reads as empty, though the `<br>` of its empty line renders as "\n".
 */
export function readText(editor: HTMLElement): string {
  if (isTextField(editor)) return editor.value;
  const rendered = cleanText(editor.innerText);
  return /^\n*$/.test(rendered) && cleanText(editor.textContent ?? "") === "" ? "" : rendered;
}

/**
 * For each text node's characters, in order, the offset in `rendered` each one shows up at, or -1 for a character
 * that does not show (collapsed white space, a caret anchor). `rendered` is the text as `readText` gives it; the
 * line breaks it has and the nodes do not (from `<p>`, `<div>`, `<br>`) are skipped over. Null when the nodes do not
 * spell `rendered` (CSS changed the text, or hidden text got in): then no offset can be trusted.
 */
export function alignText(rendered: string, pieces: readonly string[]): number[][] | null {
  let at = 0;
  const result: number[][] = [];
  for (const piece of pieces) {
    const aligned = alignPiece(rendered, at, piece);
    if (!aligned) return null;
    result.push(aligned.offsets);
    at = aligned.at;
  }
  return /^\s*$/.test(rendered.slice(at)) ? result : null;
}

/** One text node's characters aligned from offset `at` of `rendered` (see `alignText`), and where the next starts. */
function alignPiece(rendered: string, at: number, piece: string): { offsets: number[]; at: number } | null {
  const offsets: number[] = [];
  for (const char of piece.split("")) {
    if (CARET_ANCHOR.test(char)) {
      offsets.push(-1);
      continue;
    }
    const found = nextMatch(rendered, at, char);
    if (found >= 0) {
      offsets.push(found);
      at = found + 1;
    } else if (/\s/.test(char)) {
      offsets.push(-1);
    } else {
      return null;
    }
  }
  return { offsets, at };
}

/** Where `char` shows at or after `at`, stepping only over the line breaks that block boundaries add. */
function nextMatch(rendered: string, at: number, char: string): number {
  for (let index = at; index < rendered.length; index++) {
    if (sameChar(rendered[index], char)) return index;
    if (rendered[index] !== "\n" && rendered[index] !== "\t") return -1;
  }
  return -1;
}

function sameChar(shown: string, written: string): boolean {
  return shown === written || (/[ \u00a0]/.test(shown) && /[ \u00a0]/.test(written));
}

/** A contenteditable's text together with the DOM position of each of its characters. */
export interface TextMap {
  text: string;
  /** For each offset of `text`, the text node and offset inside it that holds that character, if any does. */
  positions: ({ node: Text; offset: number } | undefined)[];
}

/** Maps a contenteditable's text to its text nodes, or null when they cannot be lined up (see `alignText`). */
export function mapText(editor: HTMLElement): TextMap | null {
  const text = readText(editor);
  const nodes = [...renderedTextNodes(editor)];
  const aligned = alignText(
    text,
    nodes.map((node) => node.data),
  );
  if (!aligned) return null;
  const positions: TextMap["positions"] = new Array(text.length).fill(undefined);
  aligned.forEach((offsets, index) => {
    offsets.forEach((at, offset) => {
      if (at >= 0) positions[at] = { node: nodes[index], offset };
    });
  });
  return { text, positions };
}

/**
 * A map of part of a contenteditable's `text` (as `readText` gave it): from a known place, the character at `from.at`
 * shown at `from.offset` of the text node `from.node`, up to offset `until` at least. The characters outside are not
 * mapped. Null when the nodes cannot be lined up with the text there. Used to redraw what an edit touched in a long
 * draft without mapping all of it.
 */
export function mapTextFrom(
  editor: HTMLElement,
  text: string,
  from: { node: Text; offset: number; at: number },
  until: number,
): TextMap | null {
  const positions: TextMap["positions"] = new Array(text.length);
  let at = from.at;
  for (const node of renderedTextNodes(editor, from.node)) {
    if (at >= until) break;
    const skip = node === from.node ? from.offset : 0;
    const aligned = alignPiece(text, at, node.data.slice(skip));
    if (!aligned) return null;
    aligned.offsets.forEach((shown, offset) => {
      if (shown >= 0) positions[shown] = { node, offset: offset + skip };
    });
    at = aligned.at;
  }
  return { text, positions };
}

/** The text nodes under `root` that are rendered (innerText skips the others), from `first` when it is given. */
function* renderedTextNodes(root: HTMLElement, first?: Text): Generator<Text> {
  const visible = new Map<Element, boolean>();
  const isVisible = (element: Element): boolean => {
    let known = visible.get(element);
    if (known === undefined) {
      known = typeof element.checkVisibility === "function" ? element.checkVisibility() : true;
      visible.set(element, known);
    }
    return known;
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node: Node | null;
  if (first) {
    walker.currentNode = first;
    node = first;
  } else {
    node = walker.nextNode();
  }
  for (; node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && isVisible(parent)) yield node as Text;
  }
}

/**
 * The DOM range over the characters [start, end) of the map's text. Line breaks that only exist between blocks are
 * left out of the range, so a span over them cannot be selected exactly: the caller reads the text back to find out.
 * An empty span gives a collapsed range at that place. Null when no character is mapped near the span.
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  let first: number | undefined;
  let last: number | undefined;
  for (let index = start; index < end; index++) {
    if (map.positions[index]) {
      first ??= index;
      last = index;
    }
  }
  const range = new Range();
  if (first !== undefined && last !== undefined) {
    const from = map.positions[first];
    const to = map.positions[last];
    if (!from || !to) return null;
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset + 1);
    return range;
  }
  const point = caretPoint(map, start);
  if (!point) return null;
  range.setStart(point.node, point.offset);
  range.collapse(true);
  return range;
}

/** A caret position at text offset `at`: after the character before it, else before the next mapped one. */
function caretPoint(map: TextMap, at: number): { node: Text; offset: number } | null {
  const before = map.positions[at - 1];
  if (before) return { node: before.node, offset: before.offset + 1 };
  for (let index = at; index < map.positions.length; index++) {
    const after = map.positions[index];
    if (after) return after;
  }
  for (let index = at - 2; index >= 0; index--) {
    const earlier = map.positions[index];
    if (earlier) return { node: earlier.node, offset: earlier.offset + 1 };
  }
  return null;
}
