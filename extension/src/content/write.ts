// Applies a rewrite through the editor's own input path, then reads the text back to confirm the editor took it.

import type { SiteAdapter, WritePath } from "./adapters/types";
import { isTextField, mapText, rangeFor, readText } from "./text";

/** The editor libraries whose write paths differ, recognised by the markers each one puts on its editor root. */
export type EditorFamily =
  | "draft"
  | "lexical"
  | "quill"
  | "prosemirror"
  | "slate"
  | "ckeditor"
  | "contenteditable"
  | "field";

/** The marker each library puts on its editable root. */
const FAMILY_MARKERS: [Exclude<EditorFamily, "contenteditable" | "field">, string][] = [
  ["slate", "[data-slate-editor]"],
  ["lexical", "[data-lexical-editor]"],
  ["draft", ".public-DraftEditor-content"],
  ["quill", ".ql-editor"],
  ["prosemirror", ".ProseMirror"],
  ["ckeditor", ".ck-editor__editable"],
];

/** Which editor library runs the editor, from the marker on its root (Draft's may be known by its contents only). */
export function editorFamily(editor: Element): EditorFamily {
  if (isTextField(editor)) return "field";
  for (const [family, marker] of FAMILY_MARKERS) if (editor.matches(marker)) return family;
  if (editor.querySelector(":scope > [data-contents]")) return "draft";
  return "contenteditable";
}

/** Firefox, where Draft.js takes execCommand in two steps of its undo history. */
const FIREFOX = /Firefox\//.test(globalThis.navigator?.userAgent ?? "");

/**
 * The write paths each family takes, in the order they are tried, as measured on the real libraries (tests/e2e/
 * editors.test.mjs; a path left out changes the screen without the editor's model, or is ignored):
 * - Draft.js: execCommand within one text node (across a decorated hashtag, mention or link it desynchronises), a
 *   text-node edit, and a paste once the selection has settled (Draft learns it from `selectionchange`). A synthetic
 *   beforeinput is ignored.
 * - Lexical: execCommand, a synthetic beforeinput with target ranges, a text-node edit, a settled paste.
 * - Quill 1: execCommand and a text-node edit (its MutationObserver adopts it); a synthetic paste deletes the
 *   selection and inserts nothing, so it is never tried.
 * - ProseMirror: execCommand, a text-node edit, a settled paste; a synthetic beforeinput is ignored.
 * - Slate: only a synthetic beforeinput with target ranges; execCommand and a text-node edit change the screen and
 *   leave Slate's model as it was, so they are never tried.
 * - CKEditor 5: a synthetic beforeinput with target ranges, then a settled paste; execCommand reports success and
 *   inserts nothing, and a text-node edit is rendered back to its model, so neither is tried.
 */
const FAMILY_PATHS: Record<EditorFamily, WritePath[]> = {
  // In Firefox, execCommand reaches Draft.js as two changes and the first undo shows neither draft ("OI thinkbviously
  // you're wrong"); a text-node edit is one change there (tests/e2e-firefox).
  draft: FIREFOX ? ["textNode", "execCommand", "paste"] : ["execCommand", "textNode", "paste"],
  lexical: ["execCommand", "beforeinput", "textNode", "paste"],
  quill: ["execCommand", "textNode"],
  prosemirror: ["execCommand", "textNode", "paste"],
  slate: ["beforeinput"],
  ckeditor: ["beforeinput", "paste"],
  contenteditable: ["execCommand", "textNode", "beforeinput", "paste"],
  field: ["execCommand", "value"],
};

/**
 * The paths to try on this editor: the adapter's (a site may refuse more than its library, e.g. LinkedIn a synthetic
 * paste), only those the editor's family takes, in the family's order.
 */
export function writePathsFor(editor: Element, listed: readonly WritePath[]): WritePath[] {
  return FAMILY_PATHS[editorFamily(editor)].filter((path) => listed.includes(path));
}

/**
 * What happened to a rewrite: whether the editor now holds it, and the write path that got it there. When a path
 * left the editor with something else, `restored` says whether its own undo put the words back as they were found.
 */
