// The fallback adapter: any textarea or contenteditable on a page no site adapter claims; the write paths tried are
// those of the editor's library (write.ts recognises Draft, Lexical, Quill, ProseMirror, Slate and CKEditor anywhere).

import type { SiteAdapter, SubmitKey } from "./types";

/** The chat editors that send on Enter where a site gives them no Post button of a form: Slate, Lexical, Quill. */
const CHAT_EDITORS = "[data-slate-editor], [data-lexical-editor], .ql-editor";
/** A form's own submit control: a composer in a form that has one is posted with it, and Enter there adds a line. */
const FORM_SUBMIT = "button[type=submit], button:not([type]), input[type=submit]";

/**
 * The keys that send a post from a composer on a site no adapter knows, learnt from the composer: a chat editor
 * (Discord's Slate, Slack's Quill, a Lexical chat box) outside any form with a submit control sends on Enter, as
 * every chat does; anything else has no send key Tact can be sure of, and only its form's submit is watched.
 */
export function learntSubmitKeys(composer: Element): SubmitKey[] {
  if (!composer.matches(CHAT_EDITORS)) return [];
  const form = composer.closest("form");
  return form?.querySelector(FORM_SUBMIT) ? [] : ["enter"];
}

export const generic: SiteAdapter = {
  id: "generic",
  name: "Other site",
  hosts: [],
  composers: [
    "textarea:not([readonly]):not([disabled]):not([data-gramm='false']):not([data-enable-grammarly='false'])",
    // Quill stamps data-gramm="false" on its own .ql-editor (Slack, help desks): that is Quill's, not the user's, wish.
    "[contenteditable='true']:not([role='combobox']):not(.ql-clipboard):not([data-gramm='false']:not(.ql-editor))",
    "[contenteditable='']:not([role='combobox']):not(.ql-clipboard):not([data-gramm='false']:not(.ql-editor))",
    "[contenteditable='plaintext-only']:not([role='combobox'])",
  ],
  submitButtons: ["button[type=submit]", "input[type=submit]"],
  submitKeys: [],
  replyContext: [],
  writePaths: ["execCommand", "beforeinput", "textNode", "paste", "value"],
};
