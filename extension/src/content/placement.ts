// Where Tact's badge may sit: spots around (or in the corner of) a composer that cover none of the page's controls,
// none of its text (the draft's own lines included), not the post being answered, and never half over the composer.

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a spot must leave alone. */
export interface Keep {
  /** The composer the badge belongs to. */
  composer: Element;
  /** Tact's own host element, which hit tests look through. */
  own: Element | null;
  /** The boxes of the post being answered (the badge never sits over them). */
  avoid: readonly Box[];
}

/** What a person may click on a page: the badge must not sit over any of it (its composer aside). */
const CONTROLS =
  "button, [role=button], a[href], input, select, textarea, [contenteditable]:not([contenteditable=false]), label";

/** The smallest width or height of a control the badge must not cover (WCAG's minimum target size). */
const CONTROL_MIN_PX = 24;

/** The gap between the badge and the composer's edge, inside or outside it. */
const GAP_PX = 4;

/** At most this many text nodes are measured under one element the badge would cover (a whole page is not read). */
const TEXT_NODE_BUDGET = 400;

/** How far a box drawn around the editor (its rounded field) may reach beyond it and still be the field. */
const FIELD_MARGIN_PX = 32;

/**
 * The editor must be this many times the badge's height for the badge to sit in its corner: a click in the middle of
 * the editor (to put the caret there) must never land on the badge.
 */
const CORNER_SHARE = 3;

/** How far apart the rows further under the field are tried (past a row of controls under it), and how many. */
const FURTHER_STEP_PX = 24;
const FURTHER_STEPS = 3;

/** How far apart the spots along a row are tried, and how many on each side. */
const ROW_STEP_PX = 48;
const ROW_STEPS = 12;

/** How far the block showing a post (its card: the author line, the padding) may reach beyond the post's text. */
const POST_BLOCK_MARGIN_PX = 96;

/** Whether `outer` holds `inner` with at most `margin` px to spare on every side. */
function hugs(inner: Box, outer: Box, margin: number): boolean {
  return (
    inner.left - outer.left <= margin &&
    outer.right - inner.right <= margin &&
    inner.top - outer.top <= margin &&
    outer.bottom - inner.bottom <= margin
  );
}

/**
 * The box of the block showing a post being answered: the element of its text widened to the outermost ancestor that
 * does not hold the composer and stays within 96 px of the text on every side (the post's card, with its author line
 * and its padding), so that the badge keeps off the whole card, not only its words.
 */
export function postBox(post: Element, composer: Element): Box {
  const text = post.getBoundingClientRect();
  let box: Box = text;
  for (let element = post.parentElement; element && !element.contains(composer); element = element.parentElement) {
    const around = element.getBoundingClientRect();
    if (!hugs(text, around, POST_BLOCK_MARGIN_PX)) break;
    box = around;
  }
  return box;
}

/**
 * The composer's field as people see it: the outermost of its few nearest ancestors that hugs it (within 32 px on
 * every side), such as the rounded box around a one-line editor; the editor's own box when none does.
 */
export function fieldBox(composer: Element): Box {
  const own = composer.getBoundingClientRect();
  let field: Box = own;
  let element = composer.parentElement;
  for (let depth = 0; element && depth < 4; depth++, element = element.parentElement) {
    const box = element.getBoundingClientRect();
    if (!hugs(own, box, FIELD_MARGIN_PX)) break;
    // A field may be drawn narrower than an editor that overflows it (a textarea at 100% width plus padding).
    field = {
      left: Math.min(field.left, box.left),
      top: Math.min(field.top, box.top),
      right: Math.max(field.right, box.right),
      bottom: Math.max(field.bottom, box.bottom),
    };
  }
  return field;
}

/**
 * The spots a badge of `width` × `height` may take for a composer whose editor is drawn at `editor` and its field at
 * `box`, best first: inside the editor's own bottom-right corner (a contenteditable three times the badge's height; a
 * textarea's lines cannot be measured), then outside the field, under and over its right end, beside it, under and over its left
 * end, then a little further under it (past the row of controls a composer often has there, such as its Post
 * button), at either end, then further along the first rows. Each is kept inside the viewport.
 */
