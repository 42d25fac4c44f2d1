// Unit tests for recognising a site's submit keys (Enter, Ctrl/Cmd+Enter) in the pre-post check's watcher, and for
// naming what the user presses again when a site ignored the post Tact sent on.

import { test } from "node:test";
import assert from "node:assert/strict";
import { matchesSubmitKey, pressAgainControl } from "./submit";

const key = (key: string, modifiers: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...modifiers,
});

test("Enter sends where the site sends on Enter, but Shift+Enter is a new line", () => {
  assert.ok(matchesSubmitKey(key("Enter"), ["enter"]));
  assert.ok(!matchesSubmitKey(key("Enter", { shiftKey: true }), ["enter"]));
  assert.ok(!matchesSubmitKey(key("Enter", { ctrlKey: true }), ["enter"]));
});

test("Ctrl+Enter and Cmd+Enter send where the site uses them, plain Enter does not", () => {
  assert.ok(matchesSubmitKey(key("Enter", { ctrlKey: true }), ["mod+enter"]));
  assert.ok(matchesSubmitKey(key("Enter", { metaKey: true }), ["mod+enter"]));
  assert.ok(!matchesSubmitKey(key("Enter"), ["mod+enter"]));
});

test("no key sends on a site without submit keys, nor Alt+Enter (the card's shortcut), nor while composing", () => {
  assert.ok(!matchesSubmitKey(key("Enter"), []));
  assert.ok(!matchesSubmitKey(key("Enter", { altKey: true }), ["enter", "mod+enter"]));
  assert.ok(!matchesSubmitKey({ ...key("Enter"), isComposing: true }, ["enter"]));
  assert.ok(!matchesSubmitKey(key("a", { ctrlKey: true }), ["mod+enter"]));
});

test("the user is told to press again what they pressed: the Post control, or the very keys", () => {
  assert.equal(pressAgainControl({ kind: "click" }), "Post");
  assert.equal(pressAgainControl({ kind: "form" }), "Post");
  assert.equal(pressAgainControl({ kind: "key", init: { key: "Enter" } }), "Enter");
  assert.equal(pressAgainControl({ kind: "key", init: { key: "Enter", ctrlKey: true } }), "Ctrl+Enter");
  assert.equal(pressAgainControl({ kind: "key", init: { key: "Enter", metaKey: true } }), "Cmd+Enter");
});
