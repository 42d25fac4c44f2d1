// YouTube: the comment box (mounted on a click on its placeholder) and the comment or video it answers.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const youtube: SiteAdapter = {
  id: "youtube",
  name: "YouTube",
  hosts: HOSTS.youtube,
  composers: [
    'ytd-commentbox #contenteditable-root[contenteditable]:not([contenteditable="false"])',
    '#contenteditable-root[contenteditable]:not([contenteditable="false"])',
  ],
  submitButtons: ["ytd-commentbox #submit-button button", "ytd-commentbox #submit-button"],
  submitKeys: [],
  replyContext: [
    // A reply opens inside the comment it answers.
    { container: "ytd-comment-view-model, ytd-comment-renderer", text: "#content-text" },
    // A top-level comment answers the video.
    { container: "ytd-app, body", text: "ytd-watch-metadata #title h1, h1.ytd-watch-metadata" },
  ],
  writePaths: ["execCommand", "textNode"],
  mountTriggers: ["ytd-comment-simplebox-renderer #placeholder-area"],
};