export interface WriteResult {
  ok: boolean;
  path: WritePath | null;
  restored?: boolean;
}

type Editor = HTMLElement;

/**
 * Replaces the text [start, end) (UTF-16 offsets into `readText(editor)`) with `replacement`, trying the adapter's
 * write paths in order. Each try is read back: the editor must show exactly the old text with that one span
 * replaced. A path the editor ignored leaves the text as it was and the next one is tried; a path that left anything
 * else ends the attempt, so that nothing is ever written twice.
 */
export async function applyRewrite(
  editor: Editor,
  adapter: Pick<SiteAdapter, "writePaths" | "multilineWritePaths">,
  start: number,
  end: number,
  replacement: string,
): Promise<WriteResult> {
  const original = readText(editor);
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= original.length)) {
    return { ok: false, path: null };
  }
  const expected = original.slice(0, start) + replacement + original.slice(end);
  const multiline = /[\r\n]/.test(replacement);
  const listed = (multiline ? adapter.multilineWritePaths : undefined) ?? adapter.writePaths;
  for (const path of writePathsFor(editor, listed)) {
    if (!fits(path, editor, multiline)) continue;
    editor.focus({ preventScroll: true });
    const range = select(editor, start, end);
    if (!range) return { ok: false, path: null };
    if (crossesDecorators(editor, path, range)) continue;
    // Editors learn the selection from `selectionchange`, which comes a task later: a paste sent before it lands at
    // the previous caret. The other paths carry their range (execCommand, target ranges, the text node itself).
    if (path === "paste" && !(await selectionSettled(editor, range))) return { ok: false, path: null };
    const claimed = WRITERS[path](editor, range, replacement);
    const now = await settledText(editor, expected);
    if (sameText(now, expected, multiline)) return { ok: true, path };
    if (now !== original) return { ok: false, path, restored: await restore(editor, original) };
    if (claimed === "broken") return { ok: false, path };
  }
  return { ok: false, path: null };
}

/**
 * Puts back the words as they were found after a write the editor took only in part: the editor's own undo (its
 * Ctrl/Cmd+Z binding, which Draft.js, Lexical, Quill, ProseMirror and Slate all handle from a key event), else the
 * browser's. True when the text reads as it was found once the editor has settled.
 */
