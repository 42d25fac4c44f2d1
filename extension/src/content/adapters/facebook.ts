// Facebook: the Lexical composers of the post dialog and of comments, and the post a comment answers.

import type { SiteAdapter } from "./types";

export const facebook: SiteAdapter = {
  id: "facebook",
  name: "Facebook",
  hosts: ["facebook.com"],
  composers: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[role="dialog"] [contenteditable="true"][role="textbox"]',
  ],
  // There is no <form>; the dialog's Post control is a div. Labels are localized, so this only covers English.
  submitButtons: ['[role="dialog"] div[role="button"][aria-label="Post"]'],
  submitKeys: [],
  // Comments send on Enter (Shift+Enter adds a line); the post dialog only sends from its button.
  submitKeysWithin: [
    { within: '[aria-label^="Write a comment"], [aria-label^="Write a reply"], [aria-label^="Comment as"]', keys: ["enter"] },
  ],
  replyContext: [
    // Replying to a comment: the comment's own article.
    { container: '[role="article"][aria-label^="Comment by"]', text: 'div[dir="auto"]' },
    // Commenting on a post: the post's message.
    { container: '[role="article"]', text: '[data-ad-preview="message"], [data-ad-comet-preview="message"]' },
  ],
  writePaths: ["execCommand", "beforeinput", "paste", "textNode"],
};
