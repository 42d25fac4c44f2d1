// Unit tests for lining up an editor's text nodes with its rendered text (the offsets rewrites are applied at).

import { test } from "node:test";
import assert from "node:assert/strict";
import { alignText, cleanText, readText } from "../../extension/src/content/text";
import { openPage } from "./support/dom";

test("one text node maps one to one", () => {
  assert.deepEqual(alignText("hey", ["hey"]), [[0, 1, 2]]);
});

test("the line breaks paragraphs add are stepped over", () => {
  // <p>ab</p><p>cd</p> renders as "ab\n\ncd" in Chromium.
  assert.deepEqual(alignText("ab\n\ncd", ["ab", "cd"]), [
    [0, 1],
    [4, 5],
  ]);
});

test("caret anchors map nowhere, and the text reads without them", () => {
  assert.equal(cleanText("a\u200bb\ufeff"), "ab");
  assert.deepEqual(alignText("ab", ["a\u200bb"]), [[0, -1, 1]]);
});

test("white space the page collapses maps nowhere", () => {
  assert.deepEqual(alignText("a b", ["a  \n b"]), [[0, 1, -1, -1, -1, 2]]);
});

test("a non-breaking space lines up with the space it renders as", () => {
  assert.deepEqual(alignText("a b", ["a\u00a0b"]), [[0, 1, 2]]);
});

test("UTF-16 code units line up one by one (an emoji is two)", () => {
  assert.deepEqual(alignText("hi 👋", ["hi ", "👋"]), [
    [0, 1, 2],
    [3, 4],
  ]);
});

test("text that CSS rewrote, or text hidden from the rendering, cannot be lined up", () => {
  assert.equal(alignText("HELLO", ["hello"]), null);
  assert.equal(alignText("ab", ["a", "x", "b"]), null);
  assert.equal(alignText("abc", ["ab"]), null, "rendered text no node accounts for");
});

test("an editor with no character reads as empty, though its empty line renders as a line break", () => {
  openPage();
  // innerText as Chromium renders it: Quill's and Draft's empty composer is one paragraph holding a <br>.
  const editor = (innerText: string, textContent: string) => ({ innerText, textContent }) as unknown as HTMLElement;
  assert.equal(readText(editor("\n", "")), "");
  assert.equal(readText(editor("\n\n", "\u200b")), "");
  assert.equal(readText(editor("hi\n", "hi")), "hi\n");
  assert.equal(readText(editor("\n", "\n")), "\n", "a line the user typed is kept");
});