async function restore(editor: Editor, original: string): Promise<boolean> {
  editor.focus({ preventScroll: true });
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const undo = new KeyboardEvent("keydown", {
    key: "z",
    code: "KeyZ",
    keyCode: 90,
    ctrlKey: !mac,
    metaKey: mac,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  editor.dispatchEvent(undo);
  if (!undo.defaultPrevented) command("undo");
  return (await settledText(editor, original)) === original;
}

/** What a writer reports: it acted, the editor declined (nothing happened), or it left the editor half-written. */
type Attempt = "done" | "declined" | "broken";

/** Selects [start, end) in the editor; for a contenteditable, returns the DOM range (a field's is its own). */
type Selected = Range | "field";

const WRITERS: Record<WritePath, (editor: Editor, range: Selected, replacement: string) => Attempt> = {
  execCommand: (editor, _range, replacement) => {
    if (isTextField(editor)) return command("insertText", replacement) ? "done" : "declined";
    const lines = replacement.split(/\r\n|\r|\n/);
    if (replacement === "") return command("delete") ? "done" : "declined";
    for (const [index, line] of lines.entries()) {
      if (index > 0 && !command("insertParagraph")) return "broken";
      if (line && !command("insertText", line)) return index === 0 ? "declined" : "broken";
    }
    return "done";
  },
  beforeinput: (editor, range, replacement) => {
    const target = range === "field" ? [] : [new StaticRange(range)];
    const event = new InputEvent("beforeinput", {
      inputType: "insertReplacementText",
      data: replacement,
      dataTransfer: plainText(replacement),
      targetRanges: target,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    editor.dispatchEvent(event);
    return event.defaultPrevented ? "done" : "declined";
  },
  paste: (editor, _range, replacement) => {
    const event = new ClipboardEvent("paste", {
      clipboardData: plainText(replacement),
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    editor.dispatchEvent(event);
    return event.defaultPrevented ? "done" : "declined";
  },
  textNode: (editor, range, replacement) => {
    if (range === "field") return "declined";
    const node = range.startContainer;
    if (!(node instanceof Text) || range.endContainer !== node) return "declined";
    node.replaceData(range.startOffset, range.endOffset - range.startOffset, replacement);
    editor.dispatchEvent(new InputEvent("input", { inputType: "insertText", data: replacement, bubbles: true }));
    const caret = Math.min(range.startOffset + replacement.length, node.length);
    editor.ownerDocument.getSelection()?.setBaseAndExtent(node, caret, node, caret);
    return "done";
  },
  value: (editor, _range, replacement) => {
    if (!isTextField(editor)) return "declined";
    const { selectionStart, selectionEnd } = editor;
    if (selectionStart === null || selectionEnd === null) return "declined";
    // setRangeText goes past any setter the page put on the element, so a React value tracker still sees a change.
    editor.setRangeText(replacement, selectionStart, selectionEnd, "end");
    editor.dispatchEvent(
      new InputEvent("input", { inputType: "insertReplacementText", data: replacement, bubbles: true }),
    );
    return "done";
  },
};

/**
 * Draft.js renders each decorated entity (X's hashtags, mentions, links) as its own leaf: execCommand over a range
 * that spans leaves leaves Draft's model different from the screen ("...BUY now#sale #deal" against "...BUY now#sale
 * "), so there it is skipped for a paste, which Draft applies to its model.
 */
function crossesDecorators(editor: Editor, path: WritePath, range: Selected): boolean {
  return (
    path === "execCommand" &&
    range !== "field" &&
    range.startContainer !== range.endContainer &&
    editorFamily(editor) === "draft"
  );
}

/** Whether a write path can apply to this kind of editor and text. */
function fits(path: WritePath, editor: Editor, multiline: boolean): boolean {
  if (path === "value") return isTextField(editor);
  if (path === "execCommand") return true;
  if (isTextField(editor)) return false;
  return !(path === "textNode" && multiline);
}

function select(editor: Editor, start: number, end: number): Selected | null {
  if (isTextField(editor)) {
    editor.setSelectionRange(start, end);
    return "field";
  }
  const map = mapText(editor);
  const range = map && rangeFor(map, start, end);
  if (!range) return null;
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return null;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  return range;
}

/**
 * Waits for the `selectionchange` that setting the selection queues, then a frame, so that the editor has read it;
 * false when the selection moved elsewhere meanwhile (the user clicked), and nothing should be written.
 */
async function selectionSettled(editor: Editor, range: Selected): Promise<boolean> {
  const document = editor.ownerDocument;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", done);
      resolve();
    };
    const timer = setTimeout(done, 100);
    document.addEventListener("selectionchange", done);
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  if (range === "field") return true;
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const now = selection.getRangeAt(0);
  return (
    now.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
    now.compareBoundaryPoints(Range.END_TO_END, range) === 0
  );
}

function command(name: string, value?: string): boolean {
  try {
    return document.execCommand(name, false, value);
  } catch {
    return false;
  }
}

function plainText(text: string): DataTransfer {
  const transfer = new DataTransfer();
  transfer.setData("text/plain", text);
  return transfer;
}

/**
 * The text once the editor has had a turn to reconcile or revert. Managed editors do so in a microtask or a task;
 * anything short of the expected text gets a little longer, so that a late write is never taken for a refusal.
 */
async function settledText(editor: Editor, expected: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (readText(editor) === expected) return expected;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return readText(editor);
}

/** Exact, except that a multi-line rewrite may come out with the editor's own paragraph breaks. */
function sameText(now: string, expected: string, multiline: boolean): boolean {
  if (now === expected) return true;
  const lines = (text: string) => text.replace(/\r\n?/g, "\n").replace(/\n+/g, "\n");
  return multiline && lines(now) === lines(expected);
}
