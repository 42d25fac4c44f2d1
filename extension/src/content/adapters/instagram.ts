// Instagram: the React comment textarea under a post, the Lexical DM box, and the caption being commented on.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const instagram: SiteAdapter = {
  id: "instagram",
  name: "Instagram",
  hosts: HOSTS.instagram,
  composers: [
    'form textarea[aria-label^="Add a comment"]',
    'textarea[aria-label^="Add a comment"]',
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  ],
  submitButtons: ['form button[type="submit"]'],
  submitButtonTexts: [{ selector: 'form div[role="button"], form button', texts: ["Post"] }],
  submitKeys: ["enter"],
  // Post captions are the first h1 of the post's article (or of the post dialog).
  replyContext: [{ container: 'article, [role="dialog"]', text: "h1" }],
  writePaths: ["execCommand", "value", "beforeinput", "paste"],
};
