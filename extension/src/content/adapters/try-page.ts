// Tact's own Try page (extension/pages/try.html): a reply box under a parent post and a new-post editor, each with a
// Post button, so that every feature (the reply context, the card, the pre-post check) can be tried without a site.

import type { SiteAdapter } from "./types";

export const tryPage: SiteAdapter = {
  id: "try",
  name: "Try page",
  hosts: [],
  // Only Tact's own page carries this attribute on its body.
  domSignature: "body[data-tact-try]",
  composers: ["form.try-form textarea.composer", "form.try-form [contenteditable='true'].composer"],
  submitButtons: ["form.try-form button[type='submit']"],
  submitKeys: ["mod+enter"],
  replyContext: [{ container: "form.try-form", text: "[data-parent-post]" }],
  writePaths: ["execCommand", "value", "beforeinput"],
};
