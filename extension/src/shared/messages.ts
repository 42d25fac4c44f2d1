// The messages the content script, the pages and the service worker exchange.

import type { CheckOutcome, Decision, LifetimeStats, SessionStats } from "./generated/boundary";
import type { Report, Scores } from "./report";

export type { CheckRecord, LifetimeStats, PostRecord, SessionStats } from "./generated/boundary";

/** Asks the service worker to run the engine (for pages whose CSP forbids WebAssembly in the content script). */
export interface CheckRequest {
  type: "check";
  text: string;
  context: string | null;
}

/** Tells the service worker that a new draft was checked on a site, for the session's stats. */
export interface DraftCheckedEvent {
  type: "draft-checked";
  site: string;
}

/** A post went out: its scores at the first check and at posting, and the rules that fired (never the text). */
export interface PostSentEvent {
  type: "post-sent";
  /** This post's identity, made once when the content script counts it: the same post reported twice is one post. */
  id: string;
  site: string;
  first: Scores;
  final: Scores;
  rules: string[];
}

/** What the pre-post check did: shown, then the user chose Edit or Post anyway (with a reason in `hold` mode). */
export interface PrePostCheckEvent {
  type: "pre-post-check";
  site: string;
  outcome: CheckOutcome;
  reason?: string;
}

/** Asks the service worker for this session's stats. */
export interface StatsRequest {
  type: "get-stats";
}

/** Asks the service worker whether Tact is paused in the sender's tab (answered from `sender.tab.id`). */
export interface GetTabStateRequest {
  type: "get-tab-state";
  /** The tab to ask about, when the sender is not that tab (the popup). */
  tabId?: number;
}

/** The service worker's answer to `get-tab-state`. */
export interface TabState {
  paused: boolean;
}

/**
 * Pauses or resumes Tact in one tab: sent by the popup to the active tab's content script (chrome.tabs.sendMessage),
 * and recorded by the service worker in chrome.storage.session `pausedTabs`, so that a reload stays paused.
 */
export interface SetPausedRequest {
  type: "set-paused";
  paused: boolean;
  /** The tab, when the popup tells the service worker (a content script is told about its own tab only). */
  tabId?: number;
}

/** Asks a tab's content script what went wrong in Tact on its page (sent by the popup with chrome.tabs.sendMessage). */
export interface GetProblemsRequest {
  type: "get-problems";
}

/** One kind of failure Tact met on a page, as the popup's "problems on this page" lists it. */
export interface PageProblem {
  /** What Tact was doing ("checking the draft", "sending the held post on"). */
  doing: string;
  /** The error, in its own words. */
  message: string;
  /** How many times it happened on this page. */
  count: number;
}

/** The content script's answer to `get-problems`: each kind of failure once, and how many kinds were past its ceiling. */
export interface PageProblems {
  problems: PageProblem[];
  dropped: number;
}

/** Clears this session's stats (the lifetime totals stay). */
export interface ResetStatsRequest {
  type: "reset-stats";
}

/**
 * Turns Tact on for a site the manifest does not cover, once the popup has the host permission for it (asked in the
 * click's user gesture): the service worker registers the content script there and starts it in the open tabs of
 * that site. Answered with a `SiteAnswer`.
 */
export interface EnableSiteRequest {
  type: "enable-site";
  /** A host as shared/sites.ts `siteOfUrl` gives it. */
  host: string;
}

/**
 * Turns Tact off for a site the user had turned on: the service worker stops it in the open tabs of that site (a
 * `set-paused` to each), unregisters the content script and gives the host permission back. Answered with a
 * `SiteAnswer`.
 */
export interface DisableSiteRequest {
  type: "disable-site";
  host: string;
}

/**
 * Turns a rule off for the user ("Turn this rule off" on a card): the content script asks, the service worker writes
 * `disabledRules` in chrome.storage.local (content scripts write no storage themselves). Answered `{ok, message}`.
 */
export interface TurnRuleOffRequest {
  type: "turn-rule-off";
  /** A rule id, `builtin.absolutes` or a team rule's. */
  rule: string;
}

/** The service worker's answer to `enable-site` and `disable-site`, in words for the popup. */
export type SiteAnswer = { ok: true; message: string } | { ok: false; message: string };

export type Message =
  | CheckRequest
  | DraftCheckedEvent
  | PostSentEvent
  | PrePostCheckEvent
  | StatsRequest
  | GetTabStateRequest
  | SetPausedRequest
  | GetProblemsRequest
  | ResetStatsRequest
  | EnableSiteRequest
  | DisableSiteRequest
  | TurnRuleOffRequest;

/** chrome.storage.local keys the content script honours as soon as they change. */
export const LOCAL_KEYS = {
  /** string[]: sites switched off, as host names without `www.` ("x.com", "reddit.com"). */
  disabledSites: "disabledSites",
  /** string[]: rule ids the user turned off from a card ("turn this rule off"); the engine runs without them. */
  disabledRules: "disabledRules",
  /** object: the active preset, `StoredPreset` of shared/preset-store.ts (absent: the built-in default). */
  preset: "preset",
  /** object: the user's own layer over the preset, `{rules?: {id: "off"|"hint"|"warn"}, checks?, gate?}`. */
  userChoices: "userChoices",
  /** boolean: Tact's problems on a page also go to that page's console (off by default; for a bug report). */
  consoleProblems: "consoleProblems",
} as const;

/** chrome.storage.session key where the service worker records paused tabs (number[] of tab ids). */
export const PAUSED_TABS_KEY = "pausedTabs";

/** The service worker's answer to a check, with the engine's pre-post decision on it (for the check on Post). */
/** The worker's answer to a check: the report, the pre-post decision, and the preset's score checks (`presetInfo()`). */
export type CheckResponse = { report: Report; decision?: Decision; thresholds?: unknown } | { error: string };

/**
 * The service worker's answer to `get-stats`: this browser session's stats and the totals over every session, kept by
 * the service worker (worker/stats.ts; counters and records only, never any draft text), and its last storage
 * failure. Everything derived from them (improved posts, averages, top rules) is computed in Rust (src/stats/), whose
 * types generate `SessionStats`, `PostRecord` and `CheckRecord`.
 */
export interface StatsAnswer {
  stats: SessionStats;
  lifetime: LifetimeStats;
  /** Why Tact could not save or read its stats, or pause a tab, the last time it tried (in words for the popup). */
  problem?: string;
}

/**
 * Where the lifetime totals were kept before they moved, with this session's stats, into one record (worker/stats.ts):
 * read once to take them over.
 */
export const LIFETIME_STATS_KEY = "lifetimeStats";

export const EMPTY_LIFETIME: LifetimeStats = {
  drafts: 0,
  posts: 0,
  improved: 0,
  checksShown: 0,
  checksEdited: 0,
  checksPostedAnyway: 0,
};
