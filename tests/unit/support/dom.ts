// A fake page for the content script's unit tests: happy-dom's window, its DOM classes made global as in a browser.

import { Window } from "happy-dom";

/** The browser globals the content script uses, taken from happy-dom's window. */
const GLOBALS = [
  "document",
  "Node",
  "Element",
  "HTMLElement",
  "HTMLDivElement",
  "HTMLTextAreaElement",
  "HTMLInputElement",
  "HTMLFormElement",
  "HTMLButtonElement",
  "ShadowRoot",
  "Event",
  "FocusEvent",
  "KeyboardEvent",
  "MouseEvent",
  "SubmitEvent",
  "MutationObserver",
  "ResizeObserver",
  "CSSStyleSheet",
  "Range",
  "getComputedStyle",
] as const;

/** Opens a blank page at `url` and makes it the global `window` and `document`; returns the window. */
export function openPage(url = "https://example.com/"): Window {
  const window = new Window({ url, width: 1024, height: 768 });
  const global = globalThis as Record<string, unknown>;
  global.window = window;
  for (const name of GLOBALS) {
    const value = (window as unknown as Record<string, unknown>)[name];
    global[name] = typeof value === "function" && name === "getComputedStyle" ? value.bind(window) : value;
  }
  return window;
}

/** Lets pending promise callbacks run (mocked timers leave `setImmediate` real). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
