// The service worker's record of this session (chrome.storage.session) and of every session (chrome.storage.local),
// and of the tabs paused from the popup. Counters and per-post records only: never any draft text.

import {
  EMPTY_LIFETIME,
  EMPTY_STATS,
  LIFETIME_STATS_KEY,
  PAUSED_TABS_KEY,
  type LifetimeStats,
  type PostSentEvent,
  type PrePostCheckEvent,
  type SessionStats,
} from "../shared/messages";
import type { Scores } from "../shared/report";

const SESSION_KEY = "sessionStats";
/** Longer site names or rule ids than this are not ours: they are cut, so that nothing like a draft is kept. */
const MAX_NAME = 100;
const MAX_RULES = 100;
const OUTCOMES = new Set(["shown", "edited", "posted-anyway"]);
/** One post can be reported twice (a click on Post and the form's submit): the same report this soon is one post. */
const SAME_POST_MS = 2000;
let lastPost: { key: string; time: number } | null = null;

// Every change is a read-modify-write of storage: they run one after the other so that none is lost. Storage is read
// afresh each time, so a worker stopped and restarted between two events picks up where it was.
let queue: Promise<unknown> = Promise.resolve();

function serial<T>(step: () => Promise<T>): Promise<T> {
  const next = queue.then(step, step);
  queue = next.catch(() => undefined);
  return next;
}

async function readSession(): Promise<SessionStats> {
  const stored = (await chrome.storage.session.get(SESSION_KEY))[SESSION_KEY] as Partial<SessionStats> | undefined;
  return {
    drafts: typeof stored?.drafts === "number" ? stored.drafts : 0,
    bySite: { ...stored?.bySite },
    posts: Array.isArray(stored?.posts) ? stored.posts : [],
    checks: Array.isArray(stored?.checks) ? stored.checks : [],
  };
}

async function readLifetime(): Promise<LifetimeStats> {
  const stored = (await chrome.storage.local.get(LIFETIME_STATS_KEY))[LIFETIME_STATS_KEY] as Partial<LifetimeStats>;
  return { ...EMPTY_LIFETIME, ...stored };
}

async function update(change: (session: SessionStats, lifetime: LifetimeStats) => void): Promise<void> {
  const [session, lifetime] = await Promise.all([readSession(), readLifetime()]);
  change(session, lifetime);
  await Promise.all([
    chrome.storage.session.set({ [SESSION_KEY]: session }),
    chrome.storage.local.set({ [LIFETIME_STATS_KEY]: lifetime }),
  ]);
}

function name(value: unknown): string {
  return typeof value === "string" ? value.slice(0, MAX_NAME) : "";
}

function scores(value: Partial<Scores> | undefined): Scores {
  const score = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);
  return { listening: score(value?.listening), respect: score(value?.respect), promotion: score(value?.promotion) };
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

/** This session's stats, once every change sent before the call is stored. */
export function readStats(): Promise<SessionStats> {
  return serial(readSession);
}

export function recordDraft(site: string): Promise<void> {
  return serial(() =>
    update((session, lifetime) => {
      const key = name(site);
      session.drafts += 1;
      session.bySite[key] = (session.bySite[key] ?? 0) + 1;
      lifetime.drafts += 1;
    }),
  );
}

/**
 * Records a post from tab `tabId`; `improved` says whether it improved after feedback (the engine's verdict, see
 * src/stats/). The same post reported twice from one tab within `SAME_POST_MS` is counted once.
 */
export function recordPost(
  event: PostSentEvent,
  tabId: number | undefined,
  improved: (first: Scores, final: Scores) => Promise<boolean>,
): Promise<void> {
  const first = scores(event.first);
  const final = scores(event.final);
  const rules = Array.isArray(event.rules) ? event.rules.slice(0, MAX_RULES).map(name) : [];
  const key = JSON.stringify([tabId, name(event.site), first, final, rules]);
  const now = Date.now();
  if (lastPost && lastPost.key === key && now - lastPost.time < SAME_POST_MS) return Promise.resolve();
  lastPost = { key, time: now };
  return serial(async () => {
    const better = await improved(first, final).catch(() => false);
    await update((session, lifetime) => {
      session.posts.push({ time: Date.now(), site: name(event.site), first, final, rules });
      lifetime.posts += 1;
      if (better) lifetime.improved += 1;
    });
  });
}

export function recordCheck(event: PrePostCheckEvent): Promise<void> {
  if (!OUTCOMES.has(event.outcome)) return Promise.resolve();
  return serial(() =>
    update((session, lifetime) => {
      const check: SessionStats["checks"][number] = {
        time: Date.now(),
        site: name(event.site),
        outcome: event.outcome,
      };
      if (typeof event.reason === "string" && event.reason) check.reason = event.reason.slice(0, MAX_NAME * 5);
      session.checks.push(check);
      if (event.outcome === "shown") lifetime.checksShown += 1;
      else if (event.outcome === "edited") lifetime.checksEdited += 1;
      else lifetime.checksPostedAnyway += 1;
    }),
  );
}

/** Clears this session's stats; the lifetime totals stay. */
export function resetStats(): Promise<void> {
  return serial(() => chrome.storage.session.set({ [SESSION_KEY]: EMPTY_STATS }));
}

async function pausedTabs(): Promise<number[]> {
  const stored = (await chrome.storage.session.get(PAUSED_TABS_KEY))[PAUSED_TABS_KEY];
  return Array.isArray(stored) ? stored.filter((id): id is number => typeof id === "number") : [];
}

export function isPaused(tabId: number): Promise<boolean> {
  return serial(async () => (await pausedTabs()).includes(tabId));
}

export function setPaused(tabId: number, paused: boolean): Promise<void> {
  return serial(async () => {
    const others = (await pausedTabs()).filter((id) => id !== tabId);
    await chrome.storage.session.set({ [PAUSED_TABS_KEY]: paused ? [...others, tabId] : others });
  });
}
