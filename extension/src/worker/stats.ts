// The service worker's record of this session and of every session, and of the tabs paused from the popup. Counters,
// bounded per-post records and bounded aggregates only: never any draft text.
//
// Both live in chrome.storage.local and change together in one `set` (one atomic write): `stats` holds the counters
// (this session's, the lifetime totals, the history by day, site and rule, and the last posts' identities), and
// `statsRecords` this session's last posts and checks, written only when they change. Which browser session the
// record is from is told by a mark in chrome.storage.session, which the browser empties when it closes; the first
// event of a new session (or the browser's start) removes the last session's records. Every storage failure is kept
// (`problem`) for the popup, and the change that failed is answered as failed.

import {
  EMPTY_LIFETIME,
  LIFETIME_STATS_KEY,
  PAUSED_TABS_KEY,
  type CheckRecord,
  type LifetimeStats,
  type PostRecord,
  type PostSentEvent,
  type PrePostCheckEvent,
  type SessionStats,
  type StatsAnswer,
} from "../shared/messages";
import { t } from "../shared/i18n";
import type { Scores } from "../shared/report";

/** chrome.storage.local: the counters, the history and the last posts' identities (`Counters`). */
export const STATS_KEY = "stats";
/** chrome.storage.local: this session's last posts and checks (`Records`). */
export const RECORDS_KEY = "statsRecords";
/** chrome.storage.session: this browser session's mark (a string). */
export const SESSION_MARK_KEY = "statsSession";

/** Longer site names or rule ids than this are not ours: they are cut, so that nothing like a draft is kept. */
const MAX_NAME = 100;
const MAX_RULES = 100;
/** The ceilings: each list and each table of the record stays under its own, whatever happens. */
export const LIMITS = {
  /** This session's post and check records (the oldest go first). */
  records: 500,
  /** Sites in this session's and the history's tables (the least used go first). */
  sites: 100,
  /** Days in the history (the oldest go first). */
  days: 400,
  /** Rules in the history (the least used go first). */
  rules: 300,
  /** The identities of the last posts, against the same post counted twice. */
  seen: 200,
} as const;

/** One day's, one site's or one rule's totals in the history. */
export interface Tally {
  drafts: number;
  posts: number;
  improved: number;
}

/** Totals kept across sessions, each table bounded by `LIMITS`. */
export interface History {
  /** By local day, "2026-12-07". */
  days: Record<string, Tally>;
  sites: Record<string, Tally>;
  /** Posts sent with each rule having found something. */
  rules: Record<string, number>;
}

interface Counters {
  session: { mark: string; drafts: number; bySite: Record<string, number> };
  lifetime: LifetimeStats;
  history: History;
  seen: string[];
}

interface Records {
  mark: string;
  posts: PostRecord[];
  checks: CheckRecord[];
}

/** What the popup asks for (`StatsAnswer`), with the history. */
export type StatsWithHistory = StatsAnswer & { history: History };

// Every change is a read-modify-write of storage: they run one after the other so that none is lost. Storage is read
// afresh each time, so a worker stopped and restarted between two events picks up where it was.
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(step: () => Promise<T>): Promise<T> {
  const next = queue.then(step, step);
  queue = next.catch(() => undefined);
  return next;
}

/** The last storage failure, in words for the popup; cleared by the next change that is stored. */
let problem: string | undefined;
/** This browser session's mark, once known (kept here too, in case chrome.storage.session cannot take it). */
let mark: string | undefined;
/** Why the mark could not be stored in chrome.storage.session, until it is (tried again with each change). */
let markProblem: string | undefined;

/** Forgets what this worker holds in memory, as a restarted worker would (for the tests). */
export function restartWorker(): void {
  problem = undefined;
  mark = undefined;
  markProblem = undefined;
  queue = Promise.resolve();
}

/** What the worker was doing when storing its stats failed, as the popup says it. */
type Doing =
  | "statsDoingClearRecords"
  | "statsDoingRead"
  | "statsDoingDraft"
  | "statsDoingPost"
  | "statsDoingCheck"
  | "statsDoingReset";

function failure(doing: Doing, error: unknown): Error {
  problem = t("statsSaveFailed", t(doing), message(error));
  return new Error(problem);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function sessionMark(): Promise<string> {
  if (mark && !markProblem) return mark;
  if (!mark) {
    const stored = (await chrome.storage.session.get(SESSION_MARK_KEY))[SESSION_MARK_KEY];
    if (typeof stored === "string" && stored) {
      mark = stored;
      return mark;
    }
    mark = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    // A new browser session: the last one's post and check records go now, not at its first post.
    try {
      await chrome.storage.local.remove(RECORDS_KEY);
    } catch (error) {
      failure("statsDoingClearRecords", error);
    }
  }
  try {
    await chrome.storage.session.set({ [SESSION_MARK_KEY]: mark });
    markProblem = undefined;
  } catch (error) {
    // The session's stats go on under the mark kept in memory; a restarted worker would start a new session.
    markProblem = t("statsSessionUnnoted", message(error));
  }
  return mark;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const count = (value: unknown): number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;

function counts(value: unknown): Record<string, number> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, n]) => [key, count(n)]));
}

