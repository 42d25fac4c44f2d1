// The content script the manifest runs on every page of the built-in sites, kept as light as a page without a
// composer deserves: one focus listener, and nothing else (not even a chrome.* call, whose bindings cost more than
// the rest) until the user focuses something they can type in. Then the rest of Tact (main.ts, bundled as
// extension/dist/content-main.js) is imported, and it attaches to that field. Meanwhile the popup's pause goes to the
// service worker's record, which main.ts reads as it starts. Any failure leaves the page as it was (Tact fails open).

/** The rest of the content script, web-accessible to the built-in sites (manifest.json). */
const MAIN = "extension/dist/content-main.js";

/** Whether `target` could be a composer: a text field or editable content (the adapters decide which ones are). */
function typable(target: EventTarget | null | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && ["text", "search", ""].includes(target.getAttribute("type") ?? "");
}

/** The focused element, looked for down through open shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

function onFocus(event: FocusEvent): void {
  if (typable(event.composedPath()[0])) load();
}

/** Imports the rest of Tact, once; it starts as it is evaluated. */
function load(): void {
  document.removeEventListener("focusin", onFocus, true);
  try {
    import(chrome.runtime.getURL(MAIN)).catch(() => undefined);
  } catch {
    // An extension reloaded under the page: nothing to start.
  }
}

if (typable(focused())) load();
else document.addEventListener("focusin", onFocus, true);