export function candidateSpots(editor: Box, box: Box, width: number, height: number, corner: boolean): Box[] {
  const rows = [box.bottom + GAP_PX, box.top - height - GAP_PX, box.bottom - height];
  const along = rows.flatMap((top) =>
    Array.from({ length: ROW_STEPS }, (_, step) => [
      { left: box.right - width - (step + 1) * ROW_STEP_PX, top },
      { left: box.right + GAP_PX + (step + 1) * ROW_STEP_PX, top },
    ]).flat(),
  );
  const spots = [
    ...(corner &&
    editor.bottom - editor.top >= CORNER_SHARE * height &&
    editor.right - editor.left >= width + 2 * GAP_PX
      ? [{ left: editor.right - width - GAP_PX, top: editor.bottom - height - GAP_PX }]
      : []),
    { left: box.right - width, top: box.bottom + GAP_PX },
    { left: box.right - width, top: box.top - height - GAP_PX },
    { left: box.right + GAP_PX, top: box.bottom - height },
    { left: box.left - width - GAP_PX, top: box.bottom - height },
    { left: box.left, top: box.bottom + GAP_PX },
    { left: box.left, top: box.top - height - GAP_PX },
    ...Array.from({ length: FURTHER_STEPS }, (_, step) => {
      const top = box.bottom + GAP_PX + (step + 1) * FURTHER_STEP_PX;
      return [
        { left: box.right - width, top },
        { left: box.left, top },
      ];
    }).flat(),
    ...along,
  ];
  const clamp = (value: number, size: number, limit: number) => Math.min(Math.max(0, value), limit - size);
  return spots.map(({ left, top }) => {
    const x = clamp(left, width, window.innerWidth);
    const y = clamp(top, height, window.innerHeight);
    return { left: x, top: y, right: x + width, bottom: y + height };
  });
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
}

/** Whether `inner` lies wholly inside `outer`. */
export function within(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom
  );
}

/**
 * Why a spot is refused, or null when the badge may sit there: it must lie inside the editor itself or wholly outside
 * its field, and cover no post being answered, no control and no text.
 */
export function refusal(spot: Box, keep: Keep): "straddles" | "post" | "control" | "text" | null {
  if (!within(spot, keep.composer.getBoundingClientRect()) && overlaps(spot, fieldBox(keep.composer)))
    return "straddles";
  if (keep.avoid.some((box) => overlaps(spot, box))) return "post";
  const hits = elementsUnder(spot, keep.own);
  if (hits.some((hit) => isControl(hit, keep.composer))) return "control";
  const words = coveredText(spot, hits, keep.own);
  if (!words) return null;
  // Words between the grid's points can still be a control's label.
  return isControl(words, keep.composer) ? "control" : "text";
}

/** A control of the site's (the composer and what holds it aside). */
function isControl(element: Element, composer: Element): boolean {
  const control = element.closest(CONTROLS);
  return control !== null && !(composer.contains(control) || control.contains(composer));
}

/**
 * The page's topmost elements under a grid over `spot`, no coarser than the smallest target a site should offer
 * (24 px), so that a Send button narrower than the badge cannot hide between two points.
 */
function elementsUnder(spot: Box, own: Element | null): Element[] {
  const width = spot.right - spot.left;
  const height = spot.bottom - spot.top;
  const columns = Math.ceil((width - 2) / CONTROL_MIN_PX) + 1;
  const xs = Array.from({ length: columns }, (_, index) => spot.left + 1 + ((width - 2) * index) / (columns - 1));
  const ys = [spot.top + 1, spot.top + height / 2, spot.bottom - 1];
  const found = new Set<Element>();
  for (const y of ys) {
    for (const x of xs) {
      const hit = pageElementAt(x, y, own);
      if (hit) found.add(hit);
    }
  }
  return [...found];
}

/** The element of the first line of text under the elements `hits` (or in them) that `spot` would cover, if any. */
function coveredText(spot: Box, hits: readonly Element[], own: Element | null): Element | null {
  const range = document.createRange();
  let budget = TEXT_NODE_BUDGET;
  for (const hit of hits) {
    if (own?.contains(hit)) continue;
    const walker = document.createTreeWalker(hit, NodeFilter.SHOW_TEXT);
    while (walker.nextNode() && budget-- > 0) {
      const node = walker.currentNode;
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement;
      if (parent && !overlaps(spot, parent.getBoundingClientRect())) continue;
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width > 0 && line.height > 0 && overlaps(spot, line)) return parent;
      }
    }
  }
  return null;
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
