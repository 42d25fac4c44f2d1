// Threads: the contenteditable composer of the post and reply dialogs, whose Post control is known only by its text.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const threads: SiteAdapter = {
  id: "threads",
  name: "Threads",
  hosts: HOSTS.threads,
  composers: [
    '[role="dialog"] [role="textbox"][contenteditable="true"]',
    '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    '[role="textbox"][contenteditable="true"][aria-label*="compose"]',
  ],
  submitButtons: [],
  submitButtonTexts: [
    { selector: '[role="dialog"] div[role="button"], [role="dialog"] button', texts: ["Post", "Reply"] },
  ],
  submitKeys: [],
  // "Add to thread" puts more editors in the dialog; its Post sends them all.
  threadScope: '[role="dialog"]',
  replyContext: [
    // The reply dialog repeats the post being answered above the composer.
    { container: '[role="dialog"]', text: '[data-pressable-container="true"] span[dir="auto"]' },
  ],
  // The editor is probably Lexical (not confirmed): execCommand first, then Lexical's paths.
  writePaths: ["execCommand", "beforeinput", "paste", "textNode"],
};
