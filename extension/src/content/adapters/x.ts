// X (Twitter): the Draft.js composer, its duplicate in the #layers modal, mobile web's textarea, and the tweet replied to.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const x: SiteAdapter = {
  id: "x",
  name: "X",
  hosts: HOSTS.x,
  composers: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"][role="textbox"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    // Mobile web: a plain (React-controlled) textarea, with or without the desktop's test id.
    'textarea[data-testid^="tweetTextarea_"]',
    '[data-testid^="tweetTextarea_"] textarea',
    'textarea[aria-label="Post text"]',
    'textarea[aria-label="Tweet text"]',
  ],
  submitButtons: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  submitKeys: ["mod+enter"],
  replyContext: [
    // The reply modal shows the tweet being answered above the composer.
    { container: '[role="dialog"]', text: '[data-testid="tweetText"]' },
    // An inline reply on a post's page sits under the tweet it answers.
    {
      container: '[data-testid="primaryColumn"]',
      text: 'article[data-testid="tweet"] [data-testid="tweetText"]',
      pick: "nearestBefore",
    },
  ],
  writePaths: ["execCommand", "paste", "textNode", "value"],
  // Draft.js keeps one DOM block per paragraph and crashes when they are created behind its back.
  multilineWritePaths: ["paste", "value"],
  modalScopes: ["#layers"],
};
