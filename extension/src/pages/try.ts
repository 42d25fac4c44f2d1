// The Try page's own behaviour: its Post buttons "post" a draft onto the page (nothing leaves the computer) and empty
// the box, as a site does, so that Tact's pre-post check and its stats can be tried without a site. Tact itself runs
// here as on any site: the whole content script (content-main.js, a composer is sure to be there) is loaded by the
// page (extension/pages/try.html).

import { localizePage } from "../shared/page-text";

localizePage(document);

const posted = document.querySelector<HTMLOListElement>("#posted");
const nothing = document.querySelector<HTMLElement>("#nothing-posted");

/** The draft in a form's composer, and a way to empty it. */
function composerOf(form: HTMLFormElement): { text: string; clear(): void } | null {
  const box = form.querySelector<HTMLElement>(".composer");
  if (box instanceof HTMLTextAreaElement) {
    return { text: box.value, clear: () => (box.value = "") };
  }
  if (box) return { text: box.innerText, clear: () => box.replaceChildren() };
  return null;
}

for (const form of document.querySelectorAll<HTMLFormElement>("form.try-form")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const composer = composerOf(form);
    const text = composer?.text.trim() ?? "";
    if (!composer || !text || !posted) return;
    const entry = document.createElement("li");
    entry.textContent = text;
    posted.prepend(entry);
    if (nothing) nothing.hidden = true;
    composer.clear();
  });
  // Ctrl+Enter (Cmd+Enter) posts, as on most sites.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}
