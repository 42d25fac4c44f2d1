// The messages the content script, the pages and the service worker exchange.

import type { Report, Scores } from "./report";

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
  site: string;
  first: Scores;
  final: Scores;
  rules: string[];
}

/** What the pre-post check did: shown, then the user chose Edit or Post anyway (with a reason in `hold` mode). */
export interface PrePostCheckEvent {
  type: "pre-post-check";
  site: string;
  outcome: "shown" | "edited" | "posted-anyway";
  reason?: string;
}

/** Asks the service worker for this session's stats. */
export interface StatsRequest {
  type: "get-stats";
}

/** Asks the service worker whether Tact is paused in the sender's tab (answered from `sender.tab.id`). */
export interface GetTabStateRequest {
  type: "get-tab-state";
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
}

export type Message =
  | CheckRequest
  | DraftCheckedEvent
  | PostSentEvent
  | PrePostCheckEvent
  | StatsRequest
  | GetTabStateRequest
  | SetPausedRequest;

/** chrome.storage.local keys the content script honours as soon as they change. */
export const LOCAL_KEYS = {
  /** string[]: sites switched off, as host names without `www.` ("x.com", "reddit.com"). */
  disabledSites: "disabledSites",
  /** string[]: rule ids the user turned off from a card ("turn this rule off"); the engine runs without them. */
  disabledRules: "disabledRules",
  /** string: the active team preset's JSON text (absent: the built-in default), for `TactEngine.withPreset`. */
  preset: "preset",
  /** object: the user's own layer over the preset, `{rules?: {id: "off"|"hint"|"warn"}, checks?, gate?}`. */
  userChoices: "userChoices",
} as const;

/** chrome.storage.session key where the service worker records paused tabs (number[] of tab ids). */
export const PAUSED_TABS_KEY = "pausedTabs";

/** The service worker's answer to a check. */
export type CheckResponse = { report: Report } | { error: string };

/** This browser session's stats, as kept by the service worker in chrome.storage.session. */
export interface SessionStats {
  drafts: number;
  bySite: Record<string, number>;
}

export const EMPTY_STATS: SessionStats = { drafts: 0, bySite: {} };