function tallies(value: unknown): Record<string, Tally> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, tally]) => {
      const fields = isRecord(tally) ? tally : {};
      return [key, { drafts: count(fields.drafts), posts: count(fields.posts), improved: count(fields.improved) }];
    }),
  );
}

/** The counters in `stored`; the lifetime totals of before they moved here (`lifetimeStats`) are taken over. */
function readCounters(stored: Record<string, unknown>, current: string): Counters {
  const value = stored[STATS_KEY];
  const kept = isRecord(value) ? value : {};
  const session = isRecord(kept.session) && kept.session.mark === current ? kept.session : {};
  const before = stored[LIFETIME_STATS_KEY];
  const lifetime = isRecord(kept.lifetime) ? kept.lifetime : isRecord(before) ? before : {};
  const history = isRecord(kept.history) ? kept.history : {};
  return {
    session: { mark: current, drafts: count(session.drafts), bySite: counts(session.bySite) },
    lifetime: Object.fromEntries(
      Object.keys(EMPTY_LIFETIME).map((key) => [key, count(lifetime[key])]),
    ) as unknown as LifetimeStats,
    history: { days: tallies(history.days), sites: tallies(history.sites), rules: counts(history.rules) },
    seen: Array.isArray(kept.seen) ? kept.seen.filter((id): id is string => typeof id === "string") : [],
  };
}

function readRecords(value: unknown, current: string): Records {
  const stored = isRecord(value) && value.mark === current ? value : {};
  return {
    mark: current,
    posts: Array.isArray(stored.posts) ? (stored.posts as PostRecord[]) : [],
    checks: Array.isArray(stored.checks) ? (stored.checks as CheckRecord[]) : [],
  };
}

/** Keeps the `limit` entries of `table` that `keep` ranks first (ties: the first in the table). */
function bound<T>(table: Record<string, T>, limit: number, rank: (entry: [string, T]) => number): Record<string, T> {
  const entries = Object.entries(table);
  if (entries.length <= limit) return table;
  return Object.fromEntries(entries.sort((a, b) => rank(b) - rank(a)).slice(0, limit));
}

function bounded(counters: Counters, records: Records): void {
  counters.session.bySite = bound(counters.session.bySite, LIMITS.sites, ([, n]) => n);
  const history = counters.history;
  history.sites = bound(history.sites, LIMITS.sites, ([, tally]) => tally.drafts + tally.posts);
  history.rules = bound(history.rules, LIMITS.rules, ([, n]) => n);
  // Day keys sort as dates: the oldest rank lowest.
  const days = Object.keys(history.days).sort();
  for (const day of days.slice(0, Math.max(0, days.length - LIMITS.days))) delete history.days[day];
  counters.seen = counters.seen.slice(-LIMITS.seen);
  records.posts = records.posts.slice(-LIMITS.records);
  records.checks = records.checks.slice(-LIMITS.records);
}

/**
 * Applies `change` to the stored record and writes it back in one `set`: the records too when `change` says it
 * changed them. A failed read or write is kept for the popup and answered as failed; nothing is counted twice.
 */
async function update(doing: Doing, change: (counters: Counters, records: Records) => "records" | "counters" | "none") {
  let counters: Counters;
  let records: Records;
  try {
    const current = await sessionMark();
    const stored = await chrome.storage.local.get([STATS_KEY, RECORDS_KEY, LIFETIME_STATS_KEY]);
    counters = readCounters(stored, current);
    records = readRecords(stored[RECORDS_KEY], current);
  } catch (error) {
    throw failure(doing, error);
  }
  const changed = change(counters, records);
  if (changed === "none") return;
  bounded(counters, records);
  const items: Record<string, unknown> = { [STATS_KEY]: counters };
  if (changed === "records") items[RECORDS_KEY] = records;
  try {
    await chrome.storage.local.set(items);
  } catch (error) {
    throw failure(doing, error);
  }
  problem = undefined;
}

function name(value: unknown): string {
  return typeof value === "string" ? value.slice(0, MAX_NAME) : "";
}

function scores(value: Partial<Scores> | undefined): Scores {
  const score = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);
  return { listening: score(value?.listening), respect: score(value?.respect), promotion: score(value?.promotion) };
}

