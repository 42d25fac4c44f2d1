// Bluesky: the TipTap/ProseMirror composer in its dialog portal, and the post being replied to.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const bluesky: SiteAdapter = {
  id: "bluesky",
  name: "Bluesky",
  hosts: HOSTS.bluesky,
  composers: [
    '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
    '[data-testid="composePostView"] [contenteditable="true"][role="textbox"]',
  ],
  submitButtons: ['[data-testid="composerPublishBtn"]'],
  submitKeys: ["mod+enter"],
  replyContext: [{ container: '[data-testid="composePostView"]', text: '[data-testid="composerReplyToText"]' }],
  writePaths: ["execCommand", "paste", "textNode"],
};
