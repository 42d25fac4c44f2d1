// Reddit: new Reddit's Lexical editor inside shreddit web components, and old Reddit's plain comment textarea.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const reddit: SiteAdapter = {
  id: "reddit",
  name: "Reddit",
  hosts: HOSTS.reddit,
  composers: [
    // New Reddit: slotted into shreddit-composer's shadow root, so it stays in the light DOM where selectors reach it.
    'shreddit-composer div[slot="rte"][contenteditable="true"]',
    'div[slot="rte"][contenteditable="true"][data-lexical-editor="true"]',
    // Old Reddit.
    'form.usertext .usertext-edit textarea[name="text"]',
  ],
  submitButtons: [
    "button#comment-composer-submit-button",
    'shreddit-composer button[slot="submit-button"][type="submit"]',
    'form.usertext button.save[type="submit"]',
  ],
  submitKeys: [],
  replyContext: [
    // New Reddit, replying to a comment: the reply composer mounts inside that comment.
    { container: "shreddit-comment", text: '[slot="comment"]' },
    // New Reddit, commenting on a post: its title and body.
    { container: "body", text: 'shreddit-post [slot="title"], shreddit-post [slot="text-body"]', pick: "all" },
    // Old Reddit, replying to a comment: that comment's own text, not its children's.
    { container: ".thing.comment", text: ":scope > .entry .usertext-body .md" },
    // Old Reddit, commenting on a post.
    {
      container: "body",
      text: "#siteTable .thing.link a.title, #siteTable .thing.link .usertext-body .md",
      pick: "all",
    },
  ],
  // Harper reports that Lexical here applies a synthetic beforeinput and direct text edits; keep both as fallbacks.
  writePaths: ["execCommand", "beforeinput", "textNode", "value"],
  mountTriggers: ['faceplate-textarea-input[data-testid="trigger-button"]'],
};