/** The local day of `time`, as the history's key ("2026-12-07"). */
export function dayOf(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function tally(table: Record<string, Tally>, key: string): Tally {
  table[key] ??= { drafts: 0, posts: 0, improved: 0 };
  return table[key];
}

/**
 * The site an event is recorded under: the content script's adapter id, except that the generic adapter (a site
 * the user turned Tact on for) is recorded by the host of the tab it came from, so the popup lists each such site.
 */
export function recordedSite(site: unknown, tabUrl: string | undefined): string {
  if (site !== "generic" || !tabUrl) return name(site);
  try {
    const url = new URL(tabUrl);
    return /^https?:$/.test(url.protocol) && url.hostname ? name(url.hostname.replace(/^www\./, "")) : "generic";
  } catch {
    return "generic";
  }
}

/** Starts this browser session's stats (at the browser's start): the last session's records are removed. */
export function startSession(): Promise<void> {
  return serial(async () => {
    await sessionMark();
  });
}

/** This session's stats, the lifetime totals and the history, once every change sent before the call is stored. */
export function readStats(): Promise<StatsWithHistory> {
  return serial(async () => {
    try {
      const current = await sessionMark();
      const stored = await chrome.storage.local.get([STATS_KEY, RECORDS_KEY, LIFETIME_STATS_KEY]);
      const counters = readCounters(stored, current);
      const records = readRecords(stored[RECORDS_KEY], current);
      const stats: SessionStats = {
        drafts: counters.session.drafts,
        bySite: counters.session.bySite,
        posts: records.posts,
        checks: records.checks,
      };
      const answer: StatsWithHistory = { stats, lifetime: counters.lifetime, history: counters.history };
      const shown = problem ?? markProblem;
      if (shown) answer.problem = shown;
      return answer;
    } catch (error) {
      throw failure("statsDoingRead", error);
    }
  });
}

export function recordDraft(site: string): Promise<void> {
  const key = name(site);
  const day = dayOf(Date.now());
  return serial(() =>
    update("statsDoingDraft", (counters) => {
      counters.session.drafts += 1;
      counters.session.bySite[key] = (counters.session.bySite[key] ?? 0) + 1;
      counters.lifetime.drafts += 1;
      tally(counters.history.days, day).drafts += 1;
      tally(counters.history.sites, key).drafts += 1;
      return "counters";
    }),
  );
}

/**
 * Records a post from tab `tabId`; `improved` says whether it improved after feedback (the engine's verdict, see
 * src/stats/). A post is known by its identity (`event.id`, made by the content script as it counts the post), so
 * one post reported twice is counted once, and two posts are two however alike their scores.
 */
export function recordPost(
  event: PostSentEvent,
  tabId: number | undefined,
  improved: (first: Scores, final: Scores) => Promise<boolean>,
): Promise<void> {
  const first = scores(event.first);
  const final = scores(event.final);
  const rules = Array.isArray(event.rules) ? event.rules.slice(0, MAX_RULES).map(name) : [];
  const site = name(event.site);
  const identity = `${tabId ?? "page"}:${name(event.id)}`;
  return serial(async () => {
    const better = await improved(first, final).catch(() => false);
    const time = Date.now();
    await update("statsDoingPost", (counters, records) => {
      if (counters.seen.includes(identity)) return "none";
      counters.seen.push(identity);
      records.posts.push({ time, site, first, final, rules });
      counters.lifetime.posts += 1;
      const day = tally(counters.history.days, dayOf(time));
      const bySite = tally(counters.history.sites, site);
      day.posts += 1;
      bySite.posts += 1;
      if (better) {
        counters.lifetime.improved += 1;
        day.improved += 1;
        bySite.improved += 1;
      }
      for (const rule of new Set(rules)) counters.history.rules[rule] = (counters.history.rules[rule] ?? 0) + 1;
      return "records";
    });
  });
}

export function recordCheck(event: PrePostCheckEvent): Promise<void> {
  return serial(() =>
    update("statsDoingCheck", (counters, records) => {
      const check: CheckRecord = { time: Date.now(), site: name(event.site), outcome: event.outcome };
      if (typeof event.reason === "string" && event.reason) check.reason = event.reason.slice(0, MAX_NAME * 5);
      records.checks.push(check);
      if (event.outcome === "shown") counters.lifetime.checksShown += 1;
      else if (event.outcome === "edited") counters.lifetime.checksEdited += 1;
      else counters.lifetime.checksPostedAnyway += 1;
      return "records";
    }),
  );
}

/** Clears this session's stats; the lifetime totals and the history stay. */
export function resetStats(): Promise<void> {
  return serial(() =>
    update("statsDoingReset", (counters, records) => {
      counters.session.drafts = 0;
      counters.session.bySite = {};
      records.posts = [];
      records.checks = [];
      return "records";
    }),
  );
}

async function pausedTabs(): Promise<number[]> {
  const stored = (await chrome.storage.session.get(PAUSED_TABS_KEY))[PAUSED_TABS_KEY];
  return Array.isArray(stored) ? stored.filter((id): id is number => typeof id === "number") : [];
}

export function isPaused(tabId: number): Promise<boolean> {
  return serial(async () => (await pausedTabs()).includes(tabId));
}

/** Pauses or resumes `tabId`; a failed write is kept for the popup and answered as failed. */
export function setPaused(tabId: number, paused: boolean): Promise<void> {
  return serial(async () => {
    try {
      const others = (await pausedTabs()).filter((id) => id !== tabId);
      await chrome.storage.session.set({ [PAUSED_TABS_KEY]: paused ? [...others, tabId] : others });
    } catch (error) {
      problem = t(paused ? "statsPauseFailed" : "statsResumeFailed", message(error));
      throw new Error(problem);
    }
  });
}
