// Mastodon on any domain: recognised by its page, not its host; a React-controlled compose textarea.

import { HOSTS } from "./hosts";
import type { SiteAdapter } from "./types";

export const mastodon: SiteAdapter = {
  id: "mastodon",
  name: "Mastodon",
  hosts: HOSTS.mastodon,
  // Every Mastodon web page mounts its app on div#mastodon with the server's props; the body carries `app-body`.
  domSignature: "div#mastodon[data-props], body.app-body div#mastodon",
  servers: ["mstdn.social", "fosstodon.org", "hachyderm.io", "infosec.exchange"],
  composers: ["form.compose-form textarea.autosuggest-textarea__textarea", "form.compose-form textarea"],
  submitButtons: [".compose-form__submit button[type='submit']", ".compose-form__publish-button-wrapper button"],
  submitKeys: ["mod+enter"],
  replyContext: [{ container: "form.compose-form", text: ".reply-indicator__content" }],
  writePaths: ["execCommand", "value"],
};
