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

export type Message = CheckRequest | DraftCheckedEvent | PostSentEvent | PrePostCheckEvent | StatsRequest;

/** The service worker's answer to a check. */
export type CheckResponse = { report: Report } | { error: string };

/** This browser session's stats, as kept by the service worker in chrome.storage.session. */
export interface SessionStats {
  drafts: number;
  bySite: Record<string, number>;
}

export const EMPTY_STATS: SessionStats = { drafts: 0, bySite: {} };
