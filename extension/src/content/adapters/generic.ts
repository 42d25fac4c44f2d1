// The fallback adapter: any textarea or contenteditable on a page no site adapter claims.

import type { SiteAdapter } from "./types";

export const generic: SiteAdapter = {
  id: "generic",
  name: "Other site",
  hosts: [],
  composers: [
    "textarea:not([readonly]):not([disabled]):not([data-gramm='false']):not([data-enable-grammarly='false'])",
    "[contenteditable='true']:not([role='combobox']):not(.ql-clipboard):not([data-gramm='false'])",
    "[contenteditable='']:not([role='combobox']):not(.ql-clipboard):not([data-gramm='false'])",
    "[contenteditable='plaintext-only']:not([role='combobox'])",
  ],
  submitButtons: ["button[type=submit]", "input[type=submit]"],
  submitKeys: [],
  replyContext: [],
  writePaths: ["execCommand", "value", "beforeinput"],
};
