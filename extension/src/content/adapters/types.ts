// What a site adapter tells the content script: how to find a site's composer, its reply context and its submit.

/** One way of writing text into an editor, tried in the adapter's order (see SITES.md, "Writing a suggestion back"). */
export type WritePath = "execCommand" | "beforeinput" | "paste" | "textNode" | "value";

/** A key that sends the post on this site. `enter` means Enter without Shift; `mod+enter` means Ctrl/Cmd+Enter. */
export type SubmitKey = "enter" | "mod+enter";

/** Where the text of the post being replied to sits, relative to the composer. */
export interface ReplyContextSelector {
  /** Selector for the ancestor (found with `closest()` from the composer) that holds both composer and parent post. */
  container: string;
  /** Selector, inside that container, for the parent post's text. */
  text: string;
  /**
   * Which match to read when several do: `first` (the default), `nearestBefore` (the last one that comes before the
   * composer in the page, e.g. the post right above an inline reply box), or `all` (joined, e.g. a title and a body).
   */
  pick?: "first" | "nearestBefore" | "all";
}

/** Submit controls recognised by their visible text, for sites that give them no stable attribute (Threads, Instagram). */
export interface SubmitButtonText {
  /** Candidate controls, e.g. `[role=dialog] div[role=button]`. */
  selector: string;
  /** The control's trimmed text must equal one of these. */
  texts: string[];
}

/** Submit keys that apply only to composers inside (or matching) a selector, e.g. Facebook comments send on Enter. */
export interface SubmitKeysWithin {
  /** Matched with `closest()` from the composer. */
  within: string;
  keys: SubmitKey[];
}

/**
 * A dialog's own submit, known by where it sits rather than by its label (Facebook localizes every label): in the
 * dialog that holds the composer, the last control after the composer that shows text is the dialog's submit (the
 * controls after the editor before it are icon-only: photo, tag people, feeling, GIF; the close button comes first).
 */
export interface DialogSubmit {
  /** The dialog, found with `closest()` from the composer. */
  dialog: string;
  /** The controls inside it that may be its submit. */
  control: string;
}

/** One site's selectors and habits, as data. */
export interface SiteAdapter {
  /** Stable id used in stats and per-site switches: "x", "linkedin", "mastodon", "generic", ... */
  id: string;
  /** The name shown to people, e.g. "X", "LinkedIn". */
  name: string;
  /** Host names this adapter serves (a host matches itself and its subdomains). Empty for DOM-recognised sites. */
  hosts: string[];
  /** For sites recognised by their DOM (Mastodon on any domain): a selector that only that site's pages have. */
  domSignature?: string;
  /**
   * More servers of a DOM-recognised site that manifest.json runs Tact on from the start, beside `hosts` (there
   * recognised by their page, like any other server). tests/unit/manifest-hosts.test.ts keeps the manifest's host
   * lists equal to every adapter's `hosts` and `servers`.
   */
  servers?: string[];
  /** Composer roots (a textarea or a contenteditable element), most specific first. */
  composers: string[];
  /** Submit controls; a click whose target is inside one of these (via `closest()`) is a submit. */
  submitButtons: string[];
  /** Keys that send the post from inside the composer. */
  submitKeys: SubmitKey[];
  /** Where to read the post being replied to, tried in order. */
  replyContext: ReplyContextSelector[];
  /** Write paths to try in order when applying a rewrite. */
  writePaths: WritePath[];
  /** Write paths for a rewrite that holds a line break, when they differ (Draft.js dies on `insertParagraph`). */
  multilineWritePaths?: WritePath[];
  /**
   * Modal layers (X's `#layers`): when a composer sits inside one, composers outside it are behind the modal and are
   * ignored, since the site repeats the same test ids in both.
   */
  modalScopes?: string[];
  /** Placeholders that mount the real composer when clicked (Reddit's trigger, YouTube's placeholder area). */
  mountTriggers?: string[];
  /** Submit controls recognised by their text. */
  submitButtonTexts?: SubmitButtonText[];
  /** Submit keys for some composers only; the first entry whose `within` matches replaces `submitKeys`. */
  submitKeysWithin?: SubmitKeysWithin[];
  /** The submit of the composer's dialog, found by its place when its label is not one the adapter knows. */
  dialogSubmit?: DialogSubmit;
  /**
   * Where several composers go out with one Post (Threads' "Add to thread"): when the active composer sits in one of
   * these, every composer with text in it is checked at Post, and the Post is held once for all of them.
   */
  threadScope?: string;
}
