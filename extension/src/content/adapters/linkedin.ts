// LinkedIn: the Ember UI's Quill editors (share box, comments), the React UI's TipTap editor, messaging, and the post
// or comment answered.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const linkedin: SiteAdapter = {
  id: "linkedin",
  name: "LinkedIn",
  hosts: HOSTS.linkedin,
  composers: [
    // Ember UI, Quill 1: the share box and the comment box.
    '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
    'form.comments-comment-box__form .ql-editor[contenteditable="true"]',
    // React/SDUI UI, TipTap.
    '[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror[contenteditable="true"]',
    // Messaging: the overlay in #interop-outlet's shadow root and the messaging page.
    '.msg-form__contenteditable[contenteditable="true"]',
    '.ql-editor[contenteditable="true"][role="textbox"]',
    '.ProseMirror[contenteditable="true"][role="textbox"]',
  ],
  submitButtons: [
    "button.share-actions__primary-action",
    "button.comments-comment-box__submit-button--cr",
    '[componentkey*="commentButtonSection"] button',
    // Messaging's Send: its click sends, with or without a form submit.
    "button.msg-form__send-button",
    "button.msg-form__send-btn",
  ],
  submitKeys: [],
  replyContext: [
    // Replying to a comment (both UIs keep the comment's text beside its reply box).
    { container: "article.comments-comment-entity", text: ".comments-comment-item__main-content" },
    { container: '[componentkey^="comment-"]', text: '[data-view-name="comment-commentary"]' },
    // Commenting on a post.
    { container: ".feed-shared-update-v2", text: ".feed-shared-update-v2__description .update-components-text" },
    { container: '[data-view-name="feed-full-update"]', text: '[data-view-name="feed-commentary"]' },
    // A message answers the conversation's last message above the box.
    {
      container: ".msg-convo-wrapper, .msg-overlay-conversation-bubble",
      text: ".msg-s-event-listitem__body",
      pick: "nearestBefore",
    },
  ],
  // Quill reverts plain DOM writes and LinkedIn refuses a synthetic paste and a synthetic Ctrl+A: a write selects its
  // span with the Selection API and goes through execCommand one line at a time.
  writePaths: ["execCommand", "textNode"],
};
