// The fallback adapter: any textarea or contenteditable on a page no site adapter claims; the write paths tried are
// those of the editor's library (write.ts recognises Draft, Lexical, Quill, ProseMirror and Slate anywhere).

import type { SiteAdapter } from "./types";

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
